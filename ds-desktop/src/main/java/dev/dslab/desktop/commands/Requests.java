package dev.dslab.desktop.commands;

import dev.dslab.engine.Cluster;
import dev.dslab.session.Recorder;
import dev.dslab.session.RequestRunner;
import dev.dslab.session.SavedState;
import dev.dslab.session.Submission;
import dev.dslab.session.request.Request;
import java.nio.file.Path;
import java.util.List;

/**
 * Every change the desktop makes goes through here as a typed request, carried out in-process on
 * the session's cluster by the session's runner, and recorded (with the virtual time that passed
 * before it) as the line the state file keeps. Saved and replayed by dsctl or by the app, the lines
 * give the same cluster, byte for byte.
 */
public final class Requests {
  private final RequestRunner runner;
  private final Recorder recorder;

  /**
   * @param cluster the cluster {@code start} gives (its replay), as it stands now
   */
  public Requests(Cluster cluster, SavedState start) {
    this.runner = new RequestRunner(cluster, start.seed(), Path.of("").toAbsolutePath());
    this.recorder = new Recorder(start, cluster);
  }

  /** Runs the submissions in order; the first refused one stops the rest. */
  public void run(List<Submission> submissions) throws RequestRefused {
    for (Submission s : submissions) {
      RequestRunner.Outcome r = run(s);
      if (r.refusal().isPresent()) {
        throw new RequestRefused(r.refusal().get());
      }
    }
  }

  /**
   * Runs one submission and records it, refused or not (a refused request may have done part of its
   * work).
   */
  public RequestRunner.Outcome run(Submission submission) {
    recorder.recordTheClock();
    RequestRunner.Outcome r = runner.run(submission);
    recorder.record(r.line());
    return r;
  }

  /**
   * Runs a request whose {@code -f} arguments read files now; what they read is recorded with it.
   */
  public RequestRunner.Outcome run(Request request) {
    return run(Submission.of(request));
  }

  /** Runs a recorded line again (the timeline's replay of an opened manifest, a client's write). */
  public RequestRunner.Outcome run(SavedState.Line line) {
    recorder.recordTheClock();
    RequestRunner.Outcome r = runner.run(line);
    recorder.record(line);
    return r;
  }

  /**
   * Records a line for a change already made another way (a client of the served API), without
   * running it.
   */
  public void record(SavedState.Line line) {
    recorder.record(line);
  }

  /** The session so far: where it started, what was done, and the clock up to now. */
  public SavedState state() {
    return recorder.state();
  }

  /** How many lines {@link #state()} would add to the start (what the autosave watches). */
  public int lines() {
    return recorder.lines();
  }
}
