package dev.dslab.yaml.tree;

/**
 * Quotes text for messages the way Go's {@code %q} does, shortened so that one problem stays one
 * line.
 */
public final class Quoting {
  private static final int MAX = 60;

  private Quoting() {}

  public static String quote(String text) {
    String shown = text.length() > MAX ? text.substring(0, MAX) + "..." : text;
    StringBuilder b = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
