package dev.dslab.engine.daemon;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import java.util.List;

/**
 * What constructHistory hands the rest of a sync: the DaemonSet as synced (its collision count may
 * have moved), the current revision and its hash, and the DaemonSet's other revisions.
 */
record Revisions(
    DaemonSet ds, String hash, ControllerRevision current, List<ControllerRevision> old) {
  Revisions {
    old = List.copyOf(old);
  }
}
