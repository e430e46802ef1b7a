package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.nodelifecycle.NodeLifecycleController;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kubelets of all nodes: a pod bound to a node is started (ContainerCreating, then Running and
 * Ready after the start delay), and a pod marked for deletion is stopped and removed after the
 * termination delay. Pod IPs come from the node's pod CIDR (.2 upwards), host-network pods take the
 * node's address.
 */
public final class Kubelets implements NodeLifecycleController.KubeletListener {
  public static final String COMPONENT = "kubelet";
  /** How long containers take to start, unless an image says otherwise (dsctl.md: 2 s). */
  public static final Duration START_DELAY = Duration.ofSeconds(2);
  /** How long a deleted pod stays Terminating (dsctl.md: 1 s). */
  public static final Duration TERMINATION_DELAY = Duration.ofSeconds(1);

  private final ApiServer api;
  private final ObjectStore store;
  private final SimClock clock;
  private final EventRecorder events;
  /** Pods whose start or stop is already scheduled, by uid, so that repeated updates do not repeat it. */
  private final Set<String> starting = new HashSet<>();
  private final Set<String> stopping = new HashSet<>();
  private final PodAddresses addresses;
  /** Nodes whose kubelet is stopped: their pods neither start nor finish terminating. */
  private final Set<String> down = new HashSet<>();

  public Kubelets(ApiServer api, SimClock clock, EventRecorder events) {
    this.api = api;
    this.store = api.store();
    this.clock = clock;
    this.events = events;
    this.addresses = new PodAddresses(store);
    store.watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (!(e.object() instanceof Pod pod)) {
      return;
    }
    String uid = pod.metadata().uid();
    if (e.type() == WatchEvent.Type.DELETED) {
      starting.remove(uid);
      stopping.remove(uid);
      return;
    }
    String nodeName = pod.spec().nodeName();
    if (nodeName == null || down.contains(nodeName)) {
      return;
    }
    if (pod.metadata().isDeleting()) {
      if (stopping.add(uid)) {
        ObjectKey key = ObjectKey.of(pod);
        clock.schedule(TERMINATION_DELAY, "stop " + key, () -> stop(key, uid));
      }
      return;
    }
    if (pod.status().hostIP() == null && !pod.isTerminal() && starting.add(uid)) {
      ObjectKey key = ObjectKey.of(pod);
      // The kubelet picks the pod up at once: containers are being created.
      clock.schedule(Duration.ZERO, "admit " + key, () -> admit(key, uid));
    }
  }

  private Optional<Pod> current(ObjectKey key, String uid) {
    return store.<Pod>get(key).filter(p -> uid.equals(p.metadata().uid()));
  }

  private void admit(ObjectKey key, String uid) {
    Optional<Pod> found = current(key, uid);
    if (found.isEmpty() || found.get().metadata().isDeleting() || down.contains(found.get().spec().nodeName())) {
      starting.remove(uid);
      return;
    }
    Pod pod = found.get();
    Optional<Node> node = store.get(Kind.NODE, null, pod.spec().nodeName());
    if (node.isEmpty()) {
      return;
    }
    Instant now = clock.now();
    String hostIp = node.get().status().address(NodeAddress.INTERNAL_IP).orElse(null);
    String podIp = pod.spec().hostNetwork() ? hostIp : addresses.allocate(node.get());
    List<ContainerStatus> waiting = new ArrayList<>();
    for (Container c : pod.spec().containers()) {
      waiting.add(new ContainerStatus(c.name(), c.image(), false, 0, false,
          new ContainerState.Waiting("ContainerCreating", null), null));
    }
    PodStatus status = pod.status().withPhase(PodPhase.Pending).withIps(hostIp, podIp).withStartTime(now)
        .withContainerStatuses(waiting)
        .withCondition(new PodCondition("PodReadyToStartContainers", ConditionStatus.False, now, null, null))
        .withCondition(new PodCondition(PodCondition.INITIALIZED, ConditionStatus.True, now, null, null))
        .withCondition(new PodCondition(PodCondition.READY, ConditionStatus.False, now, "ContainersNotReady",
            "containers with unready status: " + names(pod)))
        .withCondition(new PodCondition(PodCondition.CONTAINERS_READY, ConditionStatus.False, now,
            "ContainersNotReady", "containers with unready status: " + names(pod)));
    write(pod.withStatus(status));
    clock.schedule(START_DELAY, "start " + key, () -> start(key, uid));
  }

  private void start(ObjectKey key, String uid) {
    Optional<Pod> found = current(key, uid);
    if (found.isEmpty() || found.get().metadata().isDeleting() || down.contains(found.get().spec().nodeName())) {
      starting.remove(uid);
      return;
    }
    Pod pod = found.get();
    Instant now = clock.now();
    List<ContainerStatus> running = new ArrayList<>();
    for (Container c : pod.spec().containers()) {
      events.record(pod, "Normal", "Pulled", "Container image \"" + c.image() + "\" already present on machine",
          COMPONENT, pod.spec().nodeName());
      events.record(pod, "Normal", "Created", "Created container: " + c.name(), COMPONENT, pod.spec().nodeName());
      events.record(pod, "Normal", "Started", "Started container " + c.name(), COMPONENT, pod.spec().nodeName());
      running.add(new ContainerStatus(c.name(), c.image(), true, 0, true, new ContainerState.Running(now), null));
    }
    PodStatus status = pod.status().withPhase(PodPhase.Running).withContainerStatuses(running)
        .withCondition(new PodCondition("PodReadyToStartContainers", ConditionStatus.True, now, null, null))
        .withCondition(new PodCondition(PodCondition.READY, ConditionStatus.True, now, null, null))
        .withCondition(new PodCondition(PodCondition.CONTAINERS_READY, ConditionStatus.True, now, null, null));
    write(pod.withStatus(status));
  }

  private void stop(ObjectKey key, String uid) {
    Optional<Pod> found = current(key, uid);
    if (found.isEmpty()) {
      return;
    }
    if (down.contains(found.get().spec().nodeName())) {
      stopping.remove(uid);
      return;
    }
    Pod pod = found.get();
    if (pod.status().phase() == PodPhase.Running) {
      for (Container c : pod.spec().containers()) {
        events.record(pod, "Normal", "Killing", "Stopping container " + c.name(), COMPONENT, pod.spec().nodeName());
      }
    }
    api.remove(key);
  }

  /**
   * A stopped kubelet does nothing; a kubelet that starts again picks up every pod of its node:
   * it finishes deletions, starts what waits, and reports running pods Ready again.
   */
  @Override
  public void kubeletChanged(String node, boolean running) {
    if (!running) {
      down.add(node);
      return;
    }
    down.remove(node);
    Instant now = clock.now();
    for (Pod pod : store.podsOnNode(node)) {
      String uid = pod.metadata().uid();
      starting.remove(uid);
      stopping.remove(uid);
      boolean runningContainers = pod.status().phase() == PodPhase.Running
          && pod.status().containerStatuses().stream().allMatch(ContainerStatus::started);
      if (!pod.metadata().isDeleting() && runningContainers && !pod.status().isReady()) {
        write(pod.withStatus(pod.status()
            .withCondition(new PodCondition(PodCondition.READY, ConditionStatus.True, now, null, null))
            .withCondition(new PodCondition(PodCondition.CONTAINERS_READY, ConditionStatus.True, now, null, null))));
      } else if (!runningContainers && pod.status().hostIP() != null && !pod.metadata().isDeleting()) {
        ObjectKey key = ObjectKey.of(pod);
        starting.add(uid);
        clock.schedule(START_DELAY, "start " + key, () -> start(key, uid));
      } else {
        onChange(new WatchEvent(WatchEvent.Type.MODIFIED, pod, pod));
      }
    }
  }

  private void write(Pod pod) {
    try {
      api.updateStatus(pod.withMetadata(pod.metadata().withResourceVersion(null)));
    } catch (ApiException e) {
      // The pod is gone: nothing left to report.
    }
  }

  private static String names(Pod pod) {
    return "[" + String.join(" ", pod.spec().containers().stream().map(Container::name).toList()) + "]";
  }

}
