package dev.dslab.desktop.time;

import dev.dslab.engine.Cluster;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Play, pause, speed and step for the virtual clock. The engine never reads the wall clock: the
 * view's frame loop tells {@link #onFrame(long)} how much wall time passed, and this advances the
 * cluster by that times the speed.
 */
public final class SimulationClockViewModel {
  /** One Step press. */
  public static final Duration STEP = Duration.ofSeconds(1);

  /**
   * A frame that took longer (the window was dragged, the machine slept) advances as if it took
   * this long: playing resumes where it was rather than jumping ahead.
   */
  static final long MAX_FRAME_NANOS = 250_000_000L;

  /**
   * The engine's share of one frame. When the simulation cannot keep up with the speed (a rollout
   * on 5,000 nodes at 100x), the engine stops after the unit of work (one controller work item, one
   * timed task) that used up this budget, possibly in the middle of an instant, and the next frame
   * goes on from there; the rest of the frame's virtual time is dropped: playing slows down instead
   * of the window freezing. What happens does not depend on where the work is cut.
   */
  public static final long ENGINE_BUDGET_NANOS = 6_000_000L;

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Cluster cluster;
  private final Instant sessionStart;
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(Speed.X1);
  private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper();

  private final LongSupplier wallClock;

  public SimulationClockViewModel(Cluster cluster) {
    this(cluster, System::nanoTime);
  }

  /** With the wall clock the engine budget is measured on (tests pass a fake one). */
  public SimulationClockViewModel(Cluster cluster, LongSupplier wallClock) {
    this.cluster = cluster;
    this.wallClock = wallClock;
    this.sessionStart = cluster.now();
    updateText();
  }

  // ------------------------------------------------------------------ commands

  public void play() {
    playing.set(true);
  }

  public void pause() {
    playing.set(false);
  }

  public void setPlaying(boolean value) {
    playing.set(value);
  }

  public void setSpeed(Speed value) {
    speed.set(value);
  }

  /** Advances one {@link #STEP}, playing or not. */
  public void step() {
    cluster.advance(STEP);
    updateText();
  }

  /**
   * Called once per frame with the wall time since the last one; advances the cluster when playing,
   * and finishes (within the frame's budget) the current instant's work either way.
   *
   * @return whether the engine ran
   */
  public boolean onFrame(long elapsedWallNanos) {
    if (!playing.get() || elapsedWallNanos <= 0) {
      // Paused, the controllers still react to what was just done: no virtual time passes for that.
      if (cluster.midInstant()) {
        advanceWithin(cluster.now(), ENGINE_BUDGET_NANOS);
        return true;
      }
      return false;
    }
    long virtualNanos = Math.min(elapsedWallNanos, MAX_FRAME_NANOS) * speed.get().factor();
    advanceWithin(cluster.now().plusNanos(virtualNanos), ENGINE_BUDGET_NANOS);
    updateText();
    return true;
  }

  /**
   * Advances towards {@code target}, stopping early once {@code budget} wall nanoseconds are spent.
   *
   * @return whether {@code target} was reached
   */
  boolean advanceWithin(Instant target, long budget) {
    long deadline = wallClock.getAsLong() + budget;
    return cluster.advanceWithin(target, () -> wallClock.getAsLong() - deadline > 0);
  }

  /** After something else moved the clock (a manifest applied and settled). */
  public void refresh() {
    updateText();
  }

  private void updateText() {
    timeText.set(format(Duration.between(sessionStart, cluster.now()), cluster.now()));
  }

  /**
   * {@code T+00:01:05 2025-01-01 00:01:05Z}: the session's elapsed virtual time, then the clock.
   */
  static String format(Duration elapsed, Instant now) {
    long s = Math.max(0, elapsed.getSeconds());
    return String.format("T+%02d:%02d:%02d  %s", s / 3600, s / 60 % 60, s % 60, CLOCK.format(now));
  }

  // ------------------------------------------------------------------ properties

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Speed> speedProperty() {
    return speed.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty timeTextProperty() {
    return timeText.getReadOnlyProperty();
  }
}
