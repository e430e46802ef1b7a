package dev.dslab.desktop.commands;

import dev.dslab.cli.StateFiles;
import dev.dslab.cli.StateFiles.Line;
import dev.dslab.engine.Cluster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change the desktop makes goes through here as a dsctl command line, run in-process on the
 * session's cluster, and is recorded with the virtual time that passed before it ({@code sim advance}).
 * The recorded lines are the session as dsctl's state file keeps it: saved, and replayed by dsctl or
 * by the app, they give the same cluster, byte for byte.
 */
public final class Requests {
  private final Cluster cluster;
  private final StateFiles.State start;
  private final StateFiles.Runner runner;
  private final List<Line> recorded = new ArrayList<>();
  /** The virtual time the recorded lines reach. */
  private Instant recordedUpTo;

  /** @param cluster the cluster {@code start} gives (its replay), as it stands now */
  public Requests(Cluster cluster, StateFiles.State start) {
    this.cluster = cluster;
    this.start = start;
    this.runner = new StateFiles.Runner(cluster, start.seed());
    this.recordedUpTo = cluster.now();
  }

  /** Runs the lines in order; the first refused one stops the rest. */
  public void run(List<Line> lines) throws RequestRefused {
    for (Line line : lines) {
      StateFiles.Result r = run(line);
      if (!r.ok()) {
        throw new RequestRefused(r.err().strip());
      }
    }
  }

  /** Runs one line and records it, refused or not (a refused command may have done part of its work). */
  public StateFiles.Result run(Line line) {
    catchUp();
    StateFiles.Result r = runner.run(line);
    recorded.add(line);
    return r;
  }

  /** Runs a line whose {@code -f} arguments read files now; what they read is recorded with it. */
  public StateFiles.Result runReadingFiles(List<String> words) {
    catchUp();
    StateFiles.Result r = runner.runReadingFiles(words);
    recorded.add(r.line());
    return r;
  }

  /** Records a line for a change already made another way (a client of the served API), without running it. */
  public void record(Line line) {
    catchUp();
    recorded.add(line);
  }

  /** The session so far: where it started, what was done, and the clock up to now. */
  public StateFiles.State state() {
    List<Line> all = new ArrayList<>(recorded);
    Line.advance(recordedUpTo, cluster.now()).ifPresent(all::add);
    return start.with(all);
  }

  /**
   * How many lines {@link #state()} would add to the start, without building it: what the autosave
   * looks at on every frame to see whether anything changed.
   */
  public int lines() {
    return recorded.size() + (cluster.now().isAfter(recordedUpTo) ? 1 : 0);
  }

  private void catchUp() {
    Line.advance(recordedUpTo, cluster.now()).ifPresent(recorded::add);
    recordedUpTo = cluster.now();
  }
}
