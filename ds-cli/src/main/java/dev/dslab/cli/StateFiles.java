package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dsctl's state file for other front ends (the desktop app saves and opens sessions with it): the
 * same format and the same deterministic replay as {@code dsctl --state FILE}, so a session saved in
 * one opens in the other.
 */
public final class StateFiles {
  private StateFiles() {}

  /** A manifest as a command read it: the name it was given and its text. */
  public record Manifest(String name, String text) {}

  /** One dsctl command line, and the manifests each of its {@code -f} arguments read. */
  public record Line(List<String> words, Map<String, List<Manifest>> inputs) {
    public Line {
      words = List.copyOf(words);
      Map<String, List<Manifest>> copy = new LinkedHashMap<>();
      inputs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      inputs = java.util.Collections.unmodifiableMap(copy);
    }

    public static Line of(String... words) {
      return new Line(List.of(words), Map.of());
    }

    /**
     * {@code sim advance 1500000000ns} for the virtual time between two instants, in nanoseconds so that a
     * replay reaches exactly the same instant; empty when no time passed.
     */
    public static java.util.Optional<Line> advance(java.time.Instant from, java.time.Instant to) {
      java.time.Duration d = java.time.Duration.between(from, to);
      return d.isZero() || d.isNegative() ? java.util.Optional.empty()
          : java.util.Optional.of(of("sim", "advance", d.toNanos() + "ns"));
    }

    @Override
    public String toString() {
      return String.join(" ", words);
    }
  }

  /** Where a session starts (a preset, or an empty cluster when null, and a seed) and what was done since. */
  public record State(long seed, String preset, List<Line> history) {
    public State {
      history = List.copyOf(history);
    }

    public State with(List<Line> more) {
      List<Line> all = new ArrayList<>(history);
      all.addAll(more);
      return new State(seed, preset, all);
    }
  }

  /** A state file could not be read or written; the message is dsctl's, and the file is as it was. */
  public static final class StateFileException extends Exception {
    StateFileException(String message) {
      super(message);
    }
  }

  public static State read(Path file) throws StateFileException {
    try {
      SavedState saved = SavedState.load(file);
      List<Line> lines = new ArrayList<>();
      for (SavedState.Command c : saved.history()) {
        Map<String, List<Manifest>> inputs = new LinkedHashMap<>();
        c.inputs().forEach((k, v) -> inputs.put(k, v.stream().map(i -> new Manifest(i.name(), i.text())).toList()));
        lines.add(new Line(c.words(), inputs));
      }
      if (!saved.cluster().isEmpty()) {
        throw new StateFileException("error: " + file + " starts from --cluster files, which only dsctl opens");
      }
      return new State(saved.seed(), saved.preset(), lines);
    } catch (CliException e) {
      throw new StateFileException(e.getMessage());
    }
  }

  /** Writes the state atomically (a crash leaves the old file or the new one), with a readable snapshot of {@code cluster}. */
  public static void write(Path file, State state, Cluster cluster) throws StateFileException {
    try {
      saved(state).save(file, cluster);
    } catch (CliException e) {
      throw new StateFileException(e.getMessage());
    }
  }

  /**
   * The same file without the readable snapshot of the objects, which replay does not read: cheap
   * enough to write after every change (the desktop's autosave).
   */
  public static void writeHistory(Path file, State state) throws StateFileException {
    try {
      saved(state).save(file, null);
    } catch (CliException e) {
      throw new StateFileException(e.getMessage());
    }
  }

  /** The cluster the state describes, rebuilt by replaying its history silently, as dsctl does. */
  public static Cluster replay(State state) throws StateFileException {
    try {
      return Dsctl.restore(saved(state), Path.of("").toAbsolutePath()).cluster();
    } catch (CliException e) {
      throw new StateFileException(e.getMessage());
    }
  }

  /** What a command printed, its exit status, and the line to record (with the manifests it read). */
  public record Result(int exitCode, String out, String err, Line line) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * dsctl commands run in-process on a cluster. The desktop app sends its requests through one, so
   * that what it saves is exactly what it did: replayed by dsctl, the same lines give the same
   * cluster.
   */
  public static final class Runner {
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    private final java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    private final Shell shell;
    private final Session session;

    public Runner(Cluster cluster, long seed) {
      java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
      Session session = new Session(cluster, seed, new java.io.PrintStream(out, true, utf8),
          new java.io.PrintStream(err, true, utf8), Path.of("").toAbsolutePath(), java.io.InputStream.nullInputStream());
      this.session = session;
      this.shell = new Shell(session);
    }

    /** Runs one line; its {@code -f} arguments read the line's inputs, never files. */
    public Result run(Line line) {
      return result(shell.execute(line.words(), saved(line).inputs()), line);
    }

    /**
     * Runs one line whose {@code -f} arguments read files now (paths relative to the working
     * directory); the result's line holds what they read, to be replayed instead of the files.
     */
    public Result runReadingFiles(List<String> words) {
      int code = shell.execute(words);
      Map<String, List<Manifest>> read = new LinkedHashMap<>();
      session.reads().forEach((k, v) -> read.put(k, v.stream().map(i -> new Manifest(i.name(), i.text())).toList()));
      return result(code, new Line(words, read));
    }

    private Result result(int code, Line line) {
      java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
      Result r = new Result(code, out.toString(utf8), err.toString(utf8), line);
      out.reset();
      err.reset();
      return r;
    }
  }

  static SavedState.Command saved(Line line) {
    Map<String, List<SavedState.Input>> inputs = new LinkedHashMap<>();
    line.inputs().forEach((k, v) -> inputs.put(k, v.stream().map(m -> new SavedState.Input(m.name(), m.text())).toList()));
    return new SavedState.Command(line.words(), inputs);
  }

  private static SavedState saved(State state) {
    List<SavedState.Command> history = new ArrayList<>();
    for (Line line : state.history()) {
      history.add(saved(line));
    }
    return new SavedState(state.seed(), state.preset(), List.of(), history);
  }
}
