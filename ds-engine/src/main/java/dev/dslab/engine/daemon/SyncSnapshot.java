package dev.dslab.engine.daemon;

import dev.dslab.engine.placement.Eligibility;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What one sync of a DaemonSet reads: the DaemonSet, the current revision hash, every node (in name
 * order) with its eligibility, and the DaemonSet's pods grouped by target node (in node-name order,
 * including nodes that no longer exist). Terminal pods that are already being deleted are left out,
 * as getNodesToDaemonPods leaves them out.
 */
public record SyncSnapshot(
    DaemonSet ds,
    String hash,
    List<Node> nodes,
    Map<String, Eligibility> eligibility,
    SortedMap<String, List<Pod>> podsByNode,
    Instant now) {

  public List<Pod> podsOn(String node) {
    return podsByNode.getOrDefault(node, List.of());
  }

  public int minReadySeconds() {
    return ds.spec().minReadySeconds();
  }

  public boolean isAvailable(Pod pod) {
    return DaemonPods.isAvailable(pod, minReadySeconds(), now);
  }

  public boolean isUpdated(Pod pod) {
    return DaemonPods.isUpdated(pod, hash, ds.templateGeneration());
  }
}
