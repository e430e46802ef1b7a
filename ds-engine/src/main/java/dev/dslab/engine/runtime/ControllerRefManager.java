package dev.dslab.engine.runtime;

import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata changes of ControllerRefManager (pkg/controller/controller_ref_manager.go): an
 * orphan adopted by a controller, an owned object released by it. Each is ready to be written back
 * (no resourceVersion precondition).
 */
public final class ControllerRefManager {
  private ControllerRefManager() {}

  /** AdoptPod/AdoptReplicaSet: a controller reference to the owner added. */
  public static ObjectMeta adopted(ObjectMeta meta, OwnerReference controllerRef) {
    List<OwnerReference> refs = new ArrayList<>(meta.ownerReferences());
    refs.add(controllerRef);
    return meta.withOwnerReferences(refs).withResourceVersion(null);
  }

  /** ReleasePod/ReleaseReplicaSet: the owner's references removed. */
  public static ObjectMeta released(ObjectMeta meta, String ownerUid) {
    return meta.withOwnerReferences(
            meta.ownerReferences().stream().filter(r -> !ownerUid.equals(r.uid())).toList())
        .withResourceVersion(null);
  }
}
