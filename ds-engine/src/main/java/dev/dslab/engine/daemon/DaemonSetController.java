package dev.dslab.engine.daemon;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.log.ControllerLog;
import dev.dslab.engine.placement.Eligibility;
import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.engine.placement.NodeEligibility;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.ItemExponentialFailureRateLimiter;
import dev.dslab.engine.runtime.RateLimitingQueue;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.OwnerReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DaemonSet controller (pkg/controller/daemon): one sync per queued DaemonSet, in upstream's
 * order — history, manage, rolling update, history cleanup, status. The revisions are kept by
 * {@link RevisionHistory}; what to create and delete is decided by {@link ManagePlanner} and {@link
 * RollingUpdatePlanner}. The API is synchronous, so the expectations upstream keeps are always met
 * and each step sees the previous one's effects. A failed sync is written to the {@link
 * ControllerLog} and retried with the workqueue's backoff.
 */
public final class DaemonSetController implements Controller {
  public static final String COMPONENT = "daemonset-controller";

  /** burstReplicas: at most this many creates and deletes per sync; the rest waits for the next. */
  static final int BURST_REPLICAS = 250;

  /**
   * controller.SlowStartInitialBatchSize: creates go in batches of 1, 2, 4, ... until one is
   * refused.
   */
  static final int SLOW_START_INITIAL_BATCH_SIZE = 1;

  private final ApiServer api;
  private final ObjectStore store;
  private final SimClock clock;
  private final EventRecorder events;
  private final ControllerLog log;
  private final RevisionHistory history;
  private final RateLimitingQueue<ObjectKey> queue;
  private final FailedPodBackoff backoff = new FailedPodBackoff();
  private final Map<ObjectKey, EligibilityCache> eligibilityCache = new HashMap<>();

  public DaemonSetController(
      ApiServer api, SimClock clock, EventRecorder events, ControllerLog log) {
    this.api = api;
    this.store = api.store();
    this.clock = clock;
    this.events = events;
    this.log = log;
    this.history = new RevisionHistory(api);
    this.queue = new RateLimitingQueue<>(clock, ItemExponentialFailureRateLimiter.forControllers());
    store.watch(this::onChange);
  }

  // ------------------------------------------------------------------ triggers

  private void onChange(WatchEvent e) {
    KubeObject o = e.object();
    Kind kind = e.kind();
    if (kind == Kind.DAEMON_SET) {
      queue.add(ObjectKey.of(o));
    } else if (kind == Kind.NODE) {
      onNodeChange(e);
    } else if (kind == Kind.POD || kind == Kind.CONTROLLER_REVISION) {
      enqueueOwnerOrMatching(o, e.old());
    }
    // other kinds do not concern DaemonSets
  }

  /** updateNode: only label or taint changes matter (node conditions no longer do). */
  private void onNodeChange(WatchEvent e) {
    if (e.type() == WatchEvent.Type.MODIFIED) {
      Node old = (Node) e.old();
      Node now = (Node) e.object();
      if (old.metadata().labels().equals(now.metadata().labels())
          && old.spec().taints().equals(now.spec().taints())) {
        return;
      }
    }
    if (e.type() == WatchEvent.Type.DELETED) {
      // Upstream has no node-delete handler; the next sync of any trigger notices.
      return;
    }
    for (DaemonSet ds : store.<DaemonSet>list(Kind.DAEMON_SET, null)) {
      queue.add(ObjectKey.of(ds));
    }
  }

  private void enqueueOwnerOrMatching(KubeObject o, KubeObject old) {
    Optional<OwnerReference> ref = o.metadata().controllerRef();
    if (ref.isPresent()) {
      if (DaemonSet.KIND.equals(ref.get().kind())) {
        queue.add(new ObjectKey(Kind.DAEMON_SET, o.metadata().namespace(), ref.get().name()));
      }
    } else {
      for (DaemonSet ds : store.<DaemonSet>list(Kind.DAEMON_SET, o.metadata().namespace())) {
        if (ds.spec().selector() != null && ds.spec().selector().matches(o.metadata().labels())) {
          queue.add(ObjectKey.of(ds));
        }
      }
    }
    if (old != null) {
      Optional<OwnerReference> oldRef = old.metadata().controllerRef();
      if (oldRef.isPresent() && !oldRef.equals(ref) && DaemonSet.KIND.equals(oldRef.get().kind())) {
        queue.add(new ObjectKey(Kind.DAEMON_SET, old.metadata().namespace(), oldRef.get().name()));
      }
    }
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  /**
   * processNextWorkItem: a sync that succeeds resets the key's backoff; one that fails is logged
   * (utilruntime.HandleError) and requeued after the key's backoff (AddRateLimited). Only the
   * expected failures get there — the API server's refusals and the planners' reasons to retry
   * later; any other exception is a bug and propagates.
   */
  @Override
  public void processNext() {
    ObjectKey key = queue.poll();
    if (key == null) {
      return;
    }
    SyncResult result;
    try {
      result = sync(key);
    } catch (ApiException e) {
      // A write refused (a conflict, an object gone meanwhile): the world moved, the next sync sees
      // it.
      result = SyncResult.failed(e.getMessage());
    }
    if (result.succeeded()) {
      queue.forget(key);
      return;
    }
    Duration delay = queue.addRateLimited(key);
    log.write(
        COMPONENT, key, "sync failed, retry in " + delay.toMillis() + "ms: " + result.message());
  }

  // ------------------------------------------------------------------ sync

  /**
   * syncDaemonSet. Returns a failure for what upstream returns as an error without throwing it; an
   * ApiException thrown is a refused request that no step here had to handle.
   */
  SyncResult sync(ObjectKey key) throws ApiException {
    Optional<DaemonSet> found = store.get(key);
    if (found.isEmpty()) {
      eligibilityCache.remove(key);
      return SyncResult.DONE;
    }
    DaemonSet ds = found.get();
    List<Node> nodes = store.list(Kind.NODE, null);
    if (ds.spec().selector() != null && ds.spec().selector().isEmpty()) {
      events.warning(
          ds,
          "SelectingAll",
          "This daemon set is selecting all pods. A non-empty selector is required.",
          COMPONENT);
      return SyncResult.DONE;
    }
    if (ds.metadata().isDeleting()) {
      return SyncResult.DONE;
    }
    Revisions revisions;
    try {
      revisions = history.construct(ds);
    } catch (ApiException e) {
      return SyncResult.failed("failed to construct revisions of DaemonSet: " + e.getMessage());
    }
    ds = revisions.ds();
    String hash = revisions.hash();

    Map<String, Eligibility> eligibility = eligibility(ds, nodes);
    SyncSnapshot snapshot = snapshot(ds, hash, nodes, eligibility);
    boolean surge = RollingUpdatePlanner.allowsSurge(ds);
    NodePlan managed = ManagePlanner.plan(snapshot, surge, backoff);
    for (NodePlan.PlannedEvent e : managed.events()) {
      events.record(ds, e.type(), e.reason(), e.message(), COMPONENT, null);
    }
    SyncResult manage = syncNodes(ds, managed, hash);
    if (managed.requeueAfter() != null) {
      queue.addAfter(ObjectKey.of(ds), managed.requeueAfter(), "backoff");
    }
    if (!manage.succeeded()) {
      return withStatus(manage, ds, hash, nodes, eligibility);
    }

    boolean changed = !managed.isEmpty();
    if (ds.spec().updateStrategy() != null && ds.spec().updateStrategy().isRollingUpdate()) {
      if (changed) {
        snapshot = snapshot(ds, hash, nodes, eligibility);
      }
      RollingUpdateDecision decision =
          RollingUpdatePlanner.plan(snapshot, snapshot.rollingEntries(), snapshot.desired());
      if (decision instanceof RollingUpdateDecision.RetryLater later) {
        return withStatus(SyncResult.failed(later.reason()), ds, hash, nodes, eligibility);
      }
      NodePlan rolling = ((RollingUpdateDecision.Proceed) decision).plan();
      SyncResult rolled = syncNodes(ds, rolling, hash);
      if (!rolled.succeeded()) {
        return withStatus(rolled, ds, hash, nodes, eligibility);
      }
      changed |= !rolling.isEmpty();
    }
    try {
      history.cleanUp(ds, revisions);
    } catch (ApiException e) {
      return SyncResult.failed("failed to clean up revisions of DaemonSet: " + e.getMessage());
    }
    // Nothing created or deleted: what this sync saw is what the status is computed from.
    updateStatus(ds, hash, nodes, eligibility, changed ? null : snapshot);
    return SyncResult.DONE;
  }

  /**
   * Each node's eligibility, in node order. It is a pure function of the template and the node, so
   * the answers of the last sync are kept per DaemonSet and reused for every node object that has
   * not been replaced since (most syncs of a rollout see the same 5,000 nodes again).
   */
  private Map<String, Eligibility> eligibility(DaemonSet ds, List<Node> nodes) {
    PodSpec template = ds.spec().template().spec();
    EligibilityCache cache = eligibilityCache.get(ObjectKey.of(ds));
    if (cache == null || (cache.template() != template && !cache.template().equals(template))) {
      cache =
          new EligibilityCache(template, NodeEligibility.tolerations(template), new HashMap<>());
      eligibilityCache.put(ObjectKey.of(ds), cache);
    }
    Map<String, Eligibility> eligibility = new LinkedHashMap<>(nodes.size() * 2);
    Map<String, EligibilityCache.Answer> fresh = new HashMap<>(nodes.size() * 2);
    for (Node node : nodes) {
      String name = node.metadata().name();
      EligibilityCache.Answer answer = cache.answers().get(name);
      if (answer == null || answer.node() != node) {
        answer =
            new EligibilityCache.Answer(
                node, NodeEligibility.evaluate(template, cache.tolerations(), node));
      }
      fresh.put(name, answer);
      eligibility.put(name, answer.eligibility());
    }
    eligibilityCache.put(
        ObjectKey.of(ds), new EligibilityCache(template, cache.tolerations(), fresh));
    return eligibility;
  }

  /**
   * The last sync's answers for one DaemonSet's template, by node name, with the node object they
   * were for.
   */
  private record EligibilityCache(
      PodSpec template, List<Toleration> tolerations, Map<String, Answer> answers) {
    record Answer(Node node, Eligibility eligibility) {}
  }

  private SyncSnapshot snapshot(
      DaemonSet ds, String hash, List<Node> nodes, Map<String, Eligibility> eligibility)
      throws ApiException {
    List<Pod> claimed = claimPods(ds);
    Map<String, List<Pod>> byNode = new HashMap<>(claimed.size() * 2);
    for (Pod pod : claimed) {
      if (pod.isTerminal() && pod.metadata().isDeleting()) {
        continue;
      }
      Optional<String> target = NodeAffinityMatcher.targetNodeName(pod.spec());
      if (target.isPresent()) {
        byNode.computeIfAbsent(target.get(), x -> new ArrayList<>(1)).add(pod);
      }
    }
    return new SyncSnapshot(ds, hash, nodes, eligibility, byNode, clock.now());
  }

  /**
   * ClaimPods: owned pods that still match stay; owned pods that no longer match are released;
   * matching orphans that are not being deleted are adopted.
   */
  private List<Pod> claimPods(DaemonSet ds) throws ApiException {
    List<Pod> claimed = new ArrayList<>();
    String uid = ds.metadata().uid();
    String namespace = ds.metadata().namespace();
    for (Pod pod : store.podsControlledBy(uid)) {
      if (!namespace.equals(pod.metadata().namespace())) {
        continue;
      }
      if (ds.spec().selector().matches(pod.metadata().labels())) {
        claimed.add(pod);
      } else {
        api.updateStatus(
            pod.withMetadata(
                pod.metadata()
                    .withOwnerReferences(
                        pod.metadata().ownerReferences().stream()
                            .filter(r -> !uid.equals(r.uid()))
                            .toList())
                    .withResourceVersion(null)));
      }
    }
    for (Pod pod : store.orphanPods(namespace)) {
      if (ds.spec().selector().matches(pod.metadata().labels()) && !pod.metadata().isDeleting()) {
        claimed.add(api.updateStatus(pod.withMetadata(ControllerRefs.adopt(pod.metadata(), ds))));
      }
    }
    return claimed;
  }

  /**
   * syncNodes: creates first, then deletes, each at most burstReplicas per sync. Creates go in
   * slow-start batches (1, 2, 4, ...): after a batch with a refused create the rest waits for the
   * next sync. A refused create or delete is a FailedCreate or FailedDelete warning on the
   * DaemonSet (podControl's events) and an error of the sync; a pod already gone is neither, nor is
   * a create refused because the namespace is terminating.
   */
  private SyncResult syncNodes(DaemonSet ds, NodePlan plan, String hash) {
    List<String> creates = plan.nodesNeedingPods();
    List<Pod> deletes = plan.podsToDelete();
    boolean more = creates.size() > BURST_REPLICAS || deletes.size() > BURST_REPLICAS;
    List<String> errors = new ArrayList<>();
    int createDiff = Math.min(creates.size(), BURST_REPLICAS);
    int pos = 0;
    int batch = Math.min(createDiff, SLOW_START_INITIAL_BATCH_SIZE);
    while (pos < createDiff && errors.isEmpty()) {
      for (String node : creates.subList(pos, pos + batch)) {
        try {
          Pod created = api.create(DaemonPods.newPod(ds, hash, node));
          events.normal(
              ds, "SuccessfulCreate", "Created pod: " + created.metadata().name(), COMPONENT);
        } catch (ApiException e) {
          if (e.hasCause(ApiException.NAMESPACE_TERMINATING_CAUSE)) {
            // RealPodControl.createPods sends no event, and syncNodes returns no error: the
            // namespace is being torn down, every later create would fail alike.
            continue;
          }
          events.warning(ds, "FailedCreate", "Error creating: " + e.getMessage(), COMPONENT);
          errors.add(e.getMessage());
        }
      }
      pos += batch;
      batch = Math.min(2 * batch, createDiff - pos);
    }
    for (Pod pod : deletes.subList(0, Math.min(deletes.size(), BURST_REPLICAS))) {
      try {
        api.delete(
            Kind.POD, pod.metadata().namespace(), pod.metadata().name(), DeleteOptions.DEFAULT);
        events.normal(ds, "SuccessfulDelete", "Deleted pod: " + pod.metadata().name(), COMPONENT);
      } catch (ApiException e) {
        if (e.reason() != ApiException.Reason.NotFound) {
          events.warning(ds, "FailedDelete", "Error deleting: " + e.getMessage(), COMPONENT);
          errors.add("unable to delete pods: " + e.getMessage());
        }
      }
    }
    if (more) {
      queue.add(ObjectKey.of(ds));
    }
    return new SyncResult(errors);
  }

  // ------------------------------------------------------------------ status

  /**
   * syncDaemonSet writes the status whether or not updateDaemonSet failed (a DaemonSet whose pods
   * are refused shows DESIRED 2, CURRENT 0); the sync's own error is the one returned.
   */
  private SyncResult withStatus(
      SyncResult failed,
      DaemonSet ds,
      String hash,
      List<Node> nodes,
      Map<String, Eligibility> eligibility) {
    try {
      updateStatus(ds, hash, nodes, eligibility, null);
    } catch (ApiException e) {
      // The error of the sync is the one to report.
    }
    return failed;
  }

  /**
   * updateDaemonSetStatus: recompute from what is there now, write only when something changed, and
   * come back after minReadySeconds while ready pods are not yet available.
   */
  private void updateStatus(
      DaemonSet ds,
      String hash,
      List<Node> nodes,
      Map<String, Eligibility> eligibility,
      SyncSnapshot seen)
      throws ApiException {
    DaemonSet latest = store.<DaemonSet>get(ObjectKey.of(ds)).orElse(ds);
    SyncSnapshot s = seen != null ? seen : snapshot(latest, hash, nodes, eligibility);
    DaemonSetStatus computed =
        StatusCalculator.compute(latest, nodes, s.eligibility(), s.podsByNode(), hash, clock.now())
            .withObservedGeneration(latest.metadata().generation());
    DaemonSetStatus current = latest.status();
    if (!computed.sameCounts(current)
        || current.observedGeneration() < latest.metadata().generation()) {
      api.updateStatus(
          latest.withStatus(computed).withMetadata(latest.metadata().withResourceVersion(null)));
    }
    int minReady = latest.spec().minReadySeconds();
    if (minReady > 0 && computed.numberReady() != computed.numberAvailable()) {
      queue.addAfter(ObjectKey.of(latest), Duration.ofSeconds(minReady), "minReadySeconds");
    }
  }
}
