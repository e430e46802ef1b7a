package dev.dslab.engine.scheduler;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The default scheduler's scoring of feasible nodes for a pod that is not pinned to one, and its
 * choice among them (pkg/scheduler/framework/plugins/noderesources: fit.go with the LeastAllocated
 * strategy, balanced_allocation.go; schedule_one.go: numFeasibleNodesToFind, selectHost). Both
 * plugins weigh 1 and score cpu and memory with the scheduler's non-zero defaults for containers
 * without requests (100m cpu, 200Mi memory, util/pod_resources.go). The best score wins; ties are
 * broken by reservoir sampling as selectHost does, with a random source seeded from the pod's uid
 * (itself drawn from the cluster's seed), so runs repeat.
 */
public final class NodeScoring {
  /** schedutil.DefaultMilliCPURequest. */
  static final long DEFAULT_MILLI_CPU = 100;

  /** schedutil.DefaultMemoryRequest (200 MiB), in thousandths of a byte as Quantity counts. */
  static final long DEFAULT_MEMORY_MILLI = 200L * 1024 * 1024 * 1000;

  static final long MAX_NODE_SCORE = 100;

  /** minFeasibleNodesToFind. */
  static final int MIN_FEASIBLE_NODES_TO_FIND = 100;

  /** minFeasibleNodesPercentageToFind. */
  static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

  private NodeScoring() {}

  /**
   * numFeasibleNodesToFind with percentageOfNodesToScore unset: all nodes up to 100, else an
   * adaptive share (50% less 1% per 125 nodes, at least 5%), at least 100.
   */
  public static int feasibleNodesToFind(int nodes) {
    if (nodes < MIN_FEASIBLE_NODES_TO_FIND) {
      return nodes;
    }
    int percentage = Math.max(50 - nodes / 125, MIN_FEASIBLE_NODES_PERCENTAGE);
    int count = nodes * percentage / 100;
    return Math.max(count, MIN_FEASIBLE_NODES_TO_FIND);
  }

  /**
   * selectHost over prioritizeNodes: the feasible node with the highest LeastAllocated plus
   * BalancedAllocation score; among equals, reservoir sampling seeded by the pod's uid.
   */
  public static Node choose(Pod pod, List<Node> feasible, Function<String, long[]> requested) {
    Random random = new Random(seedOf(pod));
    Node best = null;
    long bestScore = Long.MIN_VALUE;
    int ties = 0;
    long[] wanted = nonZeroRequests(pod);
    for (Node node : feasible) {
      long score = score(wanted, node, requested.apply(node.metadata().name()));
      if (score > bestScore) {
        best = node;
        bestScore = score;
        ties = 1;
      } else if (score == bestScore) {
        ties++;
        if (random.nextInt(ties) == 0) {
          best = node;
        }
      }
    }
    return best;
  }

  private static long seedOf(Pod pod) {
    String uid = pod.metadata().uid() != null ? pod.metadata().uid() : pod.metadata().name();
    return uid == null ? 0 : uid.hashCode();
  }

  /**
   * The sum of both plugins' scores (0 to 200) of a node whose pods request {@code requested}
   * (non-zero cpu and memory, in thousandths) already.
   */
  static long score(long[] wanted, Node node, long[] requested) {
    Map<String, Quantity> allocatable = node.status().allocatable();
    long cpuCapacity = milli(allocatable.get("cpu"));
    long memoryCapacity = milli(allocatable.get("memory"));
    long cpu = wanted[0] + requested[0];
    long memory = wanted[1] + requested[1];
    return leastAllocated(cpu, cpuCapacity, memory, memoryCapacity)
        + balancedAllocation(cpu, cpuCapacity, memory, memoryCapacity);
  }

  /**
   * leastRequestedScore per resource, ((capacity - requested) * 100) / capacity, 0 when full or
   * unknown; the weighted average over cpu and memory (weights 1).
   */
  static long leastAllocated(long cpu, long cpuCapacity, long memory, long memoryCapacity) {
    return (leastRequested(cpu, cpuCapacity) + leastRequested(memory, memoryCapacity)) / 2;
  }

  private static long leastRequested(long requested, long capacity) {
    if (capacity == 0 || requested > capacity) {
      return 0;
    }
    return (capacity - requested) * MAX_NODE_SCORE / capacity;
  }

  /**
   * balancedResourceScorer: one minus the standard deviation of the requested fractions (each at
   * most 1), times 100; for two resources the deviation is half their difference.
   */
  static long balancedAllocation(long cpu, long cpuCapacity, long memory, long memoryCapacity) {
    if (cpuCapacity == 0 || memoryCapacity == 0) {
      return 0;
    }
    double cpuFraction = Math.min(1.0, (double) cpu / cpuCapacity);
    double memoryFraction = Math.min(1.0, (double) memory / memoryCapacity);
    double std = Math.abs(cpuFraction - memoryFraction) / 2;
    return (long) ((1 - std) * MAX_NODE_SCORE);
  }

  /**
   * GetNonzeroRequests summed over the containers: cpu and memory in thousandths, the defaults for
   * a container that requests none.
   */
  public static long[] nonZeroRequests(Pod pod) {
    long cpu = 0;
    long memory = 0;
    for (Container c : pod.spec().containers()) {
      Map<String, Quantity> requests = c.resources().requests();
      Quantity q = requests.get("cpu");
      cpu += q == null || q.milliValue() == 0 ? DEFAULT_MILLI_CPU : q.milliValue();
      Quantity m = requests.get("memory");
      memory += m == null || m.milliValue() == 0 ? DEFAULT_MEMORY_MILLI : m.milliValue();
    }
    return new long[] {cpu, memory};
  }

  private static long milli(Quantity q) {
    return q == null ? 0 : q.milliValue();
  }
}
