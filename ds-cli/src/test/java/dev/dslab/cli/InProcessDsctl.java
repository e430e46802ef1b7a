package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.session.SavedState;
import dev.dslab.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * dsctl command lines run in-process on a cluster, their output captured: what a test compares with
 * the real kubectl's output. Reading commands included, unlike the session's requests.
 */
public final class InProcessDsctl {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Shell shell;

  public InProcessDsctl(Cluster cluster, long seed) {
    Session session =
        new Session(
            cluster,
            seed,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Path.of("").toAbsolutePath(),
            InputStream.nullInputStream());
    this.shell = new Shell(session);
  }

  /** What a command printed and its exit status. */
  public record Result(int exitCode, String out, String err) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  public Result run(String... words) {
    return run(SavedState.Line.of(words));
  }

  /** Runs one line; its {@code -f} arguments read the line's inputs, never files. */
  public Result run(SavedState.Line line) {
    int code = shell.execute(line.words(), line.inputs());
    Result r =
        new Result(
            code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    out.reset();
    err.reset();
    return r;
  }
}
