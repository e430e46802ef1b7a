package dev.dslab.print;

import static dev.dslab.print.Cells.isSet;
import static dev.dslab.print.Cells.orNone;

import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodStatus;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/** printPod. */
final class PodTable {
  private PodTable() {}

  static final KindTable<Pod> TABLE =
      new KindTable<>(Pod.class, Scope.NAMESPACED, PodTable::columns);

  /**
   * What the pod's status.reason says when its node stopped answering
   * (node.NodeUnreachablePodReason).
   */
  private static final String NODE_LOST = "NodeLost";

  private static final String SCHEDULING_GATED = "SchedulingGated";

  static List<Column<Pod>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Ready", pod -> Summary.of(pod).ready()),
        Column.of("Status", pod -> Summary.of(pod).status()),
        Column.of("Restarts", pod -> Summary.of(pod).restarts(now)),
        Column.age(now),
        Column.wide("IP", pod -> orNone(pod.status().podIP())),
        Column.wide("Node", pod -> orNone(pod.spec().nodeName())),
        // the node preemption made room on; the model has no spec.readinessGates
        Column.wide("Nominated Node", pod -> orNone(pod.status().nominatedNodeName())),
        Column.wide("Readiness Gates", pod -> "<none>"));
  }

  /**
   * What printPod derives from the container statuses: ready/total containers, the STATUS reason,
   * and the restarts with the time of the latest one ({@code null} when none is known).
   *
   * <p>Upstream first walks the init container statuses; the model carries none (nor restartable
   * sidecar init containers, which would count towards the total), so that walk never changes
   * anything here and is left out.
   */
  record Summary(
      int readyContainers, int totalContainers, String status, int restarts, Instant lastRestart) {

    static Summary of(Pod pod) {
      PodStatus status = pod.status();
      String reason = isSet(status.reason()) ? status.reason() : status.phase().name();
      for (PodCondition condition : status.conditions()) {
        if (PodCondition.SCHEDULED.equals(condition.type())
            && SCHEDULING_GATED.equals(condition.reason())) {
          reason = SCHEDULING_GATED;
        }
      }

      int ready = 0;
      int restarts = 0;
      Instant lastRestart = null;
      boolean hasRunning = false;
      List<ContainerStatus> containers = status.containerStatuses();
      // backwards, as upstream: the first container that has a reason has the last word
      for (int i = containers.size() - 1; i >= 0; i--) {
        ContainerStatus container = containers.get(i);
        restarts += container.restartCount();
        if (container.lastState() instanceof ContainerState.Terminated last
            && last.finishedAt() != null
            && (lastRestart == null || last.finishedAt().isAfter(lastRestart))) {
          lastRestart = last.finishedAt();
        }
        ContainerState state = container.state();
        if (state instanceof ContainerState.Waiting waiting && isSet(waiting.reason())) {
          reason = waiting.reason();
        } else if (state instanceof ContainerState.Terminated terminated) {
          // the model has no signal, so upstream's "Signal:N" cannot arise
          reason =
              isSet(terminated.reason())
                  ? terminated.reason()
                  : "ExitCode:" + terminated.exitCode();
        } else if (container.ready() && state instanceof ContainerState.Running) {
          hasRunning = true;
          ready++;
        }
      }
      // a container that completed while another still runs does not make the pod "Completed"
      if ("Completed".equals(reason) && hasRunning) {
        reason = status.isReady() ? "Running" : "NotReady";
      }

      if (pod.metadata().isDeleting() && NODE_LOST.equals(status.reason())) {
        reason = "Unknown";
      } else if (pod.metadata().isDeleting() && !status.phase().isTerminal()) {
        reason = "Terminating";
      }
      return new Summary(ready, pod.spec().containers().size(), reason, restarts, lastRestart);
    }

    String ready() {
      return readyContainers + "/" + totalContainers;
    }

    /**
     * {@code 3}, or since kubectl 1.28 {@code 3 (10s ago)} when the latest restart's time is known.
     */
    String restarts(Instant now) {
      return restarts != 0 && lastRestart != null
          ? restarts + " (" + HumanDuration.age(lastRestart, now) + " ago)"
          : Integer.toString(restarts);
    }
  }
}
