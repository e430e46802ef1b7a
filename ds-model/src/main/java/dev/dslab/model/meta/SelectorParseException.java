package dev.dslab.model.meta;

/**
 * A textual label selector (kubectl {@code -l}) that cannot be parsed; the message is kubectl's.
 */
public final class SelectorParseException extends Exception {
  public SelectorParseException(String message) {
    super(message);
  }
}
