package dev.dslab.server.fieldmanager;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to one field of an object, as structured-merge-diff's fieldpath.Path: each element is a
 * field name ({@code f:image}) or the key of an element of an associative list ({@code
 * k:{"name":"nginx"}}).
 */
public record FieldPath(List<String> elements) {
  public FieldPath {
    elements = List.copyOf(elements);
  }

  FieldPath child(String element) {
    List<String> longer = new ArrayList<>(elements);
    longer.add(element);
    return new FieldPath(longer);
  }

  /** Whether the path ends at an element of an associative list (fieldsV1's {@code "."}). */
  boolean endsAtListElement() {
    return !elements.isEmpty() && elements.get(elements.size() - 1).startsWith("k:");
  }

  /**
   * The path as structured-merge-diff prints it in a conflict (fieldpath.Path.String): {@code
   * .spec.template.spec.containers[name="nginx"].image}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String e : elements) {
      if (e.startsWith("f:")) {
        out.append('.').append(e.substring(2));
      } else {
        // k:{"name":"nginx","port":80} -> [name="nginx",port=80]
        String body = e.substring(3, e.length() - 1);
        out.append('[').append(body.replaceAll("\"([^\"]+)\":", "$1=")).append(']');
      }
    }
    return out.toString();
  }
}
