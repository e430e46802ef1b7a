package dev.dslab.engine.why;

import java.util.List;

/**
 * Why a DaemonSet's pod does or does not run on one node: whether the DaemonSet controller wants a
 * pod there ({@code shouldRun}) or lets a running one stay ({@code shouldContinueRunning}), whether
 * the scheduler can place it ({@code canRun}), what runs there now, and every reason that stands in
 * the way, in the order the checks happen.
 */
public record Explanation(
    String node,
    boolean shouldRun,
    boolean shouldContinueRunning,
    boolean canRun,
    String pod,
    String podStatus,
    boolean running,
    List<Reason> reasons) {

  public Explanation {
    reasons = List.copyOf(reasons);
  }

  /** One reason, typed for programs and worded for people. */
  public record Reason(Type type, String message) {}

  /**
   * The kinds of reason, from the DaemonSet controller's checks to the scheduler's and the node's
   * state.
   */
  public enum Type {
    NODE_NAME,
    NODE_SELECTOR,
    NODE_AFFINITY,
    TAINT,
    RESOURCES,
    HOST_PORT,
    NODE_CONDITION,
    CORDONED,
    KUBELET,
    /** The pod's service account is missing: the API server refuses the pod. */
    SERVICE_ACCOUNT,
    /** A ConfigMap, Secret or key the pod reads is missing: the kubelet cannot start it. */
    CONFIG,
    /** The pod's priority: a class that does not exist, or whether preemption can make room. */
    PRIORITY
  }
}
