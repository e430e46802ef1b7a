package dev.dslab.engine.gc;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.WorkQueue;
import dev.dslab.model.meta.KubeObject;
import java.util.List;

/**
 * The garbage collector's background cascade: when an owner is deleted, the objects whose owner
 * references name its uid are deleted too (pods gracefully, through their kubelet). Owners deleted
 * with propagation Orphan have had those references removed already, so nothing follows them.
 */
public final class GarbageCollector implements Controller {
  private static final List<Kind> DEPENDENT_KINDS =
      List.of(Kind.POD, Kind.CONTROLLER_REVISION, Kind.REPLICA_SET);

  /** The kinds whose objects own others: DaemonSets, Deployments and ReplicaSets. */
  private static final List<Kind> OWNER_KINDS =
      List.of(Kind.DAEMON_SET, Kind.DEPLOYMENT, Kind.REPLICA_SET);

  private final ApiServer api;
  private final WorkQueue<KubeObject> deletedOwners = new WorkQueue<>();

  public GarbageCollector(ApiServer api) {
    this.api = api;
    api.store().watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (e.type() == WatchEvent.Type.DELETED && OWNER_KINDS.contains(e.kind())) {
      deletedOwners.add(e.object());
    }
  }

  @Override
  public boolean hasWork() {
    return !deletedOwners.isEmpty();
  }

  @Override
  public void processNext() {
    KubeObject owner = deletedOwners.poll();
    String uid = owner.metadata().uid();
    for (Kind kind : DEPENDENT_KINDS) {
      for (KubeObject o : api.store().list(kind, owner.metadata().namespace())) {
        boolean owned = o.metadata().ownerReferences().stream().anyMatch(r -> uid.equals(r.uid()));
        if (owned && !o.metadata().isDeleting()) {
          try {
            ObjectKey key = ObjectKey.of(o);
            api.delete(kind, key.namespace(), key.name(), DeleteOptions.DEFAULT);
          } catch (ApiException ex) {
            // Already gone.
          }
        }
      }
    }
  }
}
