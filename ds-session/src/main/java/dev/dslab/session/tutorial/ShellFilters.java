package dev.dslab.session.tutorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The programs a tutorial pipes kubectl's output into, applied as a shell would: {@code grep} (with
 * {@code -i -v -E -w -c -F}), {@code head} and {@code tail} ({@code -n N}, {@code -N}, {@code tail
 * -n +N}) and {@code wc} ({@code -l -w -c}). Text in, text out; lines end in {@code \n}.
 */
public final class ShellFilters {
  private ShellFilters() {}

  /** What a filter could not do: its message reads as the program's own error. */
  public static final class FilterException extends Exception {
    public FilterException(String message) {
      super(message);
    }
  }

  public static String apply(List<List<String>> filters, String text) throws FilterException {
    String s = text;
    for (List<String> filter : filters) {
      s = applyOne(filter, s);
    }
    return s;
  }

  private static String applyOne(List<String> words, String text) throws FilterException {
    List<String> args = words.subList(1, words.size());
    return switch (words.get(0)) {
      case "grep" -> grep(args, text);
      case "head" -> join(head(count("head", args), lines(text)));
      case "tail" -> tail(args, text);
      case "wc" -> wc(args, text);
      default ->
          throw new FilterException(
              words.get(0) + ": not run in a tutorial pipeline (grep, head, tail and wc are)");
    };
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(t.split("\n", -1));
  }

  private static String join(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** grep's options, GNU's letters; a bundle such as {@code -iv} counts as both. */
  private static String grep(List<String> args, String text) throws FilterException {
    boolean ignoreCase = false;
    boolean invert = false;
    boolean extended = false;
    boolean fixed = false;
    boolean words = false;
    boolean count = false;
    String pattern = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (pattern == null && a.equals("-e") && i + 1 < args.size()) {
        pattern = args.get(++i);
      } else if (pattern == null && a.startsWith("-") && a.length() > 1 && !a.equals("--")) {
        for (char c : a.substring(1).toCharArray()) {
          switch (c) {
            case 'i' -> ignoreCase = true;
            case 'v' -> invert = true;
            case 'E' -> extended = true;
            case 'F' -> fixed = true;
            case 'w' -> words = true;
            case 'c' -> count = true;
            default -> throw new FilterException("grep: invalid option -- '" + c + "'");
          }
        }
      } else if (pattern == null) {
        pattern = a;
      } else {
        throw new FilterException(
            "grep: reads the command's output only, not the file \"" + a + "\"");
      }
    }
    if (pattern == null) {
      throw new FilterException("Usage: grep [OPTION]... PATTERNS [FILE]...");
    }
    String regex = fixed ? Pattern.quote(pattern) : extended ? pattern : basicToJava(pattern);
    if (words) {
      regex = "(?<![\\w])(?:" + regex + ")(?![\\w])";
    }
    Pattern p;
    try {
      p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    } catch (PatternSyntaxException e) {
      throw new FilterException("grep: invalid regular expression: " + pattern);
    }
    List<String> kept = new ArrayList<>();
    for (String line : lines(text)) {
      if (p.matcher(line).find() != invert) {
        kept.add(line);
      }
    }
    return count ? kept.size() + "\n" : join(kept);
  }

  /**
   * A POSIX basic regular expression in Java's syntax: {@code + ? | ( ) { }} are literal unless
   * escaped (GNU's extensions), the rest is the same.
   */
  static String basicToJava(String bre) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bre.length(); i++) {
      char c = bre.charAt(i);
      if (c == '\\' && i + 1 < bre.length()) {
        char n = bre.charAt(++i);
        out.append("+?|(){}".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
      } else if ("+?|(){}".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code -n N}, {@code -nN}, {@code -N}, {@code --lines=N}; 10 by default. */
  private static int count(String program, List<String> args) throws FilterException {
    String value = "10";
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-n") && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (a.startsWith("-n")) {
        value = a.substring(2);
      } else if (a.startsWith("--lines=")) {
        value = a.substring("--lines=".length());
      } else if (a.matches("-\\d+")) {
        value = a.substring(1);
      } else {
        throw new FilterException(program + ": invalid option or file \"" + a + "\"");
      }
    }
    String digits = value.startsWith("+") ? value.substring(1) : value;
    if (!digits.matches("\\d{1,9}")) {
      throw new FilterException(program + ": invalid number of lines: '" + value + "'");
    }
    int n = Integer.parseInt(digits);
    return value.startsWith("+") ? -n - 1 : n;
  }

  private static List<String> head(int n, List<String> lines) {
    return lines.subList(0, Math.min(Math.max(n, 0), lines.size()));
  }

  /** {@code tail -n +N} starts at line N; {@code tail -n N} keeps the last N. */
  private static String tail(List<String> args, String text) throws FilterException {
    int n = count("tail", args);
    List<String> lines = lines(text);
    if (n < 0) {
      int from = -n - 1;
      return join(lines.subList(Math.min(Math.max(from - 1, 0), lines.size()), lines.size()));
    }
    return join(lines.subList(Math.max(lines.size() - n, 0), lines.size()));
  }

  /** One count alone prints bare; several are right-aligned in columns of 7 as GNU wc does. */
  private static String wc(List<String> args, String text) throws FilterException {
    boolean l = false;
    boolean w = false;
    boolean c = false;
    for (String a : args) {
      if (!a.startsWith("-") || a.length() < 2) {
        throw new FilterException(
            "wc: reads the command's output only, not the file \"" + a + "\"");
      }
      for (char ch : a.substring(1).toCharArray()) {
        switch (ch) {
          case 'l' -> l = true;
          case 'w' -> w = true;
          case 'c' -> c = true;
          default -> throw new FilterException("wc: invalid option -- '" + ch + "'");
        }
      }
    }
    if (!l && !w && !c) {
      l = w = c = true;
    }
    List<Long> counts = new ArrayList<>();
    if (l) {
      counts.add(text.chars().filter(ch -> ch == '\n').count());
    }
    if (w) {
      counts.add((long) (text.isBlank() ? 0 : text.strip().split("\\s+").length));
    }
    if (c) {
      counts.add((long) text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
    if (counts.size() == 1) {
      return counts.get(0) + "\n";
    }
    return String.join(" ", counts.stream().map(n -> String.format("%7d", n)).toList()) + "\n";
  }
}
