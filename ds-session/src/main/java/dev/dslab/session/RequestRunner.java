package dev.dslab.session;

import dev.dslab.engine.Cluster;
import dev.dslab.session.SavedState.Line;
import dev.dslab.session.SavedState.Manifest;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requests carried out in-process on a cluster, their output captured: how the desktop app and the
 * API server's write log act on a session. What each did comes back as an {@link Outcome} with the
 * state file's line that repeats it, so that replaying the lines gives the same cluster.
 */
public final class RequestRunner {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Session session;

  public RequestRunner(Cluster cluster, long seed, Path workingDirectory) {
    this.session =
        new Session(
            cluster,
            seed,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            workingDirectory,
            InputStream.nullInputStream());
  }

  /**
   * What a request printed, and the line to record (with what its -f read). {@code refusal} is
   * empty when it went through, else kubectl's words for why not (for an apply with several refused
   * documents, one line each).
   */
  public record Outcome(String out, String err, Optional<String> refusal, Line line) {
    public boolean ok() {
      return refusal.isEmpty();
    }
  }

  /**
   * Runs a request; its -f arguments read the submission's inputs, or the files now when it has
   * none.
   */
  public Outcome run(Submission submission) {
    session.beginCommand(submission.inputs().isEmpty() ? null : submission.inputs());
    String refusal = null;
    try {
      Executor.execute(session, submission.request());
    } catch (CommandException e) {
      if (!e.getMessage().isEmpty()) {
        session.err().println(e.getMessage());
      }
      // an empty message: the reasons were printed one by one (apply's refused documents)
      refusal =
          e.getMessage().isEmpty() ? err.toString(StandardCharsets.UTF_8).strip() : e.getMessage();
    }
    Map<String, List<Manifest>> inputs =
        submission.inputs().isEmpty() ? session.reads() : submission.inputs();
    return outcome(refusal, new Line(submission.request().words(), new LinkedHashMap<>(inputs)));
  }

  public Outcome run(Request request) {
    return run(Submission.of(request));
  }

  /**
   * Runs a recorded line (its words read back into a request); a line that only reads does nothing.
   */
  public Outcome run(Line line) {
    Optional<Request> request;
    try {
      request = RequestParser.parse(line.words(), session.cluster().api().kinds());
    } catch (CommandException e) {
      Outcome o = outcome(e.getMessage(), line);
      return new Outcome(o.out(), o.err() + e.getMessage() + "\n", o.refusal(), line);
    }
    if (request.isEmpty()) {
      return outcome(null, line);
    }
    Outcome o = run(new Submission(request.get(), line.inputs()));
    return new Outcome(o.out(), o.err(), o.refusal(), line);
  }

  public Cluster cluster() {
    return session.cluster();
  }

  private Outcome outcome(String refusal, Line line) {
    Outcome o =
        new Outcome(
            out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8),
            Optional.ofNullable(refusal),
            line);
    out.reset();
    err.reset();
    return o;
  }
}
