package dev.dslab.desktop.manifests;

import dev.dslab.engine.Cluster;
import dev.dslab.session.CommandException;
import dev.dslab.session.Replay;
import dev.dslab.session.SavedState;
import dev.dslab.session.presets.ClusterPresets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a session starts, as dsctl's state file says it: a preset and a seed, or the {@value #DEMO} —
 * the kind preset, then {@code apply -f demo.yaml} (two zoned workers, a node-exporter DaemonSet
 * and a log-shipper for nodes labelled logging=enabled) and {@code sim settle --max 2m}, so its
 * pods run. {@code dsctl --state} of a saved demo session replays exactly these lines.
 */
public final class StartingCluster {
  public static final String DEMO = "demo";
  private static final String DEMO_MANIFEST = "demo.yaml";

  /** How long the demo's history runs before the session starts: the pods are Running by then. */
  static final String DEMO_SETTLE = "2m";

  private StartingCluster() {}

  /** The named start, or empty for a name that is neither a preset nor {@value #DEMO}. */
  public static Optional<SavedState> start(String name, long seed) {
    if (DEMO.equals(name)) {
      return Optional.of(
          new SavedState(
              seed,
              "kind",
              List.of(),
              List.of(
                  new SavedState.Line(
                      List.of("apply", "-f", DEMO_MANIFEST),
                      Map.of(
                          DEMO_MANIFEST,
                          List.of(new SavedState.Manifest(DEMO_MANIFEST, demoText())))),
                  SavedState.Line.of("sim", "settle", "--max", DEMO_SETTLE))));
    }
    return ClusterPresets.NAMES.contains(name)
        ? Optional.of(SavedState.start(seed, name))
        : Optional.empty();
  }

  /** The named starting cluster, or empty for an unknown name. */
  public static Optional<Cluster> create(String name, long seed) {
    return start(name, seed).map(StartingCluster::replay);
  }

  public static Cluster demo(long seed) {
    return create(DEMO, seed).orElseThrow();
  }

  private static Cluster replay(SavedState state) {
    try {
      return Replay.cluster(state);
    } catch (CommandException e) {
      throw new IllegalStateException(
          "the built-in starts are valid by construction: " + e.getMessage(), e);
    }
  }

  private static String demoText() {
    try (InputStream in = StartingCluster.class.getResourceAsStream(DEMO_MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException(DEMO_MANIFEST + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
