package dev.dslab.session.tutorial;

import java.util.List;
import java.util.Map;

/**
 * The tutorial with each printed output replaced by the simulated one, everything else byte for
 * byte as written: each new line carries the block's prefix (indentation or quote marker) and the
 * line end of the lines it replaces.
 */
public final class TutorialRewriter {
  private TutorialRewriter() {}

  /**
   * @param outputs the simulated output of each command whose printed output is replaced, by the
   *     command's line
   */
  public static String rewrite(TutorialDocument document, Map<Integer, String> outputs) {
    List<String> raw = document.rawLines();
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (Step.Command c : document.commands()) {
      Step.PrintedOutput printed = c.printed();
      String actual = outputs.get(c.line());
      if (printed == null || actual == null) {
        continue;
      }
      for (; next < printed.firstLine(); next++) {
        out.append(raw.get(next - 1));
      }
      String first = raw.get(printed.firstLine() - 1);
      String lineEnd = first.endsWith("\r\n") ? "\r\n" : "\n";
      List<String> lines = actual.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        out.append(line.isEmpty() ? printed.prefix().stripTrailing() : printed.prefix() + line);
        boolean lastOfFile = printed.lastLine() == raw.size() && i == lines.size() - 1;
        String end = raw.get(printed.lastLine() - 1);
        out.append(lastOfFile && !end.endsWith("\n") ? "" : lineEnd);
      }
      next = printed.lastLine() + 1;
    }
    for (; next <= raw.size(); next++) {
      out.append(raw.get(next - 1));
    }
    return out.toString();
  }
}
