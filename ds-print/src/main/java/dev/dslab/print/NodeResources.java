package dev.dslab.print;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * describeNodeResource: the pods on a node with their cpu and memory requests and limits as shares
 * of what the node can allocate, and the totals.
 */
final class NodeResources {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private NodeResources() {}

  static void describe(StringBuilder w, Node node, List<Pod> pods, Instant now) {
    Map<String, Quantity> allocatable =
        node.status().allocatable().isEmpty()
            ? node.status().capacity()
            : node.status().allocatable();
    w.append("Non-terminated Pods:\t(").append(pods.size()).append(" in total)\n");
    w.append(
        "  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
    w.append(
        "  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
    for (Pod pod : pods) {
      w.append("  ")
          .append(pod.metadata().namespace())
          .append('\t')
          .append(pod.metadata().name())
          .append("\t\t")
          .append(share(sum(List.of(pod), "cpu", true), allocatable.get("cpu")))
          .append('\t')
          .append(share(sum(List.of(pod), "cpu", false), allocatable.get("cpu")))
          .append('\t')
          .append(share(sum(List.of(pod), "memory", true), allocatable.get("memory")))
          .append('\t')
          .append(share(sum(List.of(pod), "memory", false), allocatable.get("memory")))
          .append('\t')
          .append(HumanDuration.age(pod.metadata().creationTimestamp(), now))
          .append('\n');
    }
    w.append(
        "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
    w.append("  Resource\tRequests\tLimits\n");
    w.append("  --------\t--------\t------\n");
    for (String resource : List.of("cpu", "memory", "ephemeral-storage")) {
      w.append("  ")
          .append(resource)
          .append('\t')
          .append(share(sum(pods, resource, true), allocatable.get(resource)))
          .append('\t')
          .append(share(sum(pods, resource, false), allocatable.get(resource)))
          .append('\n');
    }
  }

  /**
   * The pods' total request (or limit) of a resource, in the format of the first quantity added
   * (getPodsTotalRequestsAndLimits over resourcehelper.PodRequestsAndLimits); a limit without a
   * request counts as the request.
   */
  static CanonicalQuantity sum(List<Pod> pods, String resource, boolean requests) {
    CanonicalQuantity total = CanonicalQuantity.ZERO;
    for (Pod pod : pods) {
      for (Container c : pod.spec().containers()) {
        Function<Map<String, Quantity>, Quantity> get = m -> m.get(resource);
        Quantity q =
            requests ? get.apply(c.resources().requests()) : get.apply(c.resources().limits());
        if (q == null && requests) {
          q = get.apply(c.resources().limits());
        }
        if (q != null) {
          total = total.plus(q);
        }
      }
    }
    return total;
  }

  /** {@code 100m (10%)}: the amount in Kubernetes' canonical form and its whole-percent share. */
  static String share(CanonicalQuantity amount, Quantity allocatable) {
    long percent = 0;
    if (allocatable != null && allocatable.amount().signum() > 0) {
      percent =
          amount
              .amount()
              .multiply(HUNDRED)
              .divide(allocatable.amount(), 0, java.math.RoundingMode.DOWN)
              .longValue();
    }
    return amount + " (" + percent + "%)";
  }
}
