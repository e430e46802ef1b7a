package dev.dslab.engine.nodelifecycle;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.placement.DaemonPodTolerations;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.WorkQueue;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node-lifecycle controller (pkg/controller/nodelifecycle) and the kubelet's side of node
 * health. A node whose kubelet stops reporting turns Ready=Unknown once the node-monitor grace
 * period has passed (checked every node-monitor period), gets the {@code unreachable} NoSchedule
 * and NoExecute taints, and its pods are marked not ready; when the kubelet reports again the node
 * is Ready and the taints go. A cordoned node ({@code spec.unschedulable}) gets the {@code
 * unschedulable:NoSchedule} taint, as TaintNodesByCondition does.
 */
public final class NodeLifecycleController implements Controller {
  public static final String COMPONENT = "node-controller";

  /** --node-monitor-grace-period: 50 s since Kubernetes v1.29 (40 s before). */
  public static final Duration GRACE_PERIOD = Duration.ofSeconds(50);

  /** --node-monitor-period: how often the controller looks at node health. */
  public static final Duration MONITOR_PERIOD = Duration.ofSeconds(5);

  private final ApiServer api;
  private final SimClock clock;
  private final EventRecorder events;
  private final Instant epoch;
  private final Set<String> stopped = new HashSet<>();
  private final Map<String, SimClock.Timer> pending = new HashMap<>();
  private final List<KubeletListener> listeners = new ArrayList<>();
  private final WorkQueue<String> cordonChanges = new WorkQueue<>();

  /**
   * Told when a node's kubelet stops or starts, so that the kubelets pause or resume their work.
   */
  public interface KubeletListener {
    void kubeletChanged(String node, boolean running);
  }

  public NodeLifecycleController(ApiServer api, SimClock clock, EventRecorder events) {
    this.api = api;
    this.clock = clock;
    this.events = events;
    this.epoch = clock.now();
    api.store().watch(this::onChange);
  }

  public void addKubeletListener(KubeletListener listener) {
    listeners.add(listener);
  }

  /** Whether the node's kubelet is reporting. */
  public boolean kubeletRunning(String node) {
    return !stopped.contains(node);
  }

  // ------------------------------------------------------------------ cordon → taint

  private void onChange(WatchEvent e) {
    if (e.kind() != Kind.NODE) {
      return;
    }
    if (e.type() == WatchEvent.Type.DELETED) {
      String name = e.object().metadata().name();
      stopped.remove(name);
      SimClock.Timer t = pending.remove(name);
      if (t != null) {
        clock.cancel(t);
      }
      return;
    }
    cordonChanges.add(e.object().metadata().name());
  }

  @Override
  public boolean hasWork() {
    return !cordonChanges.isEmpty();
  }

  /** doNoScheduleTaintingPass for spec.unschedulable: the taint follows the cordon. */
  @Override
  public void processNext() {
    Optional<Node> found = api.store().get(Kind.NODE, null, cordonChanges.poll());
    if (found.isEmpty()) {
      return;
    }
    Node node = found.get();
    boolean cordoned = node.spec().unschedulable();
    boolean tainted =
        node.spec().taints().stream().anyMatch(NodeLifecycleController::isUnschedulableTaint);
    if (cordoned != tainted) {
      List<Taint> taints = new ArrayList<>(node.spec().taints());
      if (cordoned) {
        taints.add(Taint.of(DaemonPodTolerations.UNSCHEDULABLE, "", TaintEffect.NoSchedule));
      } else {
        taints.removeIf(NodeLifecycleController::isUnschedulableTaint);
      }
      write(node.withSpec(node.spec().withTaints(taints)));
    }
  }

  private static boolean isUnschedulableTaint(Taint t) {
    return t.key().equals(DaemonPodTolerations.UNSCHEDULABLE)
        && t.effect() == TaintEffect.NoSchedule;
  }

  // ------------------------------------------------------------------ kubelet down / up

  /**
   * The node's kubelet stops reporting. Nothing is visible at once: the node turns Unknown at the
   * first monitor tick after the grace period.
   */
  public void kubeletDown(String name) throws ApiException {
    requireNode(name);
    if (!stopped.add(name)) {
      return;
    }
    listeners.forEach(l -> l.kubeletChanged(name, false));
    Instant due = nextTick(clock.now().plus(GRACE_PERIOD));
    cancelPending(name);
    pending.put(
        name, clock.scheduleAt(due, "node " + name + " unreachable", () -> markUnknown(name)));
  }

  /**
   * The node's kubelet reports again: the node is Ready at once, the taints go at the next monitor
   * tick.
   */
  public void kubeletUp(String name) throws ApiException {
    Node node = requireNode(name);
    if (!stopped.remove(name)) {
      return;
    }
    cancelPending(name);
    Instant now = clock.now();
    write(node.withStatus(node.status().withConditions(healthy(node.status().conditions(), now))));
    listeners.forEach(l -> l.kubeletChanged(name, true));
    if (node.status()
        .condition(NodeCondition.READY)
        .map(c -> c.status() != ConditionStatus.True)
        .orElse(true)) {
      pending.put(
          name, clock.scheduleAt(nextTick(now), "node " + name + " ready", () -> markReady(name)));
    }
  }

  private void markUnknown(String name) {
    pending.remove(name);
    Optional<Node> found = api.store().get(Kind.NODE, null, name);
    if (found.isEmpty() || !stopped.contains(name)) {
      return;
    }
    Node node = found.get();
    Instant now = clock.now();
    List<NodeCondition> conditions = new ArrayList<>();
    for (NodeCondition c : node.status().conditions()) {
      conditions.add(
          new NodeCondition(
              c.type(),
              ConditionStatus.Unknown,
              c.lastHeartbeatTime(),
              now,
              "NodeStatusUnknown",
              "Kubelet stopped posting node status."));
    }
    List<Taint> taints = new ArrayList<>(node.spec().taints());
    taints.removeIf(t -> t.key().equals(DaemonPodTolerations.NOT_READY));
    taints.add(Taint.of(DaemonPodTolerations.UNREACHABLE, "", TaintEffect.NoSchedule));
    taints.add(new Taint(DaemonPodTolerations.UNREACHABLE, "", TaintEffect.NoExecute, now));
    write(
        node.withStatus(node.status().withConditions(conditions))
            .withSpec(node.spec().withTaints(taints)));
    events.record(
        node,
        "Normal",
        "NodeNotReady",
        "Node " + name + " status is now: NodeNotReady",
        COMPONENT,
        null);
    markPodsNotReady(name, now);
  }

  private void markReady(String name) {
    pending.remove(name);
    Optional<Node> found = api.store().get(Kind.NODE, null, name);
    if (found.isEmpty() || stopped.contains(name)) {
      return;
    }
    Node node = found.get();
    List<Taint> taints = new ArrayList<>(node.spec().taints());
    boolean changed =
        taints.removeIf(
            t ->
                t.key().equals(DaemonPodTolerations.UNREACHABLE)
                    || t.key().equals(DaemonPodTolerations.NOT_READY));
    if (changed) {
      write(node.withSpec(node.spec().withTaints(taints)));
    }
    events.record(
        node, "Normal", "NodeReady", "Node " + name + " status is now: NodeReady", COMPONENT, null);
  }

  /**
   * MarkPodsNotReady: every pod on the node gets Ready=False (the kubelet cannot say otherwise).
   */
  private void markPodsNotReady(String node, Instant now) {
    for (Pod pod : api.store().podsOnNode(node)) {
      if (pod.status().isReady()) {
        Pod updated =
            pod.withStatus(
                pod.status()
                    .withCondition(
                        new PodCondition(
                            PodCondition.READY, ConditionStatus.False, now, null, null)));
        write(updated);
      }
    }
  }

  /** The kubelet's report: Ready True, the pressure conditions False, heartbeats now. */
  private static List<NodeCondition> healthy(List<NodeCondition> conditions, Instant now) {
    List<NodeCondition> result = new ArrayList<>();
    for (NodeCondition c : conditions) {
      boolean ready = c.type().equals(NodeCondition.READY);
      ConditionStatus status = ready ? ConditionStatus.True : ConditionStatus.False;
      Instant transition = c.status() == status ? c.lastTransitionTime() : now;
      String reason =
          ready ? "KubeletReady" : c.status() == status ? c.reason() : kubeletReason(c.type());
      String message =
          ready
              ? "kubelet is posting ready status"
              : c.status() == status ? c.message() : kubeletMessage(c.type());
      result.add(new NodeCondition(c.type(), status, now, transition, reason, message));
    }
    return result;
  }

  private static String kubeletReason(String type) {
    return switch (type) {
      case "MemoryPressure" -> "KubeletHasSufficientMemory";
      case "DiskPressure" -> "KubeletHasNoDiskPressure";
      case "PIDPressure" -> "KubeletHasSufficientPID";
      default -> "KubeletReady";
    };
  }

  private static String kubeletMessage(String type) {
    return switch (type) {
      case "MemoryPressure" -> "kubelet has sufficient memory available";
      case "DiskPressure" -> "kubelet has no disk pressure";
      case "PIDPressure" -> "kubelet has sufficient PID available";
      default -> "kubelet is posting ready status";
    };
  }

  /** The first monitor tick (every 5 s since the cluster started) at or after {@code t}. */
  private Instant nextTick(Instant t) {
    long period = MONITOR_PERIOD.toNanos();
    long elapsed = Duration.between(epoch, t).toNanos();
    long ticks = (elapsed + period - 1) / period;
    return epoch.plusNanos(ticks * period);
  }

  private void cancelPending(String name) {
    SimClock.Timer t = pending.remove(name);
    if (t != null) {
      clock.cancel(t);
    }
  }

  private Node requireNode(String name) throws ApiException {
    return api.store()
        .<Node>get(Kind.NODE, null, name)
        .orElseThrow(() -> ApiException.notFound(Kind.NODE, name));
  }

  private void write(dev.dslab.model.meta.KubeObject o) {
    try {
      api.updateStatus(o.withMetadata(o.metadata().withResourceVersion(null)));
    } catch (ApiException e) {
      // The object went away meanwhile.
    }
  }
}
