package dev.dslab.session;

import dev.dslab.engine.Cluster;
import dev.dslab.session.presets.ClusterPresets;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the commands of one dsctl run share: the simulated cluster (which {@code sim preset} may
 * replace), where output and errors go, and the directory relative paths start from.
 */
public final class Session {
  private Cluster cluster;
  private final long seed;
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;
  private final java.io.InputStream stdin;

  /** The manifests read by the command running now, by -f argument: kept for the saved state. */
  private final java.util.Map<String, java.util.List<SavedState.Manifest>> read =
      new java.util.LinkedHashMap<>();

  /** While a saved command is replayed: what it read then, served instead of the files of today. */
  private java.util.Map<String, java.util.List<SavedState.Manifest>> replaying;

  public Session(
      Cluster cluster,
      long seed,
      PrintStream out,
      PrintStream err,
      Path workingDirectory,
      java.io.InputStream stdin) {
    this.cluster = cluster;
    this.seed = seed;
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
  }

  /**
   * The same cluster, written to other streams: a replay runs silent, the live command does not.
   */
  public Session withStreams(PrintStream newOut, PrintStream newErr, java.io.InputStream newIn) {
    return new Session(cluster, seed, newOut, newErr, workingDirectory, newIn);
  }

  public Cluster cluster() {
    return cluster;
  }

  public long seed() {
    return seed;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public java.io.InputStream stdin() {
    return stdin;
  }

  /**
   * Starts recording (live) or replaying (with the inputs of a saved command) the next command's
   * reads.
   */
  public void beginCommand(java.util.Map<String, java.util.List<SavedState.Manifest>> replay) {
    read.clear();
    replaying = replay;
  }

  /** The inputs a replayed command read for this argument, or null when the command runs live. */
  public java.util.List<SavedState.Manifest> replayed(String argument) {
    return replaying == null ? null : replaying.getOrDefault(argument, java.util.List.of());
  }

  public void recordRead(String argument, java.util.List<SavedState.Manifest> inputs) {
    read.put(argument, java.util.List.copyOf(inputs));
  }

  public java.util.Map<String, java.util.List<SavedState.Manifest>> reads() {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(read));
  }

  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** Replaces the cluster with a preset that starts where the current clock stands. */
  public void usePreset(String name) throws CommandException {
    cluster =
        ClusterPresets.create(name, seed, cluster.now())
            .orElseThrow(
                () ->
                    new CommandException(
                        "error: unknown preset \""
                            + name
                            + "\" (known: "
                            + String.join(", ", ClusterPresets.NAMES)
                            + ")"));
  }
}
