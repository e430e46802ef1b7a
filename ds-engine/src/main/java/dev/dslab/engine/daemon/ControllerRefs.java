package dev.dslab.engine.daemon;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The adoption half of ControllerRefManager (pkg/controller/controller_ref_manager.go), shared by
 * the DaemonSet's pods and its revisions.
 */
final class ControllerRefs {
  private ControllerRefs() {}

  /**
   * An orphan's metadata with a controller reference to {@code ds} added, ready to be written back.
   */
  static ObjectMeta adopt(ObjectMeta meta, DaemonSet ds) {
    List<OwnerReference> refs = new ArrayList<>(meta.ownerReferences());
    refs.add(
        OwnerReference.controllerRef(
            DaemonSet.API_VERSION, DaemonSet.KIND, ds.metadata().name(), ds.metadata().uid()));
    return meta.withOwnerReferences(refs).withResourceVersion(null);
  }
}
