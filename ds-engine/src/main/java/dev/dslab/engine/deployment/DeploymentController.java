package dev.dslab.engine.deployment;

import static dev.dslab.engine.deployment.DeploymentRules.condition;
import static dev.dslab.engine.deployment.DeploymentRules.setCondition;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.daemon.TemplateHash;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.log.ControllerLog;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.ControllerRefManager;
import dev.dslab.engine.runtime.ItemExponentialFailureRateLimiter;
import dev.dslab.engine.runtime.RateLimitingQueue;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentCondition;
import dev.dslab.model.apps.DeploymentStatus;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetSpec;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Deployment controller (pkg/controller/deployment): syncDeployment claims the ReplicaSets,
 * then — paused or scaling: sync (proportional scaling); otherwise rolloutRecreate or
 * rolloutRolling (rolling.go, recreate.go) — and writes the status with its Available and
 * Progressing conditions (progress.go). The new ReplicaSet is {@code <deploy>-<pod-template-hash>},
 * revisions and replica annotations follow sync.go, and old ReplicaSets beyond revisionHistoryLimit
 * are deleted once the rollout is complete.
 */
public final class DeploymentController implements Controller {
  public static final String COMPONENT = "deployment-controller";

  private static final Set<String> SKIP_COPY_ANNOTATIONS =
      Set.of(
          "kubectl.kubernetes.io/last-applied-configuration",
          Deployment.REVISION_ANNOTATION,
          DeploymentRules.REVISION_HISTORY_ANNOTATION,
          Deployment.DESIRED_REPLICAS_ANNOTATION,
          Deployment.MAX_REPLICAS_ANNOTATION,
          "deprecated.deployment.rollback.to");

  /** maxRevHistoryLengthInChars of the controller manager's defaults. */
  private static final int MAX_REV_HISTORY_LENGTH = 2000;

  private final ApiServer api;
  private final ObjectStore store;
  private final SimClock clock;
  private final EventRecorder events;
  private final ControllerLog log;
  private final RateLimitingQueue<ObjectKey> queue;

  public DeploymentController(
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

  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.DEPLOYMENT) {
      queue.add(ObjectKey.of(e.object()));
    } else if (e.kind() == Kind.REPLICA_SET) {
      onReplicaSet(e.object());
      if (e.old() != null) {
        Optional<OwnerReference> old = e.old().metadata().controllerRef();
        if (old.isPresent() && !old.equals(e.object().metadata().controllerRef())) {
          enqueueRef(e.old(), old.get());
        }
      }
    } else if (e.kind() == Kind.POD && e.type() == WatchEvent.Type.DELETED) {
      onPodDeleted((Pod) e.object());
    }
  }

  /** addReplicaSet/updateReplicaSet: the owning Deployment, or every Deployment that matches. */
  private void onReplicaSet(KubeObject rs) {
    Optional<OwnerReference> ref = rs.metadata().controllerRef();
    if (ref.isPresent()) {
      enqueueRef(rs, ref.get());
      return;
    }
    for (Deployment d : store.<Deployment>list(Kind.DEPLOYMENT, rs.metadata().namespace())) {
      if (selects(d, rs.metadata().labels())) {
        queue.add(ObjectKey.of(d));
      }
    }
  }

  private void enqueueRef(KubeObject o, OwnerReference ref) {
    if (Deployment.KIND.equals(ref.kind())) {
      queue.add(new ObjectKey(Kind.DEPLOYMENT, o.metadata().namespace(), ref.name()));
    }
  }

  /**
   * deletePod: a Recreate Deployment waits for its old pods to be gone, so the last one's deletion
   * wakes it.
   */
  private void onPodDeleted(Pod pod) {
    Optional<OwnerReference> rsRef = pod.metadata().controllerRef();
    if (rsRef.isEmpty() || !ReplicaSet.KIND.equals(rsRef.get().kind())) {
      return;
    }
    store
        .<ReplicaSet>get(Kind.REPLICA_SET, pod.metadata().namespace(), rsRef.get().name())
        .flatMap(rs -> rs.metadata().controllerRef())
        .filter(ref -> Deployment.KIND.equals(ref.kind()))
        .flatMap(
            ref -> store.<Deployment>get(Kind.DEPLOYMENT, pod.metadata().namespace(), ref.name()))
        .filter(d -> d.spec().strategy() != null && d.spec().strategy().isRecreate())
        .ifPresent(d -> queue.add(ObjectKey.of(d)));
  }

  private static boolean selects(Deployment d, Map<String, String> labels) {
    LabelSelector s = d.spec().selector();
    return s != null && !s.isEmpty() && s.matches(labels);
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  @Override
  public void processNext() {
    ObjectKey key = queue.poll();
    if (key == null) {
      return;
    }
    try {
      sync(key);
      queue.forget(key);
    } catch (ApiException e) {
      Duration delay = queue.addRateLimited(key);
      log.write(
          COMPONENT, key, "sync failed, retry in " + delay.toMillis() + "ms: " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------ sync

  /** syncDeployment. */
  void sync(ObjectKey key) throws ApiException {
    Optional<Deployment> found = store.get(key);
    if (found.isEmpty()) {
      return;
    }
    Deployment d = found.get();
    if (d.spec().selector() == null || d.spec().selector().isEmpty()) {
      events.warning(
          d,
          "SelectingAll",
          "This deployment is selecting all pods. A non-empty selector is required.",
          COMPONENT);
      if (d.status().observedGeneration() < d.metadata().generation()) {
        DeploymentStatus s = d.status();
        writeStatus(
            d,
            new DeploymentStatus(
                d.metadata().generation(),
                s.replicas(),
                s.updatedReplicas(),
                s.readyReplicas(),
                s.availableReplicas(),
                s.unavailableReplicas(),
                s.conditions(),
                s.collisionCount()));
      }
      return;
    }
    List<ReplicaSet> rsList = claimReplicaSets(d);
    if (d.metadata().isDeleting()) {
      syncStatusOnly(d, rsList);
      return;
    }
    d = checkPausedConditions(d);
    if (d.spec().paused() || isScalingEvent(d, rsList)) {
      syncScale(d, rsList);
      return;
    }
    if (d.spec().strategy().isRecreate()) {
      rolloutRecreate(d, rsList);
    } else {
      rolloutRolling(d, rsList);
    }
  }

  /**
   * ClaimReplicaSets: owned ones that match stay, others are released, matching orphans adopted.
   */
  private List<ReplicaSet> claimReplicaSets(Deployment d) throws ApiException {
    String uid = d.metadata().uid();
    List<ReplicaSet> claimed = new ArrayList<>();
    for (ReplicaSet rs : store.<ReplicaSet>list(Kind.REPLICA_SET, d.metadata().namespace())) {
      Optional<OwnerReference> ref = rs.metadata().controllerRef();
      boolean matches = selects(d, rs.metadata().labels());
      if (ref.isPresent() && uid.equals(ref.get().uid())) {
        if (matches) {
          claimed.add(rs);
        } else if (!d.metadata().isDeleting()) {
          api.updateStatus(rs.withMetadata(ControllerRefManager.released(rs.metadata(), uid)));
        }
      } else if (ref.isEmpty()
          && matches
          && !rs.metadata().isDeleting()
          && !d.metadata().isDeleting()) {
        claimed.add(
            api.updateStatus(
                rs.withMetadata(ControllerRefManager.adopted(rs.metadata(), controllerRef(d)))));
      }
    }
    return claimed;
  }

  private static OwnerReference controllerRef(Deployment d) {
    return OwnerReference.controllerRef(
        Deployment.API_VERSION, Deployment.KIND, d.metadata().name(), d.metadata().uid());
  }

  /** The new ReplicaSet (null if none) and the old ones, as getAllReplicaSetsAndSyncRevision. */
  private record Sets(ReplicaSet newRS, List<ReplicaSet> old, Deployment d) {
    List<ReplicaSet> all() {
      List<ReplicaSet> all = new ArrayList<>(old);
      if (newRS != null) {
        all.add(newRS);
      }
      return all;
    }
  }

  /** FindNewReplicaSet: the oldest ReplicaSet whose template equals the Deployment's. */
  private static ReplicaSet findNew(Deployment d, List<ReplicaSet> rsList) {
    List<ReplicaSet> sorted = new ArrayList<>(rsList);
    sorted.sort(DeploymentRules.OLDEST_FIRST);
    for (ReplicaSet rs : sorted) {
      if (DeploymentRules.equalIgnoreHash(rs.spec().template(), d.spec().template())) {
        return rs;
      }
    }
    return null;
  }

  /** getAllReplicaSetsAndSyncRevision. */
  private Sets allReplicaSets(Deployment d, List<ReplicaSet> rsList, boolean create)
      throws ApiException {
    ReplicaSet existing = findNew(d, rsList);
    List<ReplicaSet> old = new ArrayList<>();
    for (ReplicaSet rs : rsList) {
      if (rs != existing) {
        old.add(rs);
      }
    }
    long maxOld = 0;
    for (ReplicaSet rs : old) {
      maxOld = Math.max(maxOld, DeploymentRules.revision(rs));
    }
    String newRevision = Long.toString(maxOld + 1);
    if (existing != null) {
      return syncExistingNew(d, existing, old, newRevision);
    }
    if (!create) {
      return new Sets(null, old, d);
    }
    return createNew(d, old, newRevision);
  }

  private Sets syncExistingNew(
      Deployment d, ReplicaSet existing, List<ReplicaSet> old, String newRevision)
      throws ApiException {
    ObjectMeta meta = newRSAnnotations(d, existing.metadata(), newRevision, true);
    boolean minReadyChanged = existing.spec().minReadySeconds() != d.spec().minReadySeconds();
    if (!meta.equals(existing.metadata()) || minReadyChanged) {
      ReplicaSetSpec s = existing.spec();
      ReplicaSet updated =
          api.update(
              existing
                  .withMetadata(meta.withResourceVersion(null))
                  .withSpec(
                      new ReplicaSetSpec(
                          s.replicas(), d.spec().minReadySeconds(), s.selector(), s.template())));
      return new Sets(updated, old, d);
    }
    Deployment changed =
        withRevision(d, existing.metadata().annotations().get(Deployment.REVISION_ANNOTATION));
    if (DeploymentRules.hasProgressDeadline(d)
        && d.status().condition(DeploymentCondition.PROGRESSING).isEmpty()) {
      changed =
          changed.withStatus(
              setCondition(
                  changed.status(),
                  condition(
                      DeploymentCondition.PROGRESSING,
                      "True",
                      DeploymentRules.FOUND_NEW_RS_REASON,
                      "Found new replica set \"" + existing.metadata().name() + "\"",
                      clock.now())));
    }
    if (!changed.equals(d)) {
      d = writeStatus(changed, changed.status());
    }
    return new Sets(existing, old, d);
  }

  /** getNewReplicaSet when none exists: create {@code <deploy>-<hash>} with its annotations. */
  private Sets createNew(Deployment d, List<ReplicaSet> old, String newRevision)
      throws ApiException {
    PodTemplateSpec template = d.spec().template();
    String hash = TemplateHash.of(template, d.status().collisionCount());
    TreeMap<String, String> labels = new TreeMap<>(template.metadata().labels());
    labels.put(Deployment.POD_TEMPLATE_HASH_LABEL, hash);
    PodTemplateSpec rsTemplate = template.withMetadata(template.metadata().withLabels(labels));
    LabelSelector sel = d.spec().selector();
    TreeMap<String, String> matchLabels = new TreeMap<>(sel.matchLabels());
    matchLabels.put(Deployment.POD_TEMPLATE_HASH_LABEL, hash);
    LabelSelector rsSelector = new LabelSelector(matchLabels, sel.matchExpressions());
    String name = d.metadata().name() + "-" + hash;
    ObjectMeta meta =
        ObjectMeta.named(d.metadata().namespace(), name)
            .withLabels(labels)
            .withOwnerReferences(List.of(controllerRef(d)));
    ReplicaSet draft =
        new ReplicaSet(
            meta, new ReplicaSetSpec(0, d.spec().minReadySeconds(), rsSelector, rsTemplate), null);
    List<ReplicaSet> all = new ArrayList<>(old);
    all.add(draft);
    int replicas = DeploymentRules.newRSNewReplicas(d, all, 0);
    draft =
        draft
            .withSpec(draft.spec().withReplicas(replicas))
            .withMetadata(newRSAnnotations(d, meta, newRevision, false));
    ReplicaSet created;
    boolean alreadyExists = false;
    try {
      created = api.create(draft);
    } catch (ApiException e) {
      if (e.reason() != ApiException.Reason.AlreadyExists) {
        String msg = "Failed to create new replica set \"" + name + "\": " + e.getMessage();
        if (DeploymentRules.hasProgressDeadline(d)) {
          writeStatus(
              d,
              setCondition(
                  d.status(),
                  condition(
                      DeploymentCondition.PROGRESSING,
                      "False",
                      DeploymentRules.FAILED_RS_CREATE_REASON,
                      msg,
                      clock.now())));
        }
        events.warning(d, DeploymentRules.FAILED_RS_CREATE_REASON, msg, COMPONENT);
        throw e;
      }
      ReplicaSet other = store.<ReplicaSet>get(Kind.REPLICA_SET, d.namespace(), name).orElseThrow();
      Optional<OwnerReference> ref = other.metadata().controllerRef();
      if (ref.isEmpty()
          || !ref.get().uid().equals(d.metadata().uid())
          || !DeploymentRules.equalIgnoreHash(other.spec().template(), template)) {
        // A hash collision: count it, so that the next sync hashes differently.
        DeploymentStatus s = d.status();
        int count = s.collisionCount() == null ? 1 : s.collisionCount() + 1;
        writeStatus(
            d,
            new DeploymentStatus(
                s.observedGeneration(),
                s.replicas(),
                s.updatedReplicas(),
                s.readyReplicas(),
                s.availableReplicas(),
                s.unavailableReplicas(),
                s.conditions(),
                count));
        throw e;
      }
      created = other;
      alreadyExists = true;
    }
    if (!alreadyExists && replicas > 0) {
      events.normal(
          d,
          "ScalingReplicaSet",
          "Scaled up replica set " + name + " from 0 to " + replicas,
          COMPONENT);
    }
    Deployment changed = withRevision(d, newRevision);
    if (!alreadyExists && DeploymentRules.hasProgressDeadline(d)) {
      changed =
          changed.withStatus(
              setCondition(
                  changed.status(),
                  condition(
                      DeploymentCondition.PROGRESSING,
                      "True",
                      DeploymentRules.NEW_RS_REASON,
                      "Created new replica set \"" + name + "\"",
                      clock.now())));
    }
    if (!changed.equals(d)) {
      d = writeStatus(changed, changed.status());
    }
    return new Sets(created, old, d);
  }

  /** SetDeploymentRevision. */
  private static Deployment withRevision(Deployment d, String revision) {
    if (revision == null
        || revision.equals(d.metadata().annotations().get(Deployment.REVISION_ANNOTATION))) {
      return d;
    }
    return d.withMetadata(d.metadata().withAnnotation(Deployment.REVISION_ANNOTATION, revision));
  }

  /**
   * SetNewReplicaSetAnnotations: the Deployment's annotations copied (but the skipped ones), the
   * revision raised to {@code newRevision} (an earlier revision goes to revision-history: a
   * rollback), and for a new ReplicaSet the replica annotations.
   */
  private ObjectMeta newRSAnnotations(
      Deployment d, ObjectMeta rsMeta, String newRevision, boolean exists) {
    TreeMap<String, String> a = new TreeMap<>(rsMeta.annotations());
    d.metadata()
        .annotations()
        .forEach(
            (k, v) -> {
              if (!SKIP_COPY_ANNOTATIONS.contains(k)) {
                a.put(k, v);
              }
            });
    String oldRevision = a.get(Deployment.REVISION_ANNOTATION);
    long oldRev;
    try {
      oldRev = oldRevision == null ? 0 : Long.parseLong(oldRevision);
    } catch (NumberFormatException e) {
      return rsMeta.withAnnotations(a);
    }
    long newRev = Long.parseLong(newRevision);
    if (oldRev < newRev) {
      a.put(Deployment.REVISION_ANNOTATION, newRevision);
      if (oldRevision != null) {
        String history = a.get(DeploymentRules.REVISION_HISTORY_ANNOTATION);
        List<String> revisions =
            history == null || history.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(List.of(history.split(",")));
        revisions.add(oldRevision);
        while (String.join(",", revisions).length() > MAX_REV_HISTORY_LENGTH
            && revisions.size() > 1) {
          revisions.remove(0);
        }
        a.put(DeploymentRules.REVISION_HISTORY_ANNOTATION, String.join(",", revisions));
      }
    }
    if (!exists) {
      a.put(Deployment.DESIRED_REPLICAS_ANNOTATION, Integer.toString(d.replicas()));
      a.put(
          Deployment.MAX_REPLICAS_ANNOTATION,
          Integer.toString(d.replicas() + DeploymentRules.maxSurge(d)));
    }
    return rsMeta.withAnnotations(a);
  }

  // ------------------------------------------------------------------ rolling

  /** rolloutRolling: scale up the new RS if we can, else scale down old ones, then the status. */
  private void rolloutRolling(Deployment d, List<ReplicaSet> rsList) throws ApiException {
    Sets sets = allReplicaSets(d, rsList, true);
    d = sets.d();
    ReplicaSet newRS = sets.newRS();
    if (reconcileNewReplicaSet(sets.all(), newRS, d)) {
      syncRolloutStatus(refresh(sets), d);
      return;
    }
    sets = refresh(sets);
    if (reconcileOldReplicaSets(sets.all(), active(sets.old()), sets.newRS(), d)) {
      syncRolloutStatus(refresh(sets), d);
      return;
    }
    sets = refresh(sets);
    if (DeploymentRules.complete(d, d.status())) {
      cleanup(sets.old(), d);
    }
    syncRolloutStatus(refresh(sets), d);
  }

  /** The ReplicaSets as stored now (the writes of this sync included). */
  private Sets refresh(Sets sets) {
    List<ReplicaSet> old = new ArrayList<>();
    for (ReplicaSet rs : sets.old()) {
      store.<ReplicaSet>get(ObjectKey.of(rs)).ifPresent(old::add);
    }
    ReplicaSet newRS =
        sets.newRS() == null
            ? null
            : store.<ReplicaSet>get(ObjectKey.of(sets.newRS())).orElse(null);
    return new Sets(newRS, old, sets.d());
  }

  private static List<ReplicaSet> active(List<ReplicaSet> sets) {
    return sets.stream().filter(rs -> rs.replicas() > 0).toList();
  }

  /** reconcileNewReplicaSet. */
  private boolean reconcileNewReplicaSet(List<ReplicaSet> all, ReplicaSet newRS, Deployment d)
      throws ApiException {
    if (newRS.replicas() == d.replicas()) {
      return false;
    }
    if (newRS.replicas() > d.replicas()) {
      return scaleAndRecord(newRS, d.replicas(), d);
    }
    return scaleAndRecord(newRS, DeploymentRules.newRSNewReplicas(d, all, newRS.replicas()), d);
  }

  /** reconcileOldReplicaSets: unhealthy replicas first, then within maxUnavailable. */
  private boolean reconcileOldReplicaSets(
      List<ReplicaSet> all, List<ReplicaSet> oldActive, ReplicaSet newRS, Deployment d)
      throws ApiException {
    if (DeploymentRules.specReplicas(oldActive) == 0) {
      return false;
    }
    int minAvailable = d.replicas() - DeploymentRules.maxUnavailable(d);
    int newUnavailable = newRS.replicas() - newRS.status().availableReplicas();
    int maxScaledDown = DeploymentRules.specReplicas(all) - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) {
      return false;
    }
    // cleanupUnhealthyReplicas
    List<ReplicaSet> old = new ArrayList<>(oldActive);
    old.sort(DeploymentRules.OLDEST_FIRST);
    int cleaned = 0;
    for (int i = 0; i < old.size() && cleaned < maxScaledDown; i++) {
      ReplicaSet rs = old.get(i);
      int unhealthy = rs.replicas() - rs.status().availableReplicas();
      if (rs.replicas() == 0 || unhealthy <= 0) {
        continue;
      }
      int down = Math.min(maxScaledDown - cleaned, unhealthy);
      scaleAndRecord(rs, rs.replicas() - down, d);
      cleaned += down;
      old.set(i, store.<ReplicaSet>get(ObjectKey.of(rs)).orElse(rs));
    }
    // scaleDownOldReplicaSetsForRollingUpdate
    List<ReplicaSet> allNow = new ArrayList<>(old);
    allNow.add(newRS);
    int availableCount = DeploymentRules.availableReplicas(allNow);
    int scaledDown = 0;
    if (availableCount > minAvailable) {
      int total = availableCount - minAvailable;
      for (ReplicaSet rs : old) {
        if (scaledDown >= total) {
          break;
        }
        if (rs.replicas() == 0) {
          continue;
        }
        int down = Math.min(rs.replicas(), total - scaledDown);
        scaleAndRecord(rs, rs.replicas() - down, d);
        scaledDown += down;
      }
    }
    return cleaned + scaledDown > 0;
  }

  // ------------------------------------------------------------------ recreate

  /** rolloutRecreate: old ReplicaSets to 0, wait for their pods to go, then the new one up. */
  private void rolloutRecreate(Deployment d, List<ReplicaSet> rsList) throws ApiException {
    Sets sets = allReplicaSets(d, rsList, false);
    d = sets.d();
    boolean scaledDown = false;
    for (ReplicaSet rs : active(sets.old())) {
      scaledDown |= scaleAndRecord(rs, 0, d);
    }
    if (scaledDown) {
      syncRolloutStatus(refresh(sets), d);
      return;
    }
    if (oldPodsRunning(refresh(sets))) {
      syncRolloutStatus(refresh(sets), d);
      return;
    }
    if (sets.newRS() == null) {
      sets = allReplicaSets(d, claimReplicaSets(d), true);
      d = sets.d();
    }
    if (sets.newRS().replicas() != d.replicas()) {
      scaleAndRecord(sets.newRS(), d.replicas(), d);
    }
    if (DeploymentRules.complete(d, d.status())) {
      cleanup(refresh(sets).old(), d);
    }
    syncRolloutStatus(refresh(sets), d);
  }

  /** oldPodsRunning: any old RS with pods in its status, or any live pod of an old RS. */
  private boolean oldPodsRunning(Sets sets) {
    if (DeploymentRules.actualReplicas(sets.old()) > 0) {
      return true;
    }
    for (ReplicaSet rs : sets.old()) {
      for (Pod p : store.podsControlledBy(rs.metadata().uid())) {
        if (!p.isTerminal()) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ scaling

  /** isScalingEvent: an active RS's desired-replicas annotation differs from spec.replicas. */
  private boolean isScalingEvent(Deployment d, List<ReplicaSet> rsList) {
    for (ReplicaSet rs : rsList) {
      if (rs.replicas() == 0) {
        continue;
      }
      int desired =
          DeploymentRules.intAnnotation(
              rs.metadata().annotations(), Deployment.DESIRED_REPLICAS_ANNOTATION);
      if (desired >= 0 && desired != d.replicas()) {
        return true;
      }
    }
    return false;
  }

  /** sync (sync.go): scale, clean up when paused, write the status. */
  private void syncScale(Deployment d, List<ReplicaSet> rsList) throws ApiException {
    Sets sets = allReplicaSets(d, rsList, false);
    d = sets.d();
    scale(d, sets.newRS(), sets.old());
    sets = refresh(sets);
    if (d.spec().paused()) {
      cleanup(sets.old(), d);
      sets = refresh(sets);
    }
    syncStatusOnly(d, sets);
  }

  /** scale: the one active (or the latest) RS takes all; else proportionally to their sizes. */
  private void scale(Deployment d, ReplicaSet newRS, List<ReplicaSet> old) throws ApiException {
    List<ReplicaSet> all = new ArrayList<>(old);
    if (newRS != null) {
      all.add(newRS);
    }
    List<ReplicaSet> activeSets = active(all);
    ReplicaSet activeOrLatest = null;
    if (activeSets.size() == 1) {
      activeOrLatest = activeSets.get(0);
    } else if (activeSets.isEmpty()) {
      activeOrLatest =
          newRS != null ? newRS : all.stream().max(DeploymentRules.OLDEST_FIRST).orElse(null);
    }
    if (activeOrLatest != null || activeSets.isEmpty()) {
      if (activeOrLatest != null && activeOrLatest.replicas() != d.replicas()) {
        scaleAndRecord(activeOrLatest, d.replicas(), d);
      }
      return;
    }
    // IsSaturated: the new RS has all replicas, desired and available.
    if (newRS != null
        && newRS.replicas() == d.replicas()
        && DeploymentRules.intAnnotation(
                newRS.metadata().annotations(), Deployment.DESIRED_REPLICAS_ANNOTATION)
            == d.replicas()
        && newRS.status().availableReplicas() == d.replicas()) {
      for (ReplicaSet rs : active(old)) {
        scaleAndRecord(rs, 0, d);
      }
      return;
    }
    if (!DeploymentRules.isRollingUpdate(d)) {
      return;
    }
    List<ReplicaSet> sets = new ArrayList<>(activeSets);
    int allowed = d.replicas() > 0 ? d.replicas() + DeploymentRules.maxSurge(d) : 0;
    int toAdd = allowed - DeploymentRules.specReplicas(sets);
    if (toAdd > 0) {
      sets.sort(DeploymentRules.LARGER_NEWER_FIRST);
    } else if (toAdd < 0) {
      sets.sort(DeploymentRules.LARGER_OLDER_FIRST);
    }
    Map<String, Integer> sizes = new HashMap<>();
    int added = 0;
    for (ReplicaSet rs : sets) {
      int p = DeploymentRules.proportion(rs, d, toAdd, added);
      sizes.put(rs.metadata().name(), rs.replicas() + p);
      added += p;
    }
    for (int i = 0; i < sets.size(); i++) {
      ReplicaSet rs = sets.get(i);
      int size = sizes.get(rs.metadata().name());
      if (i == 0 && toAdd != 0) {
        size = Math.max(0, size + toAdd - added);
      }
      scaleReplicaSet(rs, size, d);
    }
  }

  /** scaleReplicaSetAndRecordEvent: nothing when the size is already right. */
  private boolean scaleAndRecord(ReplicaSet rs, int size, Deployment d) throws ApiException {
    if (rs.replicas() == size) {
      return false;
    }
    return scaleReplicaSet(rs, size, d);
  }

  /**
   * scaleReplicaSet: a new size or stale replica annotations are written; a new size is a {@code
   * ScalingReplicaSet} event "Scaled up|down replica set X from A to B".
   */
  private boolean scaleReplicaSet(ReplicaSet rs, int size, Deployment d) throws ApiException {
    ReplicaSet current = store.<ReplicaSet>get(ObjectKey.of(rs)).orElse(rs);
    String desired = Integer.toString(d.replicas());
    String max = Integer.toString(d.replicas() + DeploymentRules.maxSurge(d));
    Map<String, String> a = current.metadata().annotations();
    boolean sizeChange = current.replicas() != size;
    boolean annotationsChange =
        !desired.equals(a.get(Deployment.DESIRED_REPLICAS_ANNOTATION))
            || !max.equals(a.get(Deployment.MAX_REPLICAS_ANNOTATION));
    if (!sizeChange && !annotationsChange) {
      return false;
    }
    int oldSize = current.replicas();
    ObjectMeta meta =
        current
            .metadata()
            .withAnnotation(Deployment.DESIRED_REPLICAS_ANNOTATION, desired)
            .withAnnotation(Deployment.MAX_REPLICAS_ANNOTATION, max)
            .withResourceVersion(null);
    api.update(current.withMetadata(meta).withSpec(current.spec().withReplicas(size)));
    if (sizeChange) {
      events.normal(
          d,
          "ScalingReplicaSet",
          "Scaled "
              + (oldSize < size ? "up" : "down")
              + " replica set "
              + current.metadata().name()
              + " from "
              + oldSize
              + " to "
              + size,
          COMPONENT);
    }
    return sizeChange;
  }

  // ------------------------------------------------------------------ cleanup

  /** cleanupDeployment: the oldest old ReplicaSets beyond revisionHistoryLimit, if empty, go. */
  private void cleanup(List<ReplicaSet> old, Deployment d) throws ApiException {
    Integer limit = d.spec().revisionHistoryLimit();
    if (limit == null) {
      return;
    }
    List<ReplicaSet> cleanable =
        new ArrayList<>(old.stream().filter(rs -> !rs.metadata().isDeleting()).toList());
    int diff = cleanable.size() - limit;
    if (diff <= 0) {
      return;
    }
    cleanable.sort(DeploymentRules.BY_REVISION);
    for (int i = 0; i < diff; i++) {
      ReplicaSet rs = cleanable.get(i);
      if (rs.status().replicas() != 0
          || rs.replicas() != 0
          || rs.metadata().generation() > rs.status().observedGeneration()) {
        continue;
      }
      try {
        api.delete(
            Kind.REPLICA_SET,
            rs.metadata().namespace(),
            rs.metadata().name(),
            DeleteOptions.DEFAULT);
      } catch (ApiException e) {
        if (e.reason() != ApiException.Reason.NotFound) {
          throw e;
        }
      }
    }
  }

  // ------------------------------------------------------------------ status

  /** syncDeploymentStatus: the status of the sets, written if it changed. */
  private void syncStatusOnly(Deployment d, List<ReplicaSet> rsList) throws ApiException {
    syncStatusOnly(d, allReplicaSets(d, rsList, false));
  }

  private void syncStatusOnly(Deployment d, Sets sets) throws ApiException {
    Deployment latest = latest(d);
    DeploymentStatus s =
        DeploymentRules.calculateStatus(sets.all(), sets.newRS(), latest, clock.now());
    if (!s.equals(latest.status())) {
      writeStatus(latest, s);
    }
  }

  /** syncRolloutStatus: the status with the Progressing condition; a requeue if it may time out. */
  private void syncRolloutStatus(Sets sets, Deployment d) throws ApiException {
    d = latest(d);
    Instant now = clock.now();
    ReplicaSet newRS = sets.newRS();
    DeploymentStatus s = DeploymentRules.calculateStatus(sets.all(), newRS, d, now);
    if (!DeploymentRules.hasProgressDeadline(d)) {
      s = DeploymentRules.removeCondition(s, DeploymentCondition.PROGRESSING);
    }
    Optional<DeploymentCondition> current = d.status().condition(DeploymentCondition.PROGRESSING);
    boolean completeRollout =
        s.replicas() == s.updatedReplicas()
            && current.isPresent()
            && DeploymentRules.NEW_RS_AVAILABLE_REASON.equals(current.get().reason());
    String subject =
        newRS != null
            ? "ReplicaSet \"" + newRS.metadata().name() + "\""
            : "Deployment \"" + d.metadata().name() + "\"";
    if (DeploymentRules.hasProgressDeadline(d) && !completeRollout) {
      if (DeploymentRules.complete(d, s)) {
        s =
            setCondition(
                s,
                condition(
                    DeploymentCondition.PROGRESSING,
                    "True",
                    DeploymentRules.NEW_RS_AVAILABLE_REASON,
                    subject + " has successfully progressed.",
                    now));
      } else if (DeploymentRules.progressing(d, s)) {
        Instant transition =
            current.isPresent() && current.get().status().equals("True")
                ? current.get().lastTransitionTime()
                : now;
        List<DeploymentCondition> list =
            new ArrayList<>(
                DeploymentRules.removeCondition(s, DeploymentCondition.PROGRESSING).conditions());
        list.add(
            new DeploymentCondition(
                DeploymentCondition.PROGRESSING,
                "True",
                now,
                transition,
                DeploymentRules.RS_UPDATED_REASON,
                subject + " is progressing."));
        s = s.withConditions(list);
      } else if (DeploymentRules.timedOut(d, s, now)) {
        s =
            setCondition(
                s,
                condition(
                    DeploymentCondition.PROGRESSING,
                    "False",
                    DeploymentRules.TIMED_OUT_REASON,
                    subject + " has timed out progressing.",
                    now));
      }
    }
    if (s.equals(d.status())) {
      requeueStuck(d, s, now);
      return;
    }
    writeStatus(d, s);
  }

  /** requeueStuckDeployment: come back when the progress deadline may have passed. */
  private void requeueStuck(Deployment d, DeploymentStatus s, Instant now) {
    Optional<DeploymentCondition> c = d.status().condition(DeploymentCondition.PROGRESSING);
    if (!DeploymentRules.hasProgressDeadline(d)
        || c.isEmpty()
        || DeploymentRules.complete(d, s)
        || DeploymentRules.TIMED_OUT_REASON.equals(c.get().reason())) {
      return;
    }
    Duration after =
        Duration.between(
            now, c.get().lastUpdateTime().plusSeconds(d.spec().progressDeadlineSeconds()));
    if (after.compareTo(Duration.ofSeconds(1)) < 0) {
      queue.addRateLimited(ObjectKey.of(d));
    } else {
      queue.addAfter(ObjectKey.of(d), after.plusSeconds(1), "progressDeadlineSeconds");
    }
  }

  /** checkPausedConditions: Progressing Unknown with DeploymentPaused or DeploymentResumed. */
  private Deployment checkPausedConditions(Deployment d) throws ApiException {
    if (!DeploymentRules.hasProgressDeadline(d)) {
      return d;
    }
    Optional<DeploymentCondition> c = d.status().condition(DeploymentCondition.PROGRESSING);
    if (c.isPresent() && DeploymentRules.TIMED_OUT_REASON.equals(c.get().reason())) {
      return d;
    }
    boolean pausedCond = c.isPresent() && DeploymentRules.PAUSED_REASON.equals(c.get().reason());
    DeploymentCondition next = null;
    if (d.spec().paused() && !pausedCond) {
      next =
          condition(
              DeploymentCondition.PROGRESSING,
              "Unknown",
              DeploymentRules.PAUSED_REASON,
              "Deployment is paused",
              clock.now());
    } else if (!d.spec().paused() && pausedCond) {
      next =
          condition(
              DeploymentCondition.PROGRESSING,
              "Unknown",
              DeploymentRules.RESUMED_REASON,
              "Deployment is resumed",
              clock.now());
    }
    if (next == null) {
      return d;
    }
    return writeStatus(d, setCondition(d.status(), next));
  }

  private Deployment latest(Deployment d) {
    return store.<Deployment>get(ObjectKey.of(d)).orElse(d);
  }

  /** UpdateStatus: the status (and, as upstream's status strategy lets it, annotations). */
  private Deployment writeStatus(Deployment d, DeploymentStatus status) throws ApiException {
    Deployment current = latest(d);
    return api.updateStatus(
        current
            .withMetadata(
                current
                    .metadata()
                    .withAnnotations(d.metadata().annotations())
                    .withResourceVersion(null))
            .withStatus(status));
  }
}
