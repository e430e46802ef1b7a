package dev.dslab.yaml.parse;

/** A document beyond {@link ParseLimits}: parsing stops at once. */
final class LimitExceeded extends RuntimeException {
  private final int line;

  LimitExceeded(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  int line() {
    return line;
  }
}
