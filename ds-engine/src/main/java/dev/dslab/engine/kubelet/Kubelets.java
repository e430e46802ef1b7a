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
import java.util.Map;
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

  /** exponentialbackoff.maxDurationBeforeRetry of the volume manager's operations. */
  static final Duration MAX_MOUNT_BACK_OFF = Duration.ofSeconds(122);

  /**
   * pod_workers.go's workerBackOffPeriod: a pod whose sync failed (a container's environment could
   * not be made) is synced again after 10 s (upstream adds up to 50 % jitter; the simulation does
   * not, so that runs repeat).
   */
  static final Duration POD_WORKER_BACK_OFF = Duration.ofSeconds(10);

  private final ApiServer api;
  private final ObjectStore store;
  private final SimClock clock;
  private final EventRecorder events;

  /**
   * Pods whose start or stop is already scheduled, by uid, so that repeated updates do not repeat
   * it.
   */
  private final Set<String> starting = new HashSet<>();

  private final Set<String> stopping = new HashSet<>();
  private final PodAddresses addresses;
  private final ImageBehaviours images;

  /** What the containers wrote: the lines of {@link ContainerLog} and the images' own. */
  private final ContainerLogs logs;

  /** The ConfigMaps and Secrets the pods of this kubelet read, from the store. */
  private final ConfigReferences.Objects configObjects;

  /** Nodes whose kubelet is stopped: their pods neither start nor finish terminating. */
  private final Set<String> down = new HashSet<>();

  public Kubelets(
      ApiServer api,
      SimClock clock,
      EventRecorder events,
      ImageBehaviours images,
      ContainerLogs logs) {
    this.images = images;
    this.logs = logs;
    this.api = api;
    this.store = api.store();
    this.clock = clock;
    this.events = events;
    this.addresses = new PodAddresses(store);
    this.configObjects = ConfigReferences.stored(store);
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
      logs.removePod(uid);
      return;
    }
    String nodeName = pod.spec().nodeName();
    if (nodeName == null || down.contains(nodeName)) {
      return;
    }
    if (pod.metadata().isDeleting()) {
      if (stopping.add(uid)) {
        ObjectKey key = ObjectKey.of(pod);
        clock.schedule(stopDelay(pod), "stop " + key, () -> stop(key, uid));
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
    if (found.isEmpty()
        || found.get().metadata().isDeleting()
        || down.contains(found.get().spec().nodeName())) {
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
      waiting.add(
          new ContainerStatus(
              c.name(),
              c.image(),
              false,
              0,
              false,
              new ContainerState.Waiting("ContainerCreating", null),
              null));
    }
    PodStatus status =
        pod.status()
            .withPhase(PodPhase.Pending)
            .withIps(hostIp, podIp)
            .withStartTime(now)
            .withContainerStatuses(waiting)
            .withCondition(
                new PodCondition(
                    "PodReadyToStartContainers", ConditionStatus.False, now, null, null))
            .withCondition(
                new PodCondition(PodCondition.INITIALIZED, ConditionStatus.True, now, null, null))
            .withCondition(
                new PodCondition(
                    PodCondition.READY,
                    ConditionStatus.False,
                    now,
                    "ContainersNotReady",
                    "containers with unready status: " + names(pod)))
            .withCondition(
                new PodCondition(
                    PodCondition.CONTAINERS_READY,
                    ConditionStatus.False,
                    now,
                    "ContainersNotReady",
                    "containers with unready status: " + names(pod)));
    write(pod.withStatus(status));
    mountVolumes(key, uid, 0);
  }

  /**
   * The volume manager's mount before the containers start (WaitForAttachAndMount): a ConfigMap or
   * Secret volume whose object is missing fails its SetUp, a FailedMount warning for each such
   * volume, and the reconciler tries again after its back-off (500 ms doubling up to 2m2s,
   * nestedpendingoperations); the pod stays ContainerCreating until every volume mounts.
   */
  private void mountVolumes(ObjectKey key, String uid, int attempt) {
    Optional<Pod> found = live(key, uid);
    if (found.isEmpty()) {
      starting.remove(uid);
      return;
    }
    Pod pod = found.get();
    Map<String, String> failures = ConfigReferences.mountFailures(pod, configObjects);
    if (failures.isEmpty()) {
      clock.schedule(startDelay(pod), "start " + key, () -> start(key, uid));
      return;
    }
    failures.forEach(
        (volume, error) ->
            events.record(
                pod,
                "Warning",
                "FailedMount",
                ConfigReferences.mountFailedMessage(volume, error),
                COMPONENT,
                pod.spec().nodeName()));
    clock.schedule(
        mountBackOff(attempt), "mount " + key, () -> mountVolumes(key, uid, attempt + 1));
  }

  /** exponentialbackoff: 500 ms doubling up to 2 min 2 s. */
  static Duration mountBackOff(int attempt) {
    long millis = 500L << Math.min(attempt, 8);
    return Duration.ofMillis(Math.min(millis, MAX_MOUNT_BACK_OFF.toMillis()));
  }

  private Duration startDelay(Pod pod) {
    return pod.spec().containers().stream()
        .map(c -> images.of(c.image()).start())
        .max(Duration::compareTo)
        .orElse(START_DELAY);
  }

  private Duration stopDelay(Pod pod) {
    return pod.spec().containers().stream()
        .map(c -> images.of(c.image()).stop())
        .max(Duration::compareTo)
        .orElse(TERMINATION_DELAY);
  }

  private void start(ObjectKey key, String uid) {
    Optional<Pod> found = live(key, uid);
    if (found.isEmpty()) {
      starting.remove(uid);
      return;
    }
    Pod pod = found.get();
    Instant now = clock.now();
    List<ContainerStatus> statuses = new ArrayList<>();
    for (Container c : pod.spec().containers()) {
      ImageBehaviour b = images.of(c.image());
      if (b.pullError()) {
        statuses.add(pullFailed(pod, c, 0));
      } else {
        statuses.add(startContainer(pod, c, now));
      }
    }
    write(withContainers(pod, statuses, now));
  }

  /** The pod with these container statuses, and the phase and readiness they make. */
  private static Pod withContainers(Pod pod, List<ContainerStatus> statuses, Instant now) {
    boolean allReady = statuses.stream().allMatch(ContainerStatus::ready);
    boolean anyStarted = statuses.stream().anyMatch(cs -> cs.started() || cs.restartCount() > 0);
    ConditionStatus ready = allReady ? ConditionStatus.True : ConditionStatus.False;
    String reason = allReady ? null : "ContainersNotReady";
    String message = allReady ? null : "containers with unready status: " + unready(statuses);
    PodStatus status =
        pod.status()
            .withPhase(anyStarted ? PodPhase.Running : PodPhase.Pending)
            .withContainerStatuses(statuses)
            .withCondition(
                new PodCondition(
                    "PodReadyToStartContainers", ConditionStatus.True, now, null, null));
    status = keepTransition(status, PodCondition.READY, ready, reason, message, now);
    status = keepTransition(status, PodCondition.CONTAINERS_READY, ready, reason, message, now);
    return pod.withStatus(status);
  }

  /** A condition's lastTransitionTime moves only when its status does. */
  private static PodStatus keepTransition(
      PodStatus status,
      String type,
      ConditionStatus value,
      String reason,
      String message,
      Instant now) {
    Instant since =
        status
            .condition(type)
            .filter(c -> c.status() == value)
            .map(PodCondition::lastTransitionTime)
            .orElse(now);
    return status.withCondition(new PodCondition(type, value, since, reason, message));
  }

  private static String unready(List<ContainerStatus> statuses) {
    return "["
        + String.join(
            " ", statuses.stream().filter(cs -> !cs.ready()).map(ContainerStatus::name).toList())
        + "]";
  }

  /** The Pulled event of an image the node has (pull policy IfNotPresent). */
  private void imagePresent(Pod pod, Container c) {
    events.record(
        pod,
        "Normal",
        "Pulled",
        "Container image \"" + c.image() + "\" already present on machine",
        COMPONENT,
        pod.spec().nodeName());
  }

  /** Starts a container: events, a running state, and its crash on the clock if the image fails. */
  private ContainerStatus run(
      Pod pod, Container c, int restarts, ContainerState last, Instant now) {
    ImageBehaviour b = images.of(c.image());
    String host = pod.spec().nodeName();
    imagePresent(pod, c);
    events.record(pod, "Normal", "Created", "Created container: " + c.name(), COMPONENT, host);
    events.record(pod, "Normal", "Started", "Started container " + c.name(), COMPONENT, host);
    ContainerLog.started(logs, pod, c, restarts, b, now);
    if (b.failAfter() != null) {
      ObjectKey key = ObjectKey.of(pod);
      String uid = pod.metadata().uid();
      clock.schedule(
          b.failAfter(),
          "crash " + key + " " + c.name(),
          whenLive(key, uid, p -> crash(p, c.name())));
    }
    return new ContainerStatus(
        c.name(),
        c.image(),
        !b.neverReady(),
        restarts,
        true,
        new ContainerState.Running(now),
        last);
  }

  /** ErrImagePull now; ImagePullBackOff a second later; the next pull after the back-off. */
  private ContainerStatus pullFailed(Pod pod, Container c, int attempt) {
    String host = pod.spec().nodeName();
    events.record(pod, "Normal", "Pulling", "Pulling image \"" + c.image() + "\"", COMPONENT, host);
    events.record(
        pod,
        "Warning",
        "Failed",
        "Failed to pull image \""
            + c.image()
            + "\": rpc error: code = NotFound"
            + " desc = failed to pull and unpack image \""
            + c.image()
            + "\": not found",
        COMPONENT,
        host);
    events.record(pod, "Warning", "Failed", "Error: ErrImagePull", COMPONENT, host);
    ObjectKey key = ObjectKey.of(pod);
    String uid = pod.metadata().uid();
    clock.schedule(
        Duration.ofSeconds(1),
        "pull back-off " + key,
        whenLive(key, uid, p -> pullBackOff(p, c.name(), attempt)));
    return new ContainerStatus(
        c.name(),
        c.image(),
        false,
        0,
        false,
        new ContainerState.Waiting(
            "ErrImagePull", "failed to pull and unpack image \"" + c.image() + "\": not found"),
        null);
  }

  private void pullBackOff(Pod pod, String container, int attempt) {
    ObjectKey key = ObjectKey.of(pod);
    String uid = pod.metadata().uid();
    Container c = container(pod, container);
    String host = pod.spec().nodeName();
    events.record(
        pod, "Normal", "BackOff", "Back-off pulling image \"" + c.image() + "\"", COMPONENT, host);
    events.record(pod, "Warning", "Failed", "Error: ImagePullBackOff", COMPONENT, host);
    replace(
        pod,
        new ContainerStatus(
            c.name(),
            c.image(),
            false,
            0,
            false,
            new ContainerState.Waiting(
                "ImagePullBackOff", "Back-off pulling image \"" + c.image() + "\""),
            null));
    clock.schedule(
        backOff(attempt + 1).minusSeconds(1),
        "pull " + key,
        whenLive(key, uid, p -> retryPull(p, container, attempt + 1)));
  }

  private void retryPull(Pod pod, String container, int attempt) {
    Container c = container(pod, container);
    replace(
        pod,
        images.of(c.image()).pullError()
            ? pullFailed(pod, c, attempt)
            : startContainer(pod, c, clock.now()));
  }

  /**
   * startContainer once the image is there: the container's config (generateContainerConfig) needs
   * its environment; when a ConfigMap, a Secret or a key it names is missing, the container waits
   * with CreateContainerConfigError and the pod is synced again after the pod worker's back-off.
   */
  private ContainerStatus startContainer(Pod pod, Container c, Instant now) {
    Optional<String> error =
        ConfigReferences.environmentError(c, pod.metadata().namespace(), configObjects);
    if (error.isEmpty()) {
      return run(pod, c, 0, null, now);
    }
    String host = pod.spec().nodeName();
    imagePresent(pod, c);
    events.record(pod, "Warning", "Failed", "Error: " + error.get(), COMPONENT, host);
    ObjectKey key = ObjectKey.of(pod);
    String uid = pod.metadata().uid();
    clock.schedule(
        POD_WORKER_BACK_OFF,
        "sync " + key + " " + c.name(),
        whenLive(
            key, uid, p -> replace(p, startContainer(p, container(p, c.name()), clock.now()))));
    return new ContainerStatus(
        c.name(),
        c.image(),
        false,
        0,
        false,
        new ContainerState.Waiting("CreateContainerConfigError", error.get()),
        null);
  }

  /** The container exits with an error; the kubelet restarts it after the crash-loop back-off. */
  private void crash(Pod pod, String container) {
    ObjectKey key = ObjectKey.of(pod);
    String uid = pod.metadata().uid();
    Container c = container(pod, container);
    ContainerStatus cs =
        pod.status().containerStatuses().stream()
            .filter(x -> x.name().equals(container))
            .findFirst()
            .orElse(null);
    if (cs == null
        || !(cs.state() instanceof ContainerState.Running running)
        || images.of(c.image()).failAfter() == null) {
      return;
    }
    Instant now = clock.now();
    int restarts = cs.restartCount() + 1;
    Duration wait = backOff(restarts);
    String podRef = pod.metadata().name() + "_" + pod.metadata().namespace() + "(" + uid + ")";
    events.record(
        pod,
        "Warning",
        "BackOff",
        "Back-off restarting failed container " + container + " in pod " + podRef,
        COMPONENT,
        pod.spec().nodeName());
    ContainerState last = new ContainerState.Terminated(1, "Error", running.startedAt(), now);
    ContainerLog.crashed(logs, pod, container, cs.restartCount(), running.startedAt(), now);
    replace(
        pod,
        new ContainerStatus(
            container,
            c.image(),
            false,
            restarts,
            false,
            new ContainerState.Waiting(
                "CrashLoopBackOff",
                "back-off "
                    + wait.getSeconds()
                    + "s restarting failed container="
                    + container
                    + " pod="
                    + podRef),
            last));
    clock.schedule(
        wait,
        "restart " + key + " " + container,
        whenLive(key, uid, p -> restart(p, container, restarts, last)));
  }

  private void restart(Pod pod, String container, int restarts, ContainerState last) {
    replace(pod, run(pod, container(pod, container), restarts, last, clock.now()));
  }

  /** The kubelet's back-off: 10 s doubling up to 5 min. */
  static Duration backOff(int attempt) {
    long seconds = 10L << Math.min(Math.max(attempt - 1, 0), 5);
    return Duration.ofSeconds(Math.min(seconds, 300));
  }

  private void replace(Pod pod, ContainerStatus updated) {
    List<ContainerStatus> statuses = new ArrayList<>(pod.status().containerStatuses());
    statuses.replaceAll(cs -> cs.name().equals(updated.name()) ? updated : cs);
    write(withContainers(pod, statuses, clock.now()));
  }

  private static Container container(Pod pod, String name) {
    return pod.spec().containers().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Work for later that happens only if the pod is still live then. */
  private Runnable whenLive(ObjectKey key, String uid, java.util.function.Consumer<Pod> action) {
    return () -> live(key, uid).ifPresent(action);
  }

  /** The pod, if it is still the same pod, not being deleted, on a node whose kubelet runs. */
  private Optional<Pod> live(ObjectKey key, String uid) {
    return current(key, uid)
        .filter(p -> !p.metadata().isDeleting() && !down.contains(p.spec().nodeName()));
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
    ContainerLog.stopped(logs, pod, clock.now());
    if (pod.status().phase() == PodPhase.Running) {
      for (Container c : pod.spec().containers()) {
        events.record(
            pod,
            "Normal",
            "Killing",
            "Stopping container " + c.name(),
            COMPONENT,
            pod.spec().nodeName());
      }
    }
    api.remove(key);
  }

  /**
   * A stopped kubelet does nothing; a kubelet that starts again picks up every pod of its node: it
   * finishes deletions, starts what waits, and reports running pods Ready again.
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
      boolean runningContainers =
          pod.status().phase() == PodPhase.Running
              && pod.status().containerStatuses().stream().allMatch(ContainerStatus::started);
      if (!pod.metadata().isDeleting() && runningContainers) {
        write(withContainers(pod, pod.status().containerStatuses(), now));
      } else if (!runningContainers
          && pod.status().hostIP() != null
          && !pod.metadata().isDeleting()) {
        starting.add(uid);
        mountVolumes(ObjectKey.of(pod), uid, 0);
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
    return "["
        + String.join(" ", pod.spec().containers().stream().map(Container::name).toList())
        + "]";
  }
}
