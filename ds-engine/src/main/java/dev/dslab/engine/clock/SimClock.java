package dev.dslab.engine.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The virtual clock and its queue of timed work. Time moves only through {@link #advanceTo}: tasks
 * fall due in time order (ties in the order they were scheduled), and the clock stands at each
 * task's instant while it runs. Nothing here reads the wall clock.
 */
public final class SimClock {
  /** A piece of work due at an instant. */
  public record Timer(Instant due, long sequence, String description, Runnable action) {}

  private final PriorityQueue<Timer> queue =
      new PriorityQueue<>(
          (a, b) -> {
            int c = a.due().compareTo(b.due());
            return c != 0 ? c : Long.compare(a.sequence(), b.sequence());
          });
  private Instant now;
  private long sequence;

  public SimClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  public Instant now() {
    return now;
  }

  /** Schedules {@code action} to run {@code delay} from now (a negative delay counts as zero). */
  public Timer schedule(Duration delay, String description, Runnable action) {
    Instant due = delay.isNegative() ? now : now.plus(delay);
    return scheduleAt(due, description, action);
  }

  public Timer scheduleAt(Instant due, String description, Runnable action) {
    Timer t = new Timer(due.isBefore(now) ? now : due, sequence++, description, action);
    queue.add(t);
    return t;
  }

  public boolean cancel(Timer timer) {
    return queue.remove(timer);
  }

  /** The instant of the next task, or null when nothing is scheduled. */
  public Instant nextDue() {
    Timer t = queue.peek();
    return t == null ? null : t.due();
  }

  public int pending() {
    return queue.size();
  }

  /**
   * Runs the next task if it is due at or before {@code limit}, moving the clock to its instant.
   *
   * @return whether a task ran
   */
  public boolean runNext(Instant limit) {
    Timer t = queue.peek();
    if (t == null || t.due().isAfter(limit)) {
      return false;
    }
    queue.poll();
    now = t.due();
    t.action().run();
    return true;
  }

  /** Moves the clock to {@code target} without running anything; callers run due tasks first. */
  public void moveTo(Instant target) {
    if (target.isAfter(now)) {
      now = target;
    }
  }
}
