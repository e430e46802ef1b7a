package dev.dslab.session.tutorial;

import java.util.ArrayList;
import java.util.List;

/**
 * A tutorial's command line split as a POSIX shell splits it: words by blanks, quotes and
 * backslashes (no expansion), commands by unquoted {@code |}, and a {@code #} starting a word
 * beginning a comment.
 */
public final class ShellPipeline {
  private ShellPipeline() {}

  /**
   * The pipeline's commands, each its words.
   *
   * @throws IllegalArgumentException for an unterminated quote or an empty command around a pipe
   */
  public static List<List<String>> split(String line) {
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c) || c == '|') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        if (c == '|') {
          commands.add(nonEmpty(words));
          words = new ArrayList<>();
        }
      } else if (c == '#' && !inWord) {
        break;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unterminated quoted string");
    }
    if (inWord) {
      words.add(word.toString());
    }
    commands.add(nonEmpty(words));
    return commands;
  }

  private static List<String> nonEmpty(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("syntax error near unexpected token `|'");
    }
    return List.copyOf(words);
  }
}
