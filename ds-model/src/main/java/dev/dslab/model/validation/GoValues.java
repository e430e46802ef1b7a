package dev.dslab.model.validation;

import java.util.Map;
import java.util.stream.Collectors;

/** Renders values the way Go's fmt does in API server messages ({@code %q}, {@code %#v}). */
public final class GoValues {
  private GoValues() {}

  /** {@code %q} of a string. */
  public static String quote(String s) {
    if (s == null) {
      return "\"\"";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** {@code %#v} of a {@code map[string]string}: keys sorted, {@code (nil)} when empty. */
  public static String stringMap(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return "map[string]string(nil)";
    }
    return new java.util.TreeMap<>(map)
        .entrySet().stream()
            .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
            .collect(Collectors.joining(", ", "map[string]string{", "}"));
  }
}
