package dev.dslab.model.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed textual label selector as kubectl accepts after {@code -l}: {@code k=v}, {@code k==v},
 * {@code k!=v}, {@code k in (a,b)}, {@code k notin (a)}, {@code k}, {@code !k}, comma-separated and
 * ANDed.
 */
public record Selector(List<Requirement> requirements) {
  /** One requirement; operator is one of = != in notin exists !. */
  public record Requirement(String key, String operator, List<String> values) {
    public Requirement {
      values = List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String actual = labels.get(key);
      return switch (operator) {
        case "=" -> values.get(0).equals(actual);
        case "!=" -> actual == null || !values.get(0).equals(actual);
        case "in" -> actual != null && values.contains(actual);
        case "notin" -> actual == null || !values.contains(actual);
        case "exists" -> actual != null;
        case "!" -> actual == null;
        default -> false;
      };
    }
  }

  public Selector {
    requirements = List.copyOf(requirements);
  }

  public static Selector everything() {
    return new Selector(List.of());
  }

  public boolean matches(Map<String, String> labels) {
    for (Requirement r : requirements) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  public static Selector parse(String text) throws SelectorParseException {
    List<Requirement> out = new ArrayList<>();
    String s = text.trim();
    if (s.isEmpty()) {
      return everything();
    }
    for (String part : splitTopLevel(s)) {
      out.add(parseRequirement(part.trim(), text));
    }
    return new Selector(out);
  }

  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static Requirement parseRequirement(String part, String whole)
      throws SelectorParseException {
    if (part.isEmpty()) {
      throw new SelectorParseException(
          "unable to parse requirement: found '', expected: identifier");
    }
    if (part.startsWith("!")) {
      String key = part.substring(1).trim();
      checkKey(key, whole);
      return new Requirement(key, "!", List.of());
    }
    int ne = part.indexOf("!=");
    if (ne >= 0) {
      return equality(part.substring(0, ne), "!=", part.substring(ne + 2), whole);
    }
    int eq = part.indexOf("==");
    if (eq >= 0) {
      return equality(part.substring(0, eq), "=", part.substring(eq + 2), whole);
    }
    int single = part.indexOf('=');
    if (single >= 0) {
      return equality(part.substring(0, single), "=", part.substring(single + 1), whole);
    }
    String[] words = part.split("\\s+", 2);
    if (words.length == 2) {
      String rest = words[1].trim();
      String op;
      if (rest.startsWith("notin")) {
        op = "notin";
        rest = rest.substring(5).trim();
      } else if (rest.startsWith("in")) {
        op = "in";
        rest = rest.substring(2).trim();
      } else {
        throw new SelectorParseException(
            "unable to parse requirement: found '"
                + rest
                + "', expected: in, notin, =, ==, !=, gt, lt");
      }
      if (!rest.startsWith("(") || !rest.endsWith(")")) {
        throw new SelectorParseException(
            "unable to parse requirement: found '" + rest + "', expected: '('");
      }
      List<String> values = new ArrayList<>();
      for (String v : rest.substring(1, rest.length() - 1).split(",")) {
        values.add(v.trim());
      }
      checkKey(words[0], whole);
      for (int i = 0; i < values.size(); i++) {
        checkValue(words[0], i, values.get(i));
      }
      return new Requirement(words[0], op, values);
    }
    checkKey(part, whole);
    return new Requirement(part, "exists", List.of());
  }

  private static Requirement equality(String key, String op, String value, String whole)
      throws SelectorParseException {
    String k = key.trim();
    checkKey(k, whole);
    String v = value.trim();
    checkValue(k, 0, v);
    return new Requirement(k, op, List.of(v));
  }

  private static void checkValue(String key, int index, String v) throws SelectorParseException {
    if (!v.isEmpty() && !LabelValues.isValidValue(v)) {
      throw new SelectorParseException(
          "unable to parse requirement: values["
              + index
              + "]["
              + key
              + "]: Invalid value: \""
              + v
              + "\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
              + "and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', "
              + "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }
  }

  private static void checkKey(String key, String whole) throws SelectorParseException {
    if (key.isEmpty() || !LabelValues.isValidKey(key)) {
      throw new SelectorParseException(
          "unable to parse requirement: found '" + key + "', expected: identifier");
    }
  }
}
