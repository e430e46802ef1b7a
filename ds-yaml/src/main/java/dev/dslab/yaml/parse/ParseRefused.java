package dev.dslab.yaml.parse;

/**
 * A document the builder refuses to read further: beyond {@link ParseLimits}, or naming an alias
 * that has no anchor. Parsing of that document stops at once.
 */
final class ParseRefused extends RuntimeException {
  private final int line;

  ParseRefused(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  int line() {
    return line;
  }
}
