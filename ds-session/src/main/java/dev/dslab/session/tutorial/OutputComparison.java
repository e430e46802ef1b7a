package dev.dslab.session.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A printed output against the simulated one, token by token after masking what legitimately
 * differs between two runs or clusters: ages ({@code 5m}, {@code 2d3h}, {@code <unknown>}),
 * generated name suffixes ({@code -xxxxx}, {@code -hash-xxxxx}), IPs, uids, hashes, node ports and
 * timestamps (RFC 3339, {@code Mon, 02 Jan 2006 15:04:05 -0700}). Whitespace between tokens does
 * not count: kubectl aligns its columns by the widths of the values, which masking changes.
 */
public final class OutputComparison {
  private OutputComparison() {}

  /** One differing line: its tutorial line (0 when the simulated output has an extra line). */
  public record Difference(int line, String expected, String actual) {}

  private record Mask(Pattern pattern, String replacement) {}

  /** The letters of generated names (k8s.io/apimachinery/pkg/util/rand: no vowels, no 0 1 3). */
  private static final String RAND = "[bcdfghjklmnpqrstvwxz2456789]";

  private static final List<Mask> MASKS =
      List.of(
          mask(
              "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                  + " \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}",
              "<time>"),
          mask(
              "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?",
              "<time>"),
          mask("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uid>"),
          mask("(?<![\\w.])\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?(?![\\w.])", "<ip>"),
          mask("(?<=\\d:)3\\d{4}(?=/(?:TCP|UDP|SCTP))", "<port>"),
          mask("(?<=hash[=:] ?)[a-z0-9]{5,10}(?![\\w-])", "<hash>"),
          mask("(?<![\\w-])(?:sha256:)?[0-9a-f]{12,64}(?![\\w-])", "<hash>"),
          mask("(?<=[a-z0-9])-[a-z0-9]{8,10}-" + RAND + "{5}(?![\\w-])", "-<hash>-<id>"),
          mask("(?<=[a-z0-9])-" + RAND + "{5}(?![\\w-])", "-<id>"),
          mask("(?<![\\w.:/<-])(?:\\d+(?:ms|[smhdy]))+(?![\\w.:/-])", "<age>"),
          mask("<unknown>|<invalid>", "<age>"));

  private static Mask mask(String regex, String replacement) {
    return new Mask(Pattern.compile(regex), replacement);
  }

  /** The line with every volatile value replaced by its placeholder. */
  public static String masked(String line) {
    String s = line;
    for (Mask m : MASKS) {
      s = m.pattern().matcher(s).replaceAll(m.replacement());
    }
    return s;
  }

  static List<String> tokens(String line) {
    String s = masked(line).strip();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
  }

  /**
   * The lines that differ, aligned by their longest common run (an extra or missing line shifts
   * nothing after it). {@code expected} holds the printed lines and {@code firstLine} the tutorial
   * line of the first; blank lines count on neither side. Empty when the outputs match.
   */
  public static List<Difference> compare(List<String> expected, int firstLine, String actual) {
    List<Integer> expectedLines = new ArrayList<>();
    List<List<String>> e = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).isBlank()) {
        expectedLines.add(firstLine + i);
        e.add(tokens(expected.get(i)));
      }
    }
    List<String> actualLines = actual.lines().filter(l -> !l.isBlank()).toList();
    List<List<String>> a = actualLines.stream().map(OutputComparison::tokens).toList();
    if (sameRows(e, a)) {
      // kubectl sorts rows by name, and a generated suffix (masked) decides where a row falls: the
      // same rows in another order are the same output.
      return List.of();
    }
    int[][] lcs = new int[e.size() + 1][a.size() + 1];
    for (int i = e.size() - 1; i >= 0; i--) {
      for (int j = a.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            e.get(i).equals(a.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Difference> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < e.size() || j < a.size()) {
      if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
        i++;
        j++;
      } else if (i < e.size()
          && j < a.size()
          && lcs[i + 1][j + 1] == lcs[i][j]
          && lcs[i + 1][j] == lcs[i][j]
          && lcs[i][j + 1] == lcs[i][j]) {
        // Neither line is kept elsewhere: they are the same line, changed.
        out.add(
            tokenDifference(
                expectedLines.get(i),
                expected.get(expectedLines.get(i) - firstLine),
                actualLines.get(j)));
        i++;
        j++;
      } else if (j < a.size() && (i == e.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(
            new Difference(
                i < e.size() ? expectedLines.get(i) : lastLine(expectedLines, firstLine),
                "",
                actualLines.get(j).strip()));
        j++;
      } else {
        out.add(
            new Difference(
                expectedLines.get(i), expected.get(expectedLines.get(i) - firstLine).strip(), ""));
        i++;
      }
    }
    return out;
  }

  private static boolean sameRows(List<List<String>> e, List<List<String>> a) {
    java.util.Comparator<List<String>> byText =
        java.util.Comparator.comparing(l -> String.join(" ", l));
    return e.stream().sorted(byText).toList().equals(a.stream().sorted(byText).toList());
  }

  private static int lastLine(List<Integer> lines, int firstLine) {
    return lines.isEmpty() ? firstLine : lines.get(lines.size() - 1);
  }

  /** A changed line: only its differing tokens, position by position, on each side. */
  private static Difference tokenDifference(int line, String expected, String actual) {
    List<String> e = tokens(expected);
    List<String> a = tokens(actual);
    List<String> onlyE = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    for (int k = 0; k < Math.max(e.size(), a.size()); k++) {
      String x = k < e.size() ? e.get(k) : "";
      String y = k < a.size() ? a.get(k) : "";
      if (!x.equals(y)) {
        if (!x.isEmpty()) {
          onlyE.add(k < e.size() ? rawToken(expected, k) : x);
        }
        if (!y.isEmpty()) {
          onlyA.add(k < a.size() ? rawToken(actual, k) : y);
        }
      }
    }
    return new Difference(line, String.join(" ", onlyE), String.join(" ", onlyA));
  }

  /**
   * The token as written, when masking left the token count alone (else the masked one): the report
   * shows {@code 2} and {@code 3}, not placeholders.
   */
  private static String rawToken(String line, int k) {
    String[] raw = line.strip().split("\\s+");
    List<String> masked = tokens(line);
    return raw.length == masked.size() ? raw[k] : masked.get(k);
  }
}
