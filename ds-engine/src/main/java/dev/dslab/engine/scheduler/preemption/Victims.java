package dev.dslab.engine.scheduler.preemption;

import dev.dslab.model.core.Pod;
import java.util.List;

/**
 * extenderv1.Victims: the pods to remove from one node, most important first, and how many of them
 * are removed against their PodDisruptionBudget.
 */
public record Victims(List<Pod> pods, int pdbViolations) {
  public Victims {
    pods = List.copyOf(pods);
  }

  /** The highest priority among the victims (they are sorted most important first). */
  int highestPriority() {
    return pods.get(0).spec().priorityOrZero();
  }

  /** The sum of the priorities, each shifted by MaxInt32+1 so that negative ones count right. */
  long prioritySum() {
    long sum = 0;
    for (Pod p : pods) {
      sum += (long) p.spec().priorityOrZero() + Integer.MAX_VALUE + 1L;
    }
    return sum;
  }
}
