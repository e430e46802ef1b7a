package dev.dslab.engine.replicaset;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.daemon.DaemonPods;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.log.ControllerLog;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.ControllerRefManager;
import dev.dslab.engine.runtime.ItemExponentialFailureRateLimiter;
import dev.dslab.engine.runtime.RateLimitingQueue;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): syncReplicaSet claims the
 * pods that match (adopting orphans, releasing owned pods that no longer match), creates or deletes
 * the difference to spec.replicas in manageReplicas — creates in slow-start batches of 1, 2, 4, …
 * at most burstReplicas per sync, deletes in {@link ActivePodsRanking}'s order — and writes the
 * status. The API is synchronous, so upstream's expectations are always met at the next sync.
 */
public final class ReplicaSetController implements Controller {
  public static final String COMPONENT = "replicaset-controller";

  /** BurstReplicas of the controller manager: at most this many creates or deletes per sync. */
  static final int BURST_REPLICAS = 500;

  private final ApiServer api;
  private final ObjectStore store;
  private final SimClock clock;
  private final EventRecorder events;
  private final ControllerLog log;
  private final RateLimitingQueue<ObjectKey> queue;

  public ReplicaSetController(
      ApiServer api, SimClock clock, EventRecorder events, ControllerLog log) {
    this.api = api;
    this.store = api.store();
    this.clock = clock;
    this.events = events;
    this.log = log;
    this.queue = new RateLimitingQueue<>(clock, ItemExponentialFailureRateLimiter.forControllers());
    store.watch(this::onChange);
  }

  // ------------------------------------------------------------------ triggers

  /** addRS/updateRS/deleteRS and addPod/updatePod/deletePod: the owner, or every matching RS. */
  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.REPLICA_SET) {
      queue.add(ObjectKey.of(e.object()));
    } else if (e.kind() == Kind.POD) {
      enqueueOwnerOrMatching(e.object());
      if (e.old() != null) {
        Optional<OwnerReference> old = e.old().metadata().controllerRef();
        if (old.isPresent() && !old.equals(e.object().metadata().controllerRef())) {
          enqueueRef(e.old(), old.get());
        }
      }
    }
  }

  private void enqueueOwnerOrMatching(KubeObject pod) {
    Optional<OwnerReference> ref = pod.metadata().controllerRef();
    if (ref.isPresent()) {
      enqueueRef(pod, ref.get());
      return;
    }
    for (ReplicaSet rs : store.<ReplicaSet>list(Kind.REPLICA_SET, pod.metadata().namespace())) {
      if (selects(rs, pod.metadata().labels())) {
        queue.add(ObjectKey.of(rs));
      }
    }
  }

  private void enqueueRef(KubeObject pod, OwnerReference ref) {
    if (ReplicaSet.KIND.equals(ref.kind())) {
      queue.add(new ObjectKey(Kind.REPLICA_SET, pod.metadata().namespace(), ref.name()));
    }
  }

  private static boolean selects(ReplicaSet rs, Map<String, String> labels) {
    LabelSelector s = rs.spec().selector();
    return s != null && !s.isEmpty() && s.matches(labels);
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  /** processNextWorkItem: a failed sync is logged and retried after the key's backoff. */
  @Override
  public void processNext() {
    ObjectKey key = queue.poll();
    if (key == null) {
      return;
    }
    List<String> errors;
    try {
      errors = sync(key);
    } catch (ApiException e) {
      errors = List.of(e.getMessage());
    }
    if (errors.isEmpty()) {
      queue.forget(key);
      return;
    }
    Duration delay = queue.addRateLimited(key);
    log.write(
        COMPONENT,
        key,
        "sync failed, retry in " + delay.toMillis() + "ms: " + String.join(", ", errors));
  }

  // ------------------------------------------------------------------ sync

  /** syncReplicaSet: the errors of manageReplicas; the status is written either way. */
  List<String> sync(ObjectKey key) throws ApiException {
    Optional<ReplicaSet> found = store.get(key);
    if (found.isEmpty()) {
      return List.of();
    }
    ReplicaSet rs = found.get();
    List<Pod> active = claimActivePods(rs);
    List<String> errors = new ArrayList<>();
    if (!rs.metadata().isDeleting()) {
      errors.addAll(manageReplicas(active, rs));
    }
    updateStatus(rs, errors.isEmpty());
    return errors;
  }

  /**
   * claimPods then FilterActivePods: owned pods that still match stay, owned pods that no longer
   * match are released, matching orphans are adopted; then those not terminated and not being
   * deleted.
   */
  private List<Pod> claimActivePods(ReplicaSet rs) throws ApiException {
    String uid = rs.metadata().uid();
    String namespace = rs.metadata().namespace();
    List<Pod> claimed = new ArrayList<>();
    for (Pod pod : store.podsControlledBy(uid)) {
      if (!namespace.equals(pod.metadata().namespace())) {
        continue;
      }
      if (selects(rs, pod.metadata().labels())) {
        claimed.add(pod);
      } else if (!rs.metadata().isDeleting()) {
        api.updateStatus(pod.withMetadata(ControllerRefManager.released(pod.metadata(), uid)));
      }
    }
    if (!rs.metadata().isDeleting()) {
      for (Pod pod : store.orphanPods(namespace)) {
        if (selects(rs, pod.metadata().labels()) && !pod.metadata().isDeleting()) {
          claimed.add(
              api.updateStatus(
                  pod.withMetadata(
                      ControllerRefManager.adopted(pod.metadata(), controllerRef(rs)))));
        }
      }
    }
    return claimed.stream().filter(ReplicaSetController::isActive).toList();
  }

  /** controller.IsPodActive. */
  static boolean isActive(Pod pod) {
    return !pod.isTerminal() && !pod.metadata().isDeleting();
  }

  static OwnerReference controllerRef(ReplicaSet rs) {
    return OwnerReference.controllerRef(
        ReplicaSet.API_VERSION, ReplicaSet.KIND, rs.metadata().name(), rs.metadata().uid());
  }

  /**
   * manageReplicas: create the missing pods in slow-start batches (a refused create stops the
   * batches; the rest waits for the next sync), or delete the surplus in deletion order.
   */
  private List<String> manageReplicas(List<Pod> active, ReplicaSet rs) {
    int diff = active.size() - rs.replicas();
    List<String> errors = new ArrayList<>();
    if (diff < 0) {
      int toCreate = Math.min(-diff, BURST_REPLICAS);
      int created = 0;
      int batch = Math.min(toCreate, 1);
      while (created < toCreate && errors.isEmpty()) {
        for (int i = 0; i < batch; i++) {
          try {
            Pod pod = api.create(newPod(rs));
            events.normal(
                rs, "SuccessfulCreate", "Created pod: " + pod.metadata().name(), COMPONENT);
          } catch (ApiException e) {
            events.warning(rs, "FailedCreate", "Error creating: " + e.getMessage(), COMPONENT);
            errors.add(e.getMessage());
          }
        }
        created += batch;
        batch = Math.min(2 * batch, toCreate - created);
      }
      if (-diff > BURST_REPLICAS) {
        queue.add(ObjectKey.of(rs));
      }
    } else if (diff > 0) {
      int toDelete = Math.min(diff, BURST_REPLICAS);
      List<Pod> victims =
          ActivePodsRanking.podsToDelete(active, relatedPods(rs), toDelete, clock.now());
      for (Pod pod : victims) {
        try {
          api.delete(
              Kind.POD, pod.metadata().namespace(), pod.metadata().name(), DeleteOptions.DEFAULT);
          events.normal(rs, "SuccessfulDelete", "Deleted pod: " + pod.metadata().name(), COMPONENT);
        } catch (ApiException e) {
          if (e.reason() != ApiException.Reason.NotFound) {
            events.warning(rs, "FailedDelete", "Error deleting: " + e.getMessage(), COMPONENT);
            errors.add(e.getMessage());
          }
        }
      }
      if (diff > BURST_REPLICAS) {
        queue.add(ObjectKey.of(rs));
      }
    }
    return errors;
  }

  /**
   * getIndirectlyRelatedPods: the active pods of every ReplicaSet with the same controller as this
   * one (a Deployment's old and new ReplicaSets), or this one's alone.
   */
  private List<Pod> relatedPods(ReplicaSet rs) {
    Optional<OwnerReference> owner = rs.metadata().controllerRef();
    List<ReplicaSet> siblings = new ArrayList<>();
    if (owner.isEmpty()) {
      siblings.add(rs);
    } else {
      for (ReplicaSet other : store.<ReplicaSet>list(Kind.REPLICA_SET, rs.metadata().namespace())) {
        Optional<OwnerReference> ref = other.metadata().controllerRef();
        if (ref.isPresent() && ref.get().uid().equals(owner.get().uid())) {
          siblings.add(other);
        }
      }
    }
    List<Pod> related = new ArrayList<>();
    for (ReplicaSet s : siblings) {
      for (Pod p : store.podsControlledBy(s.metadata().uid())) {
        if (isActive(p)) {
          related.add(p);
        }
      }
    }
    return related;
  }

  /**
   * controller.GetPodFromTemplate: the template's labels, annotations and spec, generateName {@code
   * <rs>-} (the API server adds five random characters) and a controller reference.
   */
  static Pod newPod(ReplicaSet rs) {
    PodTemplateSpec template = rs.spec().template();
    String prefix = rs.metadata().name() + "-";
    if (!LabelValues.isDnsSubdomain(prefix + "a")) {
      prefix = rs.metadata().name();
    }
    ObjectMeta meta =
        ObjectMeta.named(null)
            .withGenerateName(prefix)
            .withNamespace(rs.metadata().namespace())
            .withLabels(template.metadata().labels())
            .withAnnotations(template.metadata().annotations())
            .withOwnerReferences(List.of(controllerRef(rs)));
    return new Pod(meta, template.spec(), null);
  }

  // ------------------------------------------------------------------ status

  /**
   * calculateStatus and updateReplicaSetStatus: the counts of the active pods now, written when
   * they or the observed generation changed; a requeue after minReadySeconds while ready pods are
   * not yet available.
   */
  private void updateStatus(ReplicaSet rs, boolean managed) throws ApiException {
    ReplicaSet current = store.<ReplicaSet>get(ObjectKey.of(rs)).orElse(rs);
    List<Pod> active =
        store.podsControlledBy(current.metadata().uid()).stream()
            .filter(ReplicaSetController::isActive)
            .filter(p -> selects(current, p.metadata().labels()))
            .toList();
    ReplicaSetStatus status = calculateStatus(current, active);
    ReplicaSet latest = current;
    if (!status.equals(latest.status())) {
      latest =
          api.updateStatus(
              latest.withStatus(status).withMetadata(latest.metadata().withResourceVersion(null)));
    }
    int minReady = latest.spec().minReadySeconds();
    if (managed
        && minReady > 0
        && status.readyReplicas() == latest.replicas()
        && status.availableReplicas() != latest.replicas()) {
      queue.addAfter(ObjectKey.of(latest), Duration.ofSeconds(minReady), "minReadySeconds");
    }
  }

  /** calculateStatus: replicas, fully labeled, ready and available pods; the generation seen. */
  ReplicaSetStatus calculateStatus(ReplicaSet rs, List<Pod> active) {
    Map<String, String> templateLabels = rs.spec().template().metadata().labels();
    int fullyLabeled = 0;
    int ready = 0;
    int available = 0;
    for (Pod pod : active) {
      Map<String, String> labels = pod.metadata().labels();
      if (labels.entrySet().containsAll(templateLabels.entrySet())) {
        fullyLabeled++;
      }
      if (pod.status().isReady()) {
        ready++;
        if (DaemonPods.isAvailable(pod, rs.spec().minReadySeconds(), clock.now())) {
          available++;
        }
      }
    }
    return new ReplicaSetStatus(
        active.size(), fullyLabeled, ready, available, rs.metadata().generation());
  }
}
