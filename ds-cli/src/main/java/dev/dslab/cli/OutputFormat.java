package dev.dslab.cli;

import dev.dslab.session.CommandException;

/** The {@code -o} formats of get. */
enum OutputFormat {
  TABLE,
  WIDE,
  JSON,
  YAML,
  NAME;

  static OutputFormat parse(String text) throws CommandException {
    if (text == null || text.isEmpty()) {
      return TABLE;
    }
    return switch (text) {
      case "wide" -> WIDE;
      case "json" -> JSON;
      case "yaml" -> YAML;
      case "name" -> NAME;
      default ->
          throw new CommandException(
              "error: unable to match a printer suitable for the output format \""
                  + text
                  + "\", allowed formats are: json,name,wide,yaml");
    };
  }

  boolean isTable() {
    return this == TABLE || this == WIDE;
  }
}
