package dev.dslab.session;

import dev.dslab.engine.Cluster;
import dev.dslab.session.SavedState.Line;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The session's history as it grows: every line that changed the cluster, each after a {@code sim
 * advance} for the virtual time that passed since the line before, so that a replay reaches every
 * request at the instant it was made. One recorder serves every front end: the desktop's gestures,
 * the lines typed into {@code dsctl serve} and the writes of its API clients.
 */
public final class Recorder {
  private final SavedState start;
  private final Cluster cluster;
  private final List<Line> recorded = new ArrayList<>();
  private Instant recordedUpTo;

  /**
   * @param cluster the cluster {@code start} gives (its replay), as it stands now
   */
  public Recorder(SavedState start, Cluster cluster) {
    this.start = start;
    this.cluster = cluster;
    this.recordedUpTo = cluster.now();
  }

  public void record(Line line) {
    recordTheClock();
    recorded.add(line);
  }

  /**
   * {@code sim advance} by the virtual time since the last line: replay reaches the same instant.
   */
  public void recordTheClock() {
    Line.advance(recordedUpTo, cluster.now()).ifPresent(recorded::add);
    recordedUpTo = cluster.now();
  }

  /** The session so far: where it started, what was done, and the clock up to now. */
  public SavedState state() {
    List<Line> all = new ArrayList<>(recorded);
    Line.advance(recordedUpTo, cluster.now()).ifPresent(all::add);
    return start.with(all);
  }

  /**
   * How many lines {@link #state()} would add to the start, without building it: what the desktop's
   * autosave looks at on every frame to see whether anything changed.
   */
  public int lines() {
    return recorded.size() + (cluster.now().isAfter(recordedUpTo) ? 1 : 0);
  }
}
