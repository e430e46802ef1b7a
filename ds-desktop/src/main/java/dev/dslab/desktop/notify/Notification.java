package dev.dslab.desktop.notify;

import java.util.List;

/** A non-blocking message: a title and its lines (each problem of a manifest is one). */
public record Notification(long id, Level level, String title, List<String> lines) {
  /** How it is coloured. */
  public enum Level {
    INFO,
    ERROR
  }

  public Notification {
    lines = List.copyOf(lines);
  }

  public String text() {
    return String.join("\n", lines);
  }
}
