package dev.dslab.engine.daemon;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A DaemonSet's ControllerRevisions, kept as the DaemonSet controller keeps them (update.go): the
 * revision of the current template is found or created at the start of a sync, and the old ones
 * beyond revisionHistoryLimit are deleted near its end.
 */
final class RevisionHistory {
  /** The default of spec.revisionHistoryLimit. */
  static final int DEFAULT_LIMIT = 10;

  private final ApiServer api;
  private final ObjectStore store;

  RevisionHistory(ApiServer api) {
    this.api = api;
    this.store = api.store();
  }

  /**
   * constructHistory: claim the revisions, find the one whose template equals the DaemonSet's or
   * create it (numbered one above the highest), drop duplicates of it (dedupCurHistories), renumber
   * an old match forward, and handle a hash collision by raising status.collisionCount.
   */
  Revisions construct(DaemonSet ds) throws ApiException {
    List<ControllerRevision> revisions = controlledHistories(ds);
    PodTemplateSpec template = ds.spec().template();
    List<ControllerRevision> matching = new ArrayList<>();
    List<ControllerRevision> others = new ArrayList<>();
    for (ControllerRevision r : revisions) {
      (r.template().equals(template) ? matching : others).add(r);
    }
    long maxOther = others.stream().mapToLong(ControllerRevision::revision).max().orElse(0);
    ControllerRevision current;
    if (!matching.isEmpty()) {
      matching.sort(Comparator.comparingLong(ControllerRevision::revision).reversed());
      current = matching.get(0);
      for (ControllerRevision dup : matching.subList(1, matching.size())) {
        api.delete(
            Kind.CONTROLLER_REVISION,
            dup.metadata().namespace(),
            dup.metadata().name(),
            DeleteOptions.DEFAULT);
      }
      if (current.revision() < maxOther + 1) {
        current =
            api.updateStatus(
                current
                    .withRevision(maxOther + 1)
                    .withMetadata(current.metadata().withResourceVersion(null)));
      }
    } else {
      current = create(ds, template, maxOther + 1);
      ds = store.<DaemonSet>get(ObjectKey.of(ds)).orElse(ds);
    }
    String hash =
        current
            .metadata()
            .labels()
            .getOrDefault(ControllerRevision.HASH_LABEL, current.metadata().name());
    return new Revisions(ds, hash, current, others);
  }

  private ControllerRevision create(DaemonSet ds, PodTemplateSpec template, long number)
      throws ApiException {
    DaemonSet d = ds;
    while (true) {
      String hash = TemplateHash.of(template, d.status().collisionCount());
      String name = d.metadata().name() + "-" + hash;
      Optional<ControllerRevision> clash =
          store.get(Kind.CONTROLLER_REVISION, d.metadata().namespace(), name);
      if (clash.isEmpty()) {
        TreeMap<String, String> labels = new TreeMap<>(template.metadata().labels());
        labels.put(ControllerRevision.HASH_LABEL, hash);
        ObjectMeta meta =
            ObjectMeta.named(d.metadata().namespace(), name)
                .withLabels(labels)
                .withAnnotations(d.metadata().annotations())
                .withOwnerReferences(
                    List.of(
                        OwnerReference.controllerRef(
                            DaemonSet.API_VERSION,
                            DaemonSet.KIND,
                            d.metadata().name(),
                            d.metadata().uid())));
        return api.create(new ControllerRevision(meta, template, number));
      }
      // Same name, other content: a hash collision. Count it in the status and hash again.
      int collisions = d.status().collisionCount() == null ? 1 : d.status().collisionCount() + 1;
      d =
          api.updateStatus(
              d.withStatus(d.status().withCollisionCount(collisions))
                  .withMetadata(d.metadata().withResourceVersion(null)));
    }
  }

  /** controlledHistories: the revisions this DaemonSet controls, adopting matching orphans. */
  private List<ControllerRevision> controlledHistories(DaemonSet ds) throws ApiException {
    List<ControllerRevision> claimed = new ArrayList<>();
    String uid = ds.metadata().uid();
    for (ControllerRevision r :
        store.<ControllerRevision>list(Kind.CONTROLLER_REVISION, ds.metadata().namespace())) {
      Optional<OwnerReference> ref = r.metadata().controllerRef();
      boolean matches = ds.spec().selector().matches(r.metadata().labels());
      if (ref.isPresent()) {
        if (uid.equals(ref.get().uid()) && matches) {
          claimed.add(r);
        }
      } else if (matches) {
        claimed.add(api.updateStatus(r.withMetadata(ControllerRefs.adopt(r.metadata(), ds))));
      }
    }
    return claimed;
  }

  /**
   * cleanupHistory: keep at most revisionHistoryLimit old revisions, never one that a pod of the
   * DaemonSet still carries, deleting the oldest first.
   */
  void cleanUp(DaemonSet ds, Revisions revisions) throws ApiException {
    int limit =
        ds.spec().revisionHistoryLimit() == null ? DEFAULT_LIMIT : ds.spec().revisionHistoryLimit();
    int toKill = revisions.old().size() - limit;
    if (toKill <= 0) {
      return;
    }
    TreeSet<String> inUse = new TreeSet<>();
    for (Pod pod : store.podsControlledBy(ds.metadata().uid())) {
      String h = pod.metadata().labels().get(ControllerRevision.HASH_LABEL);
      if (h != null) {
        inUse.add(h);
      }
    }
    List<ControllerRevision> old = new ArrayList<>(revisions.old());
    old.sort(Comparator.comparingLong(ControllerRevision::revision));
    for (ControllerRevision r : old) {
      if (toKill <= 0) {
        break;
      }
      if (inUse.contains(r.metadata().labels().get(ControllerRevision.HASH_LABEL))) {
        continue;
      }
      api.delete(
          Kind.CONTROLLER_REVISION,
          r.metadata().namespace(),
          r.metadata().name(),
          DeleteOptions.DEFAULT);
      toKill--;
    }
  }
}
