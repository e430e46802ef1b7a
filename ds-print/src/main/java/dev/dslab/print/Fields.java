package dev.dslab.print;

import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.Unstructured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading an {@link Unstructured} object's tree as Go reads its typed fields: an absent field is
 * Go's zero value ("", 0, false, an empty list), and a number prints as the API server would write
 * it (integers without a decimal point).
 */
final class Fields {
  private Fields() {}

  /** The value at a path, or null when any step is absent. */
  static Object at(Unstructured o, String... path) {
    return o.get(path);
  }

  /** The value at a path below a map of the tree, or null. */
  static Object at(Object tree, String... path) {
    Object at = tree;
    for (String name : path) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(name);
    }
    return at;
  }

  /** A scalar as text: "" when absent, integers without ".0", booleans as Go prints them. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      BigDecimal d = new BigDecimal(value.toString());
      return d.stripTrailingZeros().scale() <= 0
          ? d.toBigInteger().toString()
          : d.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  static String text(Unstructured o, String... path) {
    return text(at(o, path));
  }

  /** A number field (Go's int64), 0 when absent or not a number. */
  static long integer(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    return 0;
  }

  static long integer(Unstructured o, String... path) {
    return integer(at(o, path));
  }

  /** A boolean field; {@code otherwise} when absent (a Go pointer left nil). */
  static boolean bool(Object value, boolean otherwise) {
    return value instanceof Boolean b ? b : otherwise;
  }

  /** A list field: empty when absent. */
  static List<Object> list(Object value) {
    if (value instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    return List.of();
  }

  static List<Object> list(Unstructured o, String... path) {
    return list(at(o, path));
  }

  /** A map field: empty when absent. */
  static Map<String, Object> map(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    return out;
  }

  static Map<String, Object> map(Unstructured o, String... path) {
    return map(at(o, path));
  }

  /** A map of strings (labels, a selector's matchLabels), its values as text. */
  static Map<String, String> strings(Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    map(value).forEach((k, v) -> out.put(k, text(v)));
    return out;
  }

  /** The number of entries of a list or map field. */
  static int size(Object value) {
    if (value instanceof List<?> l) {
      return l.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    return 0;
  }

  /** A metav1.LabelSelector of the tree; null when absent. */
  static LabelSelector selector(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      return null;
    }
    List<LabelSelectorRequirement> expressions = new ArrayList<>();
    for (Object e : list(at(value, "matchExpressions"))) {
      expressions.add(
          new LabelSelectorRequirement(
              text(at(e, "key")),
              text(at(e, "operator")),
              list(at(e, "values")).stream().map(Fields::text).toList()));
    }
    return new LabelSelector(
        new java.util.TreeMap<>(strings(at(value, "matchLabels"))), expressions);
  }

  /** metav1.FormatLabelSelector: {@code <none>} for an absent or empty selector. */
  static String formatSelector(Object value) {
    LabelSelector selector = selector(value);
    if (selector == null) {
      return "<none>";
    }
    String text = selector.format();
    return text.isEmpty() ? "<none>" : text;
  }
}
