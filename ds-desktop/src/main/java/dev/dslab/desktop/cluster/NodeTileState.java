package dev.dslab.desktop.cluster;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Taint;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a node tile shows, as one immutable value: a tile redraws when this changes and only
 * then. Built from the engine's objects by a pure function.
 */
public record NodeTileState(
    String name,
    String role,
    boolean ready,
    boolean cordoned,
    boolean kubeletRunning,
    SortedMap<String, String> labels,
    List<Taint> taints,
    List<PodChip> pods) {

  static final String ROLE_PREFIX = "node-role.kubernetes.io/";

  /** Labels every kubelet sets: the tile leaves them out, the tooltip lists them. */
  private static final List<String> WELL_KNOWN_PREFIXES =
      List.of("kubernetes.io/", "beta.kubernetes.io/", ROLE_PREFIX, "node.kubernetes.io/");

  public NodeTileState {
    labels = new TreeMap<>(labels);
    taints = List.copyOf(taints);
    pods = List.copyOf(pods);
  }

  /**
   * The tile of a node with the pods bound to it (terminal ones included: they show as failed or
   * done).
   */
  public static NodeTileState of(Node node, List<Pod> pods, boolean kubeletRunning) {
    Map<String, String> labels = node.metadata().labels();
    String role =
        labels.keySet().stream()
            .filter(k -> k.startsWith(ROLE_PREFIX))
            .map(k -> k.substring(ROLE_PREFIX.length()))
            .collect(Collectors.joining(","));
    boolean ready =
        node.status()
            .condition(NodeCondition.READY)
            .map(c -> c.status() == ConditionStatus.True)
            .orElse(false);
    return new NodeTileState(
        node.metadata().name(),
        role.isEmpty() ? "worker" : role,
        ready,
        node.spec().unschedulable(),
        kubeletRunning,
        node.metadata().labels(),
        node.spec().taints(),
        pods.stream().map(PodChip::of).sorted(PodChip.DAEMON_PODS_FIRST).toList());
  }

  /** The labels a person set (zone, disk, ...): what the tile shows as chips. */
  public SortedMap<String, String> userLabels() {
    TreeMap<String, String> shown = new TreeMap<>();
    labels.forEach(
        (k, v) -> {
          if (WELL_KNOWN_PREFIXES.stream().noneMatch(k::startsWith)) {
            shown.put(k, v);
          }
        });
    return shown;
  }
}
