package dev.dslab.engine.daemon;

import dev.dslab.engine.placement.Eligibility;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * updateDaemonSetStatus: the status computed from scratch over the current nodes. Only the oldest
 * pod of a node is looked at; nodes that no longer exist, and their pods, are ignored.
 */
public final class StatusCalculator {
  private StatusCalculator() {}

  public static DaemonSetStatus compute(
      DaemonSet ds,
      List<Node> nodes,
      Map<String, Eligibility> eligibility,
      Map<String, List<Pod>> podsByNode,
      String hash,
      Instant now) {
    int desired = 0;
    int current = 0;
    int misscheduled = 0;
    int ready = 0;
    int available = 0;
    int updated = 0;
    long templateGeneration = ds.templateGeneration();
    for (Node node : nodes) {
      String name = node.metadata().name();
      List<Pod> pods = podsByNode.getOrDefault(name, List.of());
      if (eligibility.get(name).shouldRun()) {
        desired++;
        if (!pods.isEmpty()) {
          current++;
          Pod oldest =
              pods.size() == 1
                  ? pods.get(0)
                  : pods.stream().min(DaemonPods.OLDEST_FIRST).orElseThrow();
          if (oldest.status().isReady()) {
            ready++;
            if (DaemonPods.isAvailable(oldest, ds.spec().minReadySeconds(), now)) {
              available++;
            }
          }
          if (DaemonPods.isUpdated(oldest, hash, templateGeneration)) {
            updated++;
          }
        }
      } else if (!pods.isEmpty()) {
        misscheduled++;
      }
    }
    return new DaemonSetStatus(
        current,
        misscheduled,
        desired,
        ready,
        ds.status().observedGeneration(),
        updated,
        available,
        desired - available,
        ds.status().collisionCount());
  }
}
