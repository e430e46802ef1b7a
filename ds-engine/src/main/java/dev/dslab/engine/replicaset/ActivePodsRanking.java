package dev.dslab.engine.replicaset;

import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a ReplicaSet's pods go first when it scales down: controller.ActivePodsWithRanks.Less
 * (pkg/controller/controller_utils.go) with the ranks of getPodsRankedByRelatedPodsOnSameNode
 * (pkg/controller/replicaset/replica_set.go), the LogarithmicScaleDown and PodDeletionCost gates on
 * as in 1.32. Upstream's sort.Sort is not stable; the last tie is broken by name here so the same
 * cluster always loses the same pod.
 */
public final class ActivePodsRanking {
  /** controller.kubernetes.io/pod-deletion-cost. */
  public static final String DELETION_COST_ANNOTATION =
      "controller.kubernetes.io/pod-deletion-cost";

  private ActivePodsRanking() {}

  /**
   * getPodsToDelete: the first {@code count} of {@code pods} in deletion order; {@code related} are
   * the active pods of every ReplicaSet of the same owner, whose count per node is a pod's rank.
   */
  public static List<Pod> podsToDelete(List<Pod> pods, List<Pod> related, int count, Instant now) {
    if (count >= pods.size()) {
      return List.copyOf(pods);
    }
    Map<String, Integer> onNode = new HashMap<>();
    for (Pod p : related) {
      onNode.merge(nodeName(p), 1, Integer::sum);
    }
    List<Pod> sorted = new ArrayList<>(pods);
    sorted.sort(deletionOrder(onNode, now));
    return List.copyOf(sorted.subList(0, count));
  }

  /** ActivePodsWithRanks.Less as a comparator: the pod to delete first sorts first. */
  static Comparator<Pod> deletionOrder(Map<String, Integer> relatedOnNode, Instant now) {
    return (a, b) -> {
      // 1. Unassigned < assigned
      boolean aUnassigned = nodeName(a).isEmpty();
      boolean bUnassigned = nodeName(b).isEmpty();
      if (!nodeName(a).equals(nodeName(b)) && (aUnassigned || bUnassigned)) {
        return aUnassigned ? -1 : 1;
      }
      // 2. PodPending < PodUnknown < PodRunning
      int phase = Integer.compare(phaseOrdinal(a), phaseOrdinal(b));
      if (phase != 0) {
        return phase;
      }
      // 3. Not ready < ready
      boolean aReady = a.status().isReady();
      boolean bReady = b.status().isReady();
      if (aReady != bReady) {
        return aReady ? 1 : -1;
      }
      // 4. Lower pod-deletion-cost < higher
      int cost = Integer.compare(deletionCost(a), deletionCost(b));
      if (cost != 0) {
        return cost;
      }
      // 5. Doubled up < not doubled up: more related pods on the node first
      int rank =
          Integer.compare(
              relatedOnNode.getOrDefault(nodeName(b), 0),
              relatedOnNode.getOrDefault(nodeName(a), 0));
      if (rank != 0) {
        return rank;
      }
      // 6. Been ready for less time first (logarithmic buckets)
      if (aReady && bReady) {
        Instant ra = readyTime(a);
        Instant rb = readyTime(b);
        if (!java.util.Objects.equals(ra, rb)) {
          int byTime = newerFirst(ra, rb, now, a, b);
          if (byTime != 0) {
            return byTime;
          }
        }
      }
      // 7. Higher restart counts first
      int restarts = Integer.compare(maxRestarts(b), maxRestarts(a));
      if (restarts != 0) {
        return restarts;
      }
      // 8. Empty creation time < newer < older (logarithmic buckets)
      Instant ca = a.metadata().creationTimestamp();
      Instant cb = b.metadata().creationTimestamp();
      if (!java.util.Objects.equals(ca, cb)) {
        int byTime = newerFirst(ca, cb, now, a, b);
        if (byTime != 0) {
          return byTime;
        }
      }
      return a.metadata().name().compareTo(b.metadata().name());
    };
  }

  /**
   * afterOrZero, or with both times set logarithmicRankDiff: the bucket of log2 of the age in
   * nanoseconds; the same bucket compares uids.
   */
  private static int newerFirst(Instant t1, Instant t2, Instant now, Pod a, Pod b) {
    if (now == null || t1 == null || t2 == null) {
      if (t1 == null || t2 == null) {
        return t1 == null ? (t2 == null ? 0 : -1) : 1;
      }
      return t2.compareTo(t1);
    }
    long diff = logRank(t1, now) - logRank(t2, now);
    if (diff == 0) {
      return compareUid(a, b);
    }
    return diff < 0 ? -1 : 1;
  }

  private static long logRank(Instant t, Instant now) {
    long nanos = Duration.between(t, now).toNanos();
    // int64(math.Log2(d)): the floor of the binary logarithm
    return nanos > 0 ? 63 - Long.numberOfLeadingZeros(nanos) : -1;
  }

  private static int compareUid(Pod a, Pod b) {
    String ua = a.metadata().uid() == null ? "" : a.metadata().uid();
    String ub = b.metadata().uid() == null ? "" : b.metadata().uid();
    return ua.compareTo(ub);
  }

  private static String nodeName(Pod p) {
    return p.spec().nodeName() == null ? "" : p.spec().nodeName();
  }

  /** podPhaseToOrdinal: Pending 0, Unknown 1, Running 2. */
  private static int phaseOrdinal(Pod p) {
    PodPhase phase = p.status().phase();
    return switch (phase) {
      case Pending -> 0;
      case Unknown -> 1;
      case Running -> 2;
      default -> 0;
    };
  }

  /** GetDeletionCostFromPodAnnotations: an int32, 0 when absent or malformed. */
  private static int deletionCost(Pod p) {
    String v = p.metadata().annotations().get(DELETION_COST_ANNOTATION);
    if (v == null) {
      return 0;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Instant readyTime(Pod p) {
    return p.status()
        .condition(PodCondition.READY)
        .map(PodCondition::lastTransitionTime)
        .orElse(null);
  }

  private static int maxRestarts(Pod p) {
    int max = 0;
    for (ContainerStatus s : p.status().containerStatuses()) {
      max = Math.max(max, s.restartCount());
    }
    return max;
  }
}
