package dev.dslab.yaml.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into documents on its {@code ---} lines, before parsing, as kubectl does
 * (apimachinery's YAMLReader). Each document is then parsed on its own, so one with a syntax error
 * costs only itself: the documents before and after it still load. A {@code ---} at the start of a
 * line is always a document marker in YAML (it may not occur inside any scalar), so the cut is
 * exact.
 */
public final class Documents {
  private Documents() {}

  /**
   * Whether the text is JSON rather than YAML: kubectl's decoder sniffs the first non-blank
   * character the same way. JSON is parsed as a stream of values, with no {@code ---} to cut on.
   */
  public static boolean isJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }

  /**
   * The documents of a YAML stream, numbered from 1. Text before the first {@code ---} is a
   * document only if it has content: comments above a leading {@code ---} are not a document of
   * their own.
   */
  public static List<DocumentText> split(String text) {
    List<DocumentText> documents = new ArrayList<>();
    int start = 0;
    int startLine = 1;
    int line = 1;
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      int lineEnd = end < 0 ? text.length() : end;
      if (line > startLine && isSeparator(text, pos, lineEnd)) {
        add(documents, text.substring(start, pos), startLine, line - 1);
        start = pos;
        startLine = line;
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    add(documents, text.substring(start), startLine, line);
    return documents;
  }

  private static void add(List<DocumentText> documents, String text, int firstLine, int lastLine) {
    boolean leadingPreamble =
        documents.isEmpty() && !startsWithSeparator(text) && !hasContent(text);
    if (!leadingPreamble) {
      documents.add(new DocumentText(documents.size() + 1, firstLine, lastLine, text));
    }
  }

  private static boolean startsWithSeparator(String text) {
    int end = text.indexOf('\n');
    return isSeparator(text, 0, end < 0 ? text.length() : end);
  }

  /**
   * {@code ---} alone, or followed by a blank and then a comment or content (e.g. {@code --- #
   * next}).
   */
  private static boolean isSeparator(String text, int from, int to) {
    if (to - from < 3 || !text.startsWith("---", from)) {
      return false;
    }
    if (to - from == 3) {
      return true;
    }
    char next = text.charAt(from + 3);
    return next == ' ' || next == '\t' || next == '\r';
  }

  /**
   * Anything but blank lines and comments: the first character that is neither blank nor in a
   * comment.
   */
  private static boolean hasContent(String text) {
    boolean inComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        inComment = false;
      } else if (c == '#') {
        inComment = true;
      } else if (!inComment && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }
}
