package dev.dslab.session;

import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code --field-selector}: {@code field=value}, {@code field==value}, {@code field!=value}, comma-joined. */
public record FieldSelector(List<Term> terms) {
  public record Term(String field, boolean equal, String value) {}

  public static FieldSelector parse(String text) throws CommandException {
    List<Term> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new FieldSelector(terms);
    }
    for (String part : text.split(",")) {
      int ne = part.indexOf("!=");
      int eq = part.indexOf('=');
      if (ne >= 0) {
        terms.add(new Term(part.substring(0, ne).trim(), false, part.substring(ne + 2).trim()));
      } else if (eq >= 0) {
        String value = part.substring(part.startsWith("=", eq + 1) ? eq + 2 : eq + 1).trim();
        terms.add(new Term(part.substring(0, eq).trim(), true, value));
      } else {
        throw new CommandException("error: invalid selector: '" + part + "'; can't understand '" + part + "'");
      }
    }
    for (Term t : terms) {
      if (!List.of("metadata.name", "metadata.namespace", "spec.nodeName", "status.phase").contains(t.field())) {
        throw new CommandException("Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match "
            + "label selector \"\", field selector \"" + text + "\": field label not supported: " + t.field());
      }
    }
    return new FieldSelector(terms);
  }

  public boolean matches(KubeObject o) {
    for (Term t : terms) {
      String actual = switch (t.field()) {
        case "metadata.name" -> o.metadata().name();
        case "metadata.namespace" -> o.metadata().namespace();
        case "spec.nodeName" -> o instanceof Pod p ? Objects.requireNonNullElse(p.spec().nodeName(), "") : "";
        case "status.phase" -> o instanceof Pod p ? p.status().phase().name() : "";
        default -> "";
      };
      if (t.value().equals(actual) != t.equal()) {
        return false;
      }
    }
    return true;
  }
}
