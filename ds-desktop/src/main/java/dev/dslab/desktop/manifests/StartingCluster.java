package dev.dslab.desktop.manifests;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import dev.dslab.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The cluster the app starts with: a dsctl preset, or the {@value #DEMO} (the kind preset plus two
 * zoned workers, a node-exporter DaemonSet and a log-shipper for nodes labelled logging=enabled, from {@code demo.yaml}), settled so its pods run.
 */
public final class StartingCluster {
  public static final String DEMO = "demo";
  /** How long the demo's history runs before the session starts: the pods are Running by then. */
  static final Duration DEMO_SETTLE = Duration.ofMinutes(2);
  private static final String DEMO_MANIFEST = "demo.yaml";

  private StartingCluster() {}

  /** The named starting cluster, or empty for a name that is neither a preset nor {@value #DEMO}. */
  public static Optional<Cluster> create(String name, long seed) {
    if (DEMO.equals(name)) {
      return Optional.of(demo(seed));
    }
    return Presets.create(name, seed, Cluster.DEFAULT_START);
  }

  public static Cluster demo(long seed) {
    Cluster cluster = Presets.create("kind", seed, Cluster.DEFAULT_START).orElseThrow();
    ApplyReport report = new ManifestApplier(cluster).apply(ManifestReader.read(DEMO_MANIFEST, demoText()));
    if (report.hasProblems()) {
      throw new IllegalStateException("the built-in demo is valid by construction: " + report.problems());
    }
    cluster.settle(DEMO_SETTLE);
    return cluster;
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
