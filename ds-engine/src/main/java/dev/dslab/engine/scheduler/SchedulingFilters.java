package dev.dslab.engine.scheduler;

import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.engine.placement.Taints;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler's filter plugins that matter for daemon pods, as pure functions, each returning
 * upstream's reason text: NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts,
 * NodeResourcesFit.
 */
public final class SchedulingFilters {
  static final String AFFINITY = "node(s) didn't match Pod's node affinity/selector";
  static final String PORTS = "node(s) didn't have free ports for the requested pod ports";
  static final String UNSCHEDULABLE = "node(s) were unschedulable";
  static final String NODE_NAME = "node(s) didn't match the requested node name";
  static final String TOO_MANY_PODS = "Too many pods";
  static final String INSUFFICIENT = "Insufficient ";

  private SchedulingFilters() {}

  /** The first filter the node fails for the pod, as upstream words it, or empty when it fits. */
  public static Optional<String> firstFailure(Pod pod, Node node, List<Pod> podsOnNode) {
    if (pod.spec().nodeName() != null && !pod.spec().nodeName().equals(node.metadata().name())) {
      return Optional.of(NODE_NAME);
    }
    if (node.spec().unschedulable()
        && pod.spec().tolerations().stream()
            .noneMatch(
                t ->
                    t.tolerates(
                        Taint.of(
                            "node.kubernetes.io/unschedulable", "", TaintEffect.NoSchedule)))) {
      return Optional.of(UNSCHEDULABLE);
    }
    if (!NodeAffinityMatcher.matches(pod.spec(), node)) {
      return Optional.of(AFFINITY);
    }
    Optional<Taint> taint =
        Taints.firstUntolerated(
            node.spec().taints(),
            pod.spec().tolerations(),
            EnumSet.of(TaintEffect.NoSchedule, TaintEffect.NoExecute));
    if (taint.isPresent()) {
      Taint t = taint.get();
      return Optional.of("node(s) had untolerated taint {" + t.key() + ": " + t.value() + "}");
    }
    List<Pod> others = podsOnNode.stream().filter(p -> !p.isTerminal() && !p.equals(pod)).toList();
    if (!conflictingHostPorts(pod, others).isEmpty()) {
      return Optional.of(PORTS);
    }
    return insufficientResources(pod, node, others).stream().findFirst();
  }

  /**
   * Whether removing pods could cure the failure: upstream's filters answer {@code Unschedulable}
   * for lack of resources or ports (NodeResourcesFit, NodePorts), and {@code
   * UnschedulableAndUnresolvable} for the node's name, affinity, taints and cordon, which no
   * preemption changes (nodesWherePreemptionMightHelp).
   */
  public static boolean resolvableByPreemption(String reason) {
    return reason.equals(PORTS) || reason.equals(TOO_MANY_PODS) || reason.startsWith(INSUFFICIENT);
  }

  /** The host ports ({@code 9100/TCP}) the pod wants that other pods on the node hold already. */
  public static List<String> conflictingHostPorts(Pod pod, List<Pod> others) {
    List<String> taken = new ArrayList<>();
    for (ContainerPort want : hostPorts(pod)) {
      for (Pod other : others) {
        for (ContainerPort used : hostPorts(other)) {
          if (used.hostPort() == want.hostPort() && used.protocol().equals(want.protocol())) {
            taken.add(
                want.hostPort()
                    + "/"
                    + want.protocol()
                    + " (held by pod "
                    + other.metadata().name()
                    + ")");
          }
        }
      }
    }
    return taken;
  }

  /** The host ports a pod takes: declared hostPorts, and with hostNetwork every container port. */
  static List<ContainerPort> hostPorts(Pod pod) {
    List<ContainerPort> ports = new ArrayList<>();
    for (Container c : pod.spec().containers()) {
      for (ContainerPort p : c.ports()) {
        if (p.hostPort() > 0) {
          ports.add(p);
        } else if (pod.spec().hostNetwork()) {
          ports.add(
              new ContainerPort(
                  p.name(), p.containerPort(), p.containerPort(), p.protocol(), p.hostIP()));
        }
      }
    }
    return ports;
  }

  /**
   * NodeResourcesFit: requests (cpu, memory, any other) against allocatable, and the pod count;
   * each shortage in upstream's words ({@code Insufficient cpu}, {@code Too many pods}).
   */
  public static List<String> insufficientResources(Pod pod, Node node, List<Pod> others) {
    Map<String, Quantity> allocatable = node.status().allocatable();
    if (allocatable.isEmpty()) {
      // A node that reports no allocatable resources (a bare manifest) is not resource-checked.
      return List.of();
    }
    Quantity pods = allocatable.get("pods");
    if (pods != null && others.size() + 1 > pods.value()) {
      return List.of(TOO_MANY_PODS);
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Long> want : requests(pod).entrySet()) {
      Quantity have = allocatable.get(want.getKey());
      long used = others.stream().mapToLong(p -> requests(p).getOrDefault(want.getKey(), 0L)).sum();
      long capacity = have == null ? 0 : have.milliValue();
      if (want.getValue() > 0 && used + want.getValue() > capacity) {
        missing.add(INSUFFICIENT + want.getKey());
      }
    }
    return missing;
  }

  /** The pod's requests by resource, in thousandths. */
  static Map<String, Long> requests(Pod pod) {
    Map<String, Long> sum = new java.util.TreeMap<>();
    for (Container c : pod.spec().containers()) {
      c.resources().requests().forEach((k, v) -> sum.merge(k, v.milliValue(), Long::sum));
    }
    return sum;
  }

  /**
   * FitError.Error(): {@code 0/N nodes are available: } and the reasons with their node counts,
   * sorted as strings, comma-joined, ending with a period.
   */
  public static String fitError(int nodeCount, Map<String, Integer> reasons) {
    if (nodeCount == 0) {
      return "no nodes available to schedule pods";
    }
    List<String> parts = new ArrayList<>();
    reasons.forEach((reason, count) -> parts.add(count + " " + reason));
    parts.sort(null);
    return "0/" + nodeCount + " nodes are available: " + String.join(", ", parts) + ".";
  }
}
