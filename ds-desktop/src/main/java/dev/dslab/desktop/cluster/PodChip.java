package dev.dslab.desktop.cluster;

import dev.dslab.model.core.Pod;

/**
 * One pod on a tile: its name, its colour and, when a controller owns it, the controller's name (so
 * the selected DaemonSet's pods can be told apart).
 */
public record PodChip(String namespace, String name, PodChipState state, String owner) {

  public static PodChip of(Pod pod) {
    String owner = pod.metadata().controllerRef().map(r -> r.name()).orElse(null);
    return new PodChip(
        pod.metadata().namespace(), pod.metadata().name(), PodChipState.of(pod), owner);
  }

  /** {@code monitoring/node-exporter-7cz7l: Running}: the chip's tooltip. */
  public String describe() {
    return namespace
        + "/"
        + name
        + ": "
        + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
