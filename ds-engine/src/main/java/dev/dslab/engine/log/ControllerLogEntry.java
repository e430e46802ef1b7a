package dev.dslab.engine.log;

import dev.dslab.engine.api.ObjectKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the controller log.
 *
 * @param sequence the entry's number since the cluster started (1 for the first), which stays the
 *     same when older entries fall off, so that a front end can tell which entries are new
 * @param time the virtual instant it was written at
 * @param controller the component that wrote it, as events name it ({@code daemonset-controller})
 * @param object the object whose sync it is about
 * @param message what went wrong, in the controller's words
 */
public record ControllerLogEntry(
    long sequence, Instant time, String controller, ObjectKey object, String message) {
  public ControllerLogEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(message, "message");
  }

  /** {@code <time> <controller> <object>: <message>}, one line. */
  @Override
  public String toString() {
    return time + " " + controller + " " + object + ": " + message;
  }
}
