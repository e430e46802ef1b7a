package dev.dslab.cli;

import dev.dslab.session.CommandException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does for quotes and backslashes (no expansion).
 */
final class Words {
  private Words() {}

  static List<String> split(String line) throws CommandException {
    try {
      return new ArrayList<>(dev.dslab.session.tutorial.ShellPipeline.words(line));
    } catch (IllegalArgumentException e) {
      throw new CommandException("error: unterminated quote in: " + line);
    }
  }
}
