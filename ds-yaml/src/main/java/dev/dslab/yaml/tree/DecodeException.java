package dev.dslab.yaml.tree;

/**
 * A value that cannot become the record field it stands for (wrong type, unparseable quantity,
 * missing required name, …). It aborts the decoding of its document: nothing is half-applied.
 */
public final class DecodeException extends RuntimeException {
  private final transient FieldPath path;
  private final int line;

  public DecodeException(FieldPath path, int line, String message) {
    super(message, null, false, false);
    this.path = path;
    this.line = line;
  }

  public FieldPath path() {
    return path;
  }

  public int line() {
    return line;
  }
}
