package dev.dslab.desktop.palette;

import dev.dslab.desktop.cluster.NodeTileState;
import dev.dslab.model.core.Taint;

/**
 * Which chip may be dropped on which node: a pure rule, asked on every drag-over. A drop that would
 * change nothing is refused, so that the undo history holds only real changes; whether the change
 * is valid is left to the API server, whose message the user then sees.
 */
public final class DropPolicy {
  /** Set by the kubelet from the node's name; changing it by hand breaks the hostname topology. */
  static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

  private DropPolicy() {}

  public static boolean accepts(ChipPayload payload, NodeTileState tile) {
    if (tile == null || payload == null) {
      return false;
    }
    if (payload instanceof ChipPayload.LabelChip label) {
      return !HOSTNAME_LABEL.equals(label.key())
          && !label.value().equals(tile.labels().get(label.key()));
    }
    ChipPayload.TaintChip taint = (ChipPayload.TaintChip) payload;
    return tile.taints().stream().noneMatch(t -> same(t, taint));
  }

  private static boolean same(Taint existing, ChipPayload.TaintChip chip) {
    return existing.key().equals(chip.key())
        && existing.effect() == chip.effect()
        && existing.value().equals(chip.value());
  }
}
