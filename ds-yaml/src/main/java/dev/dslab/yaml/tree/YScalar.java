package dev.dslab.yaml.tree;

/**
 * A scalar as the parser typed it. {@code text} is the text as written (what a "quote it" hint
 * shows); {@code value} is a String, an Integer/Long/BigInteger, a Double, a Boolean or null.
 */
public record YScalar(int line, Type type, String text, Object value) implements YNode {
  /** The JSON types a scalar can have once YAML's implicit typing has been applied. */
  public enum Type {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  @Override
  public String describe() {
    return switch (type) {
      case STRING -> Quoting.quote(text);
      case INTEGER, FLOAT -> "a number (" + text + ")";
      case BOOLEAN -> "a boolean (" + text + ")";
      case NULL -> "null";
    };
  }
}
