package dev.dslab.engine.daemon;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * How one sync of a DaemonSet ended: done, or failed with the errors upstream's syncDaemonSet would
 * return — the API server's refusals and the planners' reasons to retry later. A failed sync is
 * logged and retried with backoff.
 */
record SyncResult(List<String> errors) {
  static final SyncResult DONE = new SyncResult(List.of());

  SyncResult {
    errors = List.copyOf(errors);
  }

  static SyncResult failed(String error) {
    return new SyncResult(List.of(error));
  }

  boolean succeeded() {
    return errors.isEmpty();
  }

  /**
   * utilerrors.Aggregate's message: the one error, or the distinct ones in brackets,
   * comma-separated.
   */
  String message() {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(errors));
    return distinct.size() == 1 ? distinct.get(0) : "[" + String.join(", ", distinct) + "]";
  }
}
