package dev.dslab.engine.daemon;

import dev.dslab.engine.placement.Eligibility;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one sync of a DaemonSet reads: the DaemonSet, the current revision hash, every node (in name
 * order) with its eligibility, and the DaemonSet's pods grouped by target node (including nodes
 * that no longer exist). Terminal pods that are already being deleted are left out, as
 * getNodesToDaemonPods leaves them out. Lists are walked in node-name order, so runs repeat
 * exactly.
 */
public record SyncSnapshot(
    DaemonSet ds,
    String hash,
    List<Node> nodes,
    Map<String, Eligibility> eligibility,
    Map<String, List<Pod>> podsByNode,
    Instant now) {

  /** Names of nodes that hold pods of this DaemonSet but no longer exist, in name order. */
  public List<String> vanishedNodes() {
    List<String> gone = new ArrayList<>();
    for (String node : podsByNode.keySet()) {
      if (!eligibility.containsKey(node)) {
        gone.add(node);
      }
    }
    gone.sort(null);
    return gone;
  }

  /**
   * The node→pods map of rollingUpdate, as names in order: every node that should run a pod, and
   * every node holding pods (existing nodes first, by name, then vanished ones).
   */
  public List<String> rollingEntries() {
    List<String> entries = new ArrayList<>(nodes.size());
    for (Node node : nodes) {
      String name = node.metadata().name();
      if (eligibility.get(name).shouldRun() || podsByNode.containsKey(name)) {
        entries.add(name);
      }
    }
    entries.addAll(vanishedNodes());
    return entries;
  }

  /** How many nodes should run a pod. */
  public int desired() {
    int desired = 0;
    for (Eligibility e : eligibility.values()) {
      desired += e.shouldRun() ? 1 : 0;
    }
    return desired;
  }

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
