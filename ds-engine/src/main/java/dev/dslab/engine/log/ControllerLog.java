package dev.dslab.engine.log;

import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.clock.SimClock;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The engine-wide controller log: where a controller reports what upstream reports with
 * utilruntime.HandleError and no event, such as a sync that failed and will be retried. Entries are
 * stamped with the virtual clock and kept in the order written, so the same session gives the same
 * log. Bounded: beyond {@link #CAPACITY} entries the oldest go, so that a sync that fails for hours
 * (retried every 1,000 s at worst) cannot fill the memory.
 */
public final class ControllerLog {
  /** How many entries are kept. */
  public static final int CAPACITY = 1000;

  private final SimClock clock;
  private final ArrayDeque<ControllerLogEntry> entries = new ArrayDeque<>();
  private long written;

  public ControllerLog(SimClock clock) {
    this.clock = clock;
  }

  /** Writes an entry at the current virtual instant. */
  public void write(String controller, ObjectKey object, String message) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(new ControllerLogEntry(++written, clock.now(), controller, object, message));
  }

  /** The entries kept, oldest first; a copy that later writes do not change. */
  public List<ControllerLogEntry> entries() {
    return List.copyOf(entries);
  }

  /** How many entries were ever written, those that fell off included. */
  public long written() {
    return written;
  }
}
