package dev.dslab.yaml;

/**
 * Something in a manifest that kept (part of) it from loading.
 *
 * @param source the file as the user named it, or {@code STDIN}
 * @param document the 1-based document number; 0 when the file could not be read at all
 * @param line the 1-based line to look at; 0 when the file could not be read at all
 * @param field the field path in Kubernetes style ({@code spec.template.spec.containers[0].image}),
 *     or null when the problem is not about one field
 * @param message what is wrong, in one line
 */
public record ManifestProblem(
    String source, int document, int line, String field, String message, boolean verbatim) {

  public ManifestProblem(String source, int document, int line, String field, String message) {
    this(source, document, line, field, message, false);
  }

  /**
   * A problem kubectl words itself, printed as the message alone (lines kept): {@code resource
   * mapping not found for name: …}.
   */
  public static ManifestProblem verbatim(String source, int document, int line, String message) {
    return new ManifestProblem(source, document, line, null, message, true);
  }

  /**
   * One line, e.g. {@code error parsing ds.yaml: document 2, line 14:
   * spec.template.spec.containers[0].ports[0].containerPort: expected an integer, got "http"}. The
   * field is left out when the message already quotes it ({@code unknown field "spec.foo"}).
   */
  public String render() {
    if (verbatim) {
      return message;
    }
    StringBuilder s = new StringBuilder();
    if (document <= 0) {
      s.append("error reading ").append(source).append(": ");
    } else {
      s.append("error parsing ")
          .append(source)
          .append(": document ")
          .append(document)
          .append(", line ")
          .append(line)
          .append(": ");
    }
    if (field != null && !field.isEmpty() && !message.contains("\"" + field + "\"")) {
      s.append(field).append(": ");
    }
    s.append(message);
    return s.toString().replace("\r", "").replace('\n', ' ');
  }

  @Override
  public String toString() {
    return render();
  }
}
