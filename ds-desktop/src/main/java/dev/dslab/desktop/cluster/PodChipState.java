package dev.dslab.desktop.cluster;

import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.util.Set;

/** The colour a pod chip takes: a coarse reading of kubectl's STATUS column. */
public enum PodChipState {
  PENDING("pending"),
  CONTAINER_CREATING("creating"),
  RUNNING("running"),
  NOT_READY("unready"),
  TERMINATING("terminating"),
  FAILED("failed"),
  COMPLETED("completed");

  /** Waiting reasons that mean the container will not come up by itself. */
  private static final Set<String> FAILING_REASONS =
      Set.of(
          "CrashLoopBackOff",
          "ErrImagePull",
          "ImagePullBackOff",
          "InvalidImageName",
          "CreateContainerError",
          "RunContainerError");

  private final String pseudoClass;

  PodChipState(String pseudoClass) {
    this.pseudoClass = pseudoClass;
  }

  /** The CSS pseudo-class of a chip in this state ({@code .pod-chip:running}). */
  public String pseudoClass() {
    return pseudoClass;
  }

  /** Deleting first (as kubectl shows Terminating), then failures, then the start-up stages. */
  public static PodChipState of(Pod pod) {
    PodPhase phase = pod.status().phase();
    if (pod.metadata().isDeleting() && !phase.isTerminal()) {
      return TERMINATING;
    }
    if (phase == PodPhase.Failed) {
      return FAILED;
    }
    if (phase == PodPhase.Succeeded) {
      return COMPLETED;
    }
    boolean creating = false;
    for (ContainerStatus c : pod.status().containerStatuses()) {
      if (c.state() instanceof ContainerState.Waiting w && w.reason() != null) {
        if (FAILING_REASONS.contains(w.reason())) {
          return FAILED;
        }
        creating = true;
      } else if (c.state() instanceof ContainerState.Terminated t && t.exitCode() != 0) {
        return FAILED;
      }
    }
    if (phase == PodPhase.Running) {
      return pod.status().isReady() ? RUNNING : NOT_READY;
    }
    return creating || pod.spec().nodeName() != null && pod.status().startTime() != null
        ? CONTAINER_CREATING
        : PENDING;
  }
}
