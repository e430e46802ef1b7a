package dev.dslab.cli;

import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The pod kubectl reads the logs of when it is given a workload: the first by podutils.ByLogging
 * (staging/src/k8s.io/kubectl/pkg/util/podutils/podutils.go): assigned before unassigned, Running
 * before Unknown before Pending, ready before not ready, ready longer before ready shorter, more
 * restarts before fewer, older before newer.
 */
final class PodsByLogging {
  private PodsByLogging() {}

  private static final Map<PodPhase, Integer> PHASE_RANK =
      Map.of(PodPhase.Running, 0, PodPhase.Unknown, 1, PodPhase.Pending, 2);

  static final Comparator<Pod> ORDER =
      Comparator.<Pod, Boolean>comparing(p -> p.spec().nodeName() == null)
          .thenComparing(p -> PHASE_RANK.getOrDefault(p.status().phase(), 3))
          .thenComparing(p -> !p.status().isReady())
          .thenComparing(PodsByLogging::readySince, PodsByLogging::earlierFirstZeroLast)
          .thenComparing(p -> -maxRestarts(p))
          .thenComparing(
              p -> p.metadata().creationTimestamp(), PodsByLogging::earlierFirstZeroLast);

  /** The first pod of a non-empty list; ties keep the list's order (kubectl lists by name). */
  static Pod first(List<Pod> pods) {
    return pods.stream().sorted(ORDER).findFirst().orElseThrow();
  }

  /** When a ready pod became ready; null for a pod that is not ready (compares as equal). */
  private static Instant readySince(Pod p) {
    if (!p.status().isReady()) {
      return null;
    }
    return p.status()
        .condition(PodCondition.READY)
        .map(PodCondition::lastTransitionTime)
        .orElse(null);
  }

  /** afterOrZero: an unknown time sorts last. */
  private static int earlierFirstZeroLast(Instant a, Instant b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  private static int maxRestarts(Pod p) {
    return p.status().containerStatuses().stream()
        .mapToInt(ContainerStatus::restartCount)
        .max()
        .orElse(0);
  }
}
