package dev.dslab.session.presets;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The built-in clusters as dsctl, the desktop and the state file start them: the engine's nodes and
 * static pods ({@link Presets}) with the system workloads a real cluster of that kind runs ({@link
 * PresetAddOns}).
 */
public final class ClusterPresets {
  public static final List<String> NAMES = Presets.NAMES;

  private ClusterPresets() {}

  /** A new cluster of the named preset whose session starts at {@code start}; empty if unknown. */
  public static Optional<Cluster> create(String name, long seed, Instant start) {
    return Presets.create(name, seed, start, PresetAddOns.of(name));
  }
}
