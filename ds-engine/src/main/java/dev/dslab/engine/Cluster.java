package dev.dslab.engine;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Identities;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.crd.DefinitionController;
import dev.dslab.engine.daemon.DaemonSetController;
import dev.dslab.engine.deployment.DeploymentController;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.gc.GarbageCollector;
import dev.dslab.engine.gc.PodGarbageCollector;
import dev.dslab.engine.kubelet.ContainerLogs;
import dev.dslab.engine.kubelet.ImageBehaviours;
import dev.dslab.engine.kubelet.Kubelets;
import dev.dslab.engine.kubelet.StaticPods;
import dev.dslab.engine.log.ControllerLog;
import dev.dslab.engine.log.ControllerLogEntry;
import dev.dslab.engine.namespace.NamespaceController;
import dev.dslab.engine.nodelifecycle.NodeLifecycleController;
import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.engine.replicaset.ReplicaSetController;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.scheduler.Scheduler;
import dev.dslab.engine.serviceaccount.ServiceAccountsController;
import dev.dslab.engine.tainteviction.TaintEvictionController;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A simulated cluster: the API server, the controllers that keep it (DaemonSet controller,
 * scheduler, kubelets, garbage collectors, the serviceaccounts and namespace controllers) and the
 * virtual clock they all run on.
 *
 * <p>Controllers react at the instant of a change: every request is followed by {@link
 * #reconcile()}, which runs the controllers (and any work due now) until nothing is left to do.
 * Time moves only through {@link #advance} and {@link #settle}. Nothing reads the wall clock; the
 * same seed and the same requests give the same cluster, byte for byte.
 */
public final class Cluster {
  /** When every simulated cluster's clock starts, unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  /** A guard against controllers that never come to rest: far above any real workload. */
  private static final long MAX_STEPS_PER_INSTANT = 50_000_000L;

  private final SimClock clock;
  private final ObjectStore store = new ObjectStore();
  private final ApiServer api;
  private final EventRecorder events;
  private final ControllerLog controllerLog;
  private final List<Controller> controllers;
  private final NodeLifecycleController nodeLifecycle;
  private final ImageBehaviours images = new ImageBehaviours();
  private final ContainerLogs logs = new ContainerLogs();
  private final StaticPods staticPods;
  private final long seed;

  /**
   * Where the work of the current instant stands, so that {@link #advanceWithin} can stop and go
   * on.
   */
  private enum Stage {
    IDLE,
    DUE_TASKS,
    RECONCILE
  }

  private Stage stage = Stage.IDLE;

  /** In DUE_TASKS: the instant whose tasks are running. */
  private Instant instant;

  /**
   * In RECONCILE: the controller being drained; controllers.size() means the clock's tasks due now.
   */
  private int position;

  /** In RECONCILE: whether anything ran in this pass over the controllers. */
  private boolean busy;

  private long steps;

  public Cluster(long seed) {
    this(seed, DEFAULT_START);
  }

  public Cluster(long seed, Instant start) {
    this.seed = seed;
    this.clock = new SimClock(start);
    this.api = new ApiServer(store, clock, new Identities(seed));
    this.events = new EventRecorder(api);
    this.controllerLog = new ControllerLog(clock);
    this.nodeLifecycle = new NodeLifecycleController(api, clock, events);
    this.staticPods = new StaticPods(api, clock);
    this.controllers =
        List.of(
            nodeLifecycle,
            new ServiceAccountsController(api),
            new DaemonSetController(api, clock, events, controllerLog),
            new DeploymentController(api, clock, events, controllerLog),
            new ReplicaSetController(api, clock, events, controllerLog),
            new TaintEvictionController(api, clock, events),
            new Scheduler(api, events),
            new GarbageCollector(api),
            new DefinitionController(api),
            new NamespaceController(api, clock),
            staticPods);
    nodeLifecycle.addKubeletListener(new Kubelets(api, clock, events, images, logs));
    nodeLifecycle.addKubeletListener(staticPods);
    new PodGarbageCollector(api, clock);
    bootstrap();
  }

  /**
   * What a fresh API server holds: the system namespaces, the {@code kubernetes} service and the
   * built-in PriorityClasses {@code system-node-critical} and {@code system-cluster-critical}.
   */
  private void bootstrap() {
    try {
      for (String ns : ApiServer.SYSTEM_NAMESPACES) {
        api.create(
            new Namespace(
                ObjectMeta.named(ns).withLabels(Map.of("kubernetes.io/metadata.name", ns)), null));
      }
      api.create(
          new Service(
              ObjectMeta.named("default", "kubernetes")
                  .withLabels(Map.of("component", "apiserver", "provider", "kubernetes")),
              new ServiceSpec(
                  "ClusterIP",
                  null,
                  List.of(new ServicePort("https", "TCP", 443, IntOrString.of(6443), 0)),
                  "10.96.0.1",
                  null)));
      for (PriorityClass.SystemClass c : PriorityClass.SYSTEM_CLASSES) {
        api.create(PriorityClass.object(c));
      }
    } catch (ApiException e) {
      throw new IllegalStateException("bootstrap objects are valid by construction", e);
    }
    reconcile();
  }

  /** The kubelets' static pods (the control plane's, in the presets). */
  public StaticPods staticPods() {
    return staticPods;
  }

  public long seed() {
    return seed;
  }

  public SimClock clock() {
    return clock;
  }

  public Instant now() {
    return clock.now();
  }

  public ApiServer api() {
    return api;
  }

  public ObjectStore store() {
    return store;
  }

  public EventRecorder events() {
    return events;
  }

  /**
   * What the controllers reported besides events — a sync that failed and is retried with backoff —
   * oldest first, at most {@link ControllerLog#CAPACITY} entries; a copy.
   */
  public List<ControllerLogEntry> controllerLog() {
    return controllerLog.entries();
  }

  /** All objects of a kind, in the API's order; {@code namespace} null for every namespace. */
  public <T extends KubeObject> List<T> list(Kind kind, String namespace) {
    if (kind == Kind.EVENT) {
      events.purgeExpired();
    }
    return store.list(kind, namespace);
  }

  /**
   * Runs the controllers, and whatever falls due at the current instant, until nothing is left
   * (first finishing an instant that {@link #advanceWithin} left unfinished).
   *
   * @throws IllegalStateException if the controllers never come to rest (a bug, never an input
   *     error)
   */
  public void reconcile() {
    advanceTo(clock.now());
  }

  /** Moves the clock forward by {@code duration}, doing everything that falls due on the way. */
  public void advance(Duration duration) {
    advanceTo(clock.now().plus(duration));
  }

  public void advanceTo(Instant target) {
    advanceWithin(target, () -> false);
  }

  /**
   * Like {@link #advanceTo}, one unit of work at a time (a controller's work item, a timed task),
   * asking {@code stop} after each whether to leave the rest for a later call. A later call goes on
   * exactly where this one stopped, so the cluster goes through the same states in the same order
   * however the work is cut: the answer of {@code stop} (the desktop reads its frame budget off the
   * wall clock) decides only how far one call gets, never what happens. At least one unit runs.
   *
   * <p>Between two calls the cluster may stand in the middle of an instant; {@link #reconcile()}
   * finishes it, and callers do so before they send requests of their own, so that requests land on
   * whole instants as they do in an uninterrupted run.
   *
   * @return whether {@code target} was reached
   */
  public boolean advanceWithin(Instant target, BooleanSupplier stop) {
    while (true) {
      if (!workOnce(target)) {
        clock.moveTo(target);
        return true;
      }
      if (stop.getAsBoolean()) {
        return false;
      }
    }
  }

  /**
   * Whether the current instant is not finished: requests were written and the controllers have not
   * reacted yet, or {@link #advanceWithin} stopped part-way.
   */
  public boolean midInstant() {
    return stage != Stage.IDLE || hasWorkNow();
  }

  /**
   * One unit of the loop that {@code advanceTo} used to be: reconcile; then, for every instant due
   * up to {@code target}, run all its tasks, then reconcile. A reconcile runs every controller
   * until its queue is empty, in order, then the tasks due now, and starts over while anything ran.
   *
   * @return false when nothing is left to do up to {@code target}
   */
  private boolean workOnce(Instant target) {
    while (true) {
      switch (stage) {
        case IDLE -> {
          if (hasWorkNow()) {
            startReconcile();
          } else {
            Instant due = clock.nextDue();
            if (due == null || due.isAfter(target)) {
              return false;
            }
            // Everything due at one instant runs before the controllers look: they see one settled
            // moment.
            instant = due;
            stage = Stage.DUE_TASKS;
          }
        }
        case DUE_TASKS -> {
          if (clock.runNext(instant)) {
            return true;
          }
          startReconcile();
        }
        case RECONCILE -> {
          if (position < controllers.size()) {
            Controller c = controllers.get(position);
            if (c.hasWork()) {
              c.processNext();
              busy = true;
              countStep();
              return true;
            }
            position++;
          } else if (clock.runNext(clock.now())) {
            busy = true;
            countStep();
            return true;
          } else if (busy) {
            busy = false;
            position = 0;
          } else {
            stage = Stage.IDLE;
          }
        }
      }
    }
  }

  private boolean hasWorkNow() {
    for (Controller c : controllers) {
      if (c.hasWork()) {
        return true;
      }
    }
    Instant due = clock.nextDue();
    return due != null && !due.isAfter(clock.now());
  }

  private void startReconcile() {
    stage = Stage.RECONCILE;
    position = 0;
    busy = false;
    steps = 0;
  }

  private void countStep() {
    if (++steps > MAX_STEPS_PER_INSTANT) {
      throw new IllegalStateException("controllers did not settle at " + clock.now());
    }
  }

  /**
   * Advances until nothing is scheduled any more, or to {@code max} from now if work is still
   * pending then.
   *
   * @return the time reached
   */
  public Instant settle(Duration max) {
    Instant limit = clock.now().plus(max);
    reconcile();
    Instant due;
    while ((due = clock.nextDue()) != null && !due.isAfter(limit)) {
      advanceTo(due);
    }
    if (clock.nextDue() != null) {
      // Work is still pending past the limit: the clock goes as far as it was allowed to.
      advanceTo(limit);
    }
    return clock.now();
  }

  /**
   * {@code sim node down}: the node's kubelet stops reporting; the node-lifecycle consequences
   * follow on the clock.
   *
   * @throws ApiException NotFound for an unknown node
   */
  public void nodeDown(String name) throws ApiException {
    nodesDown(List.of(name));
  }

  /** {@code sim node up}: the node's kubelet reports again. */
  public void nodeUp(String name) throws ApiException {
    nodesUp(List.of(name));
  }

  /**
   * Several kubelets stop at the same instant. All names are checked first: an unknown one changes
   * nothing.
   */
  public void nodesDown(List<String> names) throws ApiException {
    requireNodes(names);
    for (String name : names) {
      nodeLifecycle.kubeletDown(name);
    }
    reconcile();
  }

  /** Several kubelets report again at the same instant; an unknown name changes nothing. */
  public void nodesUp(List<String> names) throws ApiException {
    requireNodes(names);
    for (String name : names) {
      nodeLifecycle.kubeletUp(name);
    }
    reconcile();
  }

  private void requireNodes(List<String> names) throws ApiException {
    for (String name : names) {
      if (store.get(Kind.NODE, null, name).isEmpty()) {
        throw ApiException.notFound(Kind.NODE, name);
      }
    }
  }

  /** How containers of each image behave ({@code sim image}); changes apply from now on. */
  public ImageBehaviours images() {
    return images;
  }

  /** What every container wrote to its log ({@code kubectl logs}). */
  public ContainerLogs logs() {
    return logs;
  }

  /** Whether the node's kubelet is reporting. */
  public boolean kubeletRunning(String name) {
    return nodeLifecycle.kubeletRunning(name);
  }

  /** Whether nothing is left to do, now or later. */
  public boolean isSettled() {
    return stage == Stage.IDLE && !hasWorkNow() && clock.nextDue() == null;
  }
}
