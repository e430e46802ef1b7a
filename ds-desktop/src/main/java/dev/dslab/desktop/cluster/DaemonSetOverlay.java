package dev.dslab.desktop.cluster;

import dev.dslab.engine.why.Explanation;
import java.util.List;

/**
 * What a tile shows about the selected DaemonSet: whether its pod is there (the tile is
 * highlighted) and, when not, the first reason why, with every reason for the tooltip.
 */
public record DaemonSetOverlay(
    boolean selected, boolean runsHere, String headline, List<String> reasons) {
  /** No DaemonSet is selected. */
  public static final DaemonSetOverlay NONE = new DaemonSetOverlay(false, false, null, List.of());

  public DaemonSetOverlay {
    reasons = List.copyOf(reasons);
  }

  /** From the explainer's verdict: a pod of the DaemonSet on the node counts as running here. */
  public static DaemonSetOverlay of(Explanation e) {
    List<String> reasons = e.reasons().stream().map(Explanation.Reason::message).toList();
    if (e.pod() != null) {
      return new DaemonSetOverlay(true, true, null, reasons);
    }
    String headline =
        !reasons.isEmpty()
            ? reasons.get(0)
            : e.shouldRun() ? "no pod yet: the controller has not created it" : "not placed here";
    return new DaemonSetOverlay(true, false, headline, reasons);
  }
}
