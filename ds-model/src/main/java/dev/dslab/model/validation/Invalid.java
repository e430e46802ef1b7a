package dev.dslab.model.validation;

import java.util.List;

/**
 * An object the API server rejects as Invalid: its kind, name and field errors. {@link #message()}
 * is what kubectl prints for it.
 */
public record Invalid(String kind, String name, List<FieldError> errors) {
  public Invalid {
    errors = List.copyOf(errors);
  }

  /**
   * kubectl's rendering (cmdutil.checkErr, MultilineError): one cause on the same line, several
   * causes as a header followed by one {@code * cause} line each.
   */
  public String message() {
    String prefix = "The " + kind + " " + GoValues.quote(name) + " is invalid: ";
    if (errors.size() == 1) {
      return prefix + errors.get(0).render();
    }
    StringBuilder b = new StringBuilder(prefix);
    for (FieldError e : errors) {
      b.append("\n* ").append(e.render());
    }
    return b.toString();
  }
}
