package dev.dslab.yaml.source;

/**
 * One YAML document of a stream: its 1-based number, the lines it spans in the file and its text
 * (starting with its {@code ---} line, if it has one, so that the parser's line numbers only need
 * {@code firstLine - 1} added).
 */
public record DocumentText(int number, int firstLine, int lastLine, String text) {
  public int lineOffset() {
    return firstLine - 1;
  }
}
