package dev.dslab.engine.rollout;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;

/**
 * DaemonSetStatusViewer.Status (kubectl rollout_status.go): the message kubectl prints for the
 * DaemonSet as it is now, and whether the rollout is done. Only for RollingUpdate.
 */
public record RolloutStatus(String message, boolean done) {
  /**
   * The status line.
   *
   * @throws RolloutException for OnDelete ("rollout status is only available for RollingUpdate
   *     strategy type")
   */
  public static RolloutStatus of(DaemonSet ds) throws RolloutException {
    if (ds.spec().updateStrategy() == null || !ds.spec().updateStrategy().isRollingUpdate()) {
      throw new RolloutException(
          "rollout status is only available for RollingUpdate strategy type");
    }
    String name = ds.metadata().name();
    DaemonSetStatus s = ds.status();
    if (ds.metadata().generation() > s.observedGeneration()) {
      return new RolloutStatus("Waiting for daemon set spec update to be observed...", false);
    }
    if (s.updatedNumberScheduled() < s.desiredNumberScheduled()) {
      return new RolloutStatus(
          "Waiting for daemon set \""
              + name
              + "\" rollout to finish: "
              + s.updatedNumberScheduled()
              + " out of "
              + s.desiredNumberScheduled()
              + " new pods have been updated...",
          false);
    }
    if (s.numberAvailable() < s.desiredNumberScheduled()) {
      return new RolloutStatus(
          "Waiting for daemon set \""
              + name
              + "\" rollout to finish: "
              + s.numberAvailable()
              + " of "
              + s.desiredNumberScheduled()
              + " updated pods are available...",
          false);
    }
    return new RolloutStatus("daemon set \"" + name + "\" successfully rolled out", true);
  }
}
