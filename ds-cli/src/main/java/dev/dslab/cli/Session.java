package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the commands of one dsctl run share: the simulated cluster (which {@code sim preset} may
 * replace), where output and errors go, and the directory relative paths start from.
 */
final class Session {
  private Cluster cluster;
  private final long seed;
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;
  private final java.io.InputStream stdin;

  Session(Cluster cluster, long seed, PrintStream out, PrintStream err, Path workingDirectory,
      java.io.InputStream stdin) {
    this.cluster = cluster;
    this.seed = seed;
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
  }

  Cluster cluster() {
    return cluster;
  }

  long seed() {
    return seed;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  java.io.InputStream stdin() {
    return stdin;
  }

  Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /** Replaces the cluster with a preset that starts where the current clock stands. */
  void usePreset(String name) throws CliException {
    cluster = Presets.create(name, seed, cluster.now()).orElseThrow(() -> new CliException(
        "error: unknown preset \"" + name + "\" (known: " + String.join(", ", Presets.NAMES) + ")"));
  }
}
