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
    return split(line, true);
  }

  /**
   * The line's words, {@code |} being a character like another (dsctl's shell runs no pipes).
   *
   * @throws IllegalArgumentException for an unterminated quote
   */
  public static List<String> words(String line) {
    List<List<String>> one = split(line, false);
    return one.isEmpty() ? List.of() : one.get(0);
  }

  private static List<List<String>> split(String line, boolean pipes) {
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
      } else if (Character.isWhitespace(c) || pipes && c == '|') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        if (c == '|' && pipes) {
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
    if (pipes) {
      commands.add(nonEmpty(words));
    } else {
      commands.add(List.copyOf(words));
    }
    return commands;
  }

  private static List<String> nonEmpty(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("syntax error near unexpected token `|'");
    }
    return List.copyOf(words);
  }
}
