package dev.dslab.engine.scheduler.preemption;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What preemption reads of a policy/v1 PodDisruptionBudget, which the store keeps as {@link
 * Unstructured}: its namespace, selector, how many disruptions it allows now and the pods already
 * counted as disrupted. The simulation has no disruption controller, so {@code disruptionsAllowed}
 * is worked out here as that controller would (pkg/controller/disruption: healthy matching pods
 * minus the desired healthy count, never below 0), counting the matching pods as the expected ones.
 */
public record DisruptionBudget(
    String namespace,
    String name,
    LabelSelector selector,
    int disruptionsAllowed,
    Set<String> disruptedPods) {
  public static final Kind KIND = Kind.find("policy/v1", "PodDisruptionBudget").orElseThrow();

  public DisruptionBudget {
    disruptedPods = Set.copyOf(disruptedPods);
  }

  /** Every budget in the store, in the store's order. */
  public static List<DisruptionBudget> all(ObjectStore store) {
    List<DisruptionBudget> budgets = new ArrayList<>();
    for (Object o : store.list(KIND, null)) {
      if (o instanceof Unstructured u) {
        budgets.add(of(u, store.list(Kind.POD, u.metadata().namespace())));
      }
    }
    return budgets;
  }

  /**
   * A budget with its allowance worked out against {@code podsInNamespace}: {@code minAvailable} (a
   * count, or a percentage of the matching pods rounded up) or {@code expected − maxUnavailable}
   * (rounded up) healthy pods must remain.
   */
  static DisruptionBudget of(Unstructured pdb, List<Pod> podsInNamespace) {
    LabelSelector selector = selector(pdb.get("spec", "selector")).orElse(null);
    List<Pod> matching =
        selector == null || selector.isEmpty()
            ? List.of()
            : podsInNamespace.stream()
                .filter(p -> !p.isTerminal() && selector.matches(p.metadata().labels()))
                .toList();
    int expected = matching.size();
    int healthy =
        (int)
            matching.stream()
                .filter(p -> !p.metadata().isDeleting() && p.status().isReady())
                .count();
    Optional<IntOrString> minAvailable = intOrString(pdb.get("spec", "minAvailable"));
    Optional<IntOrString> maxUnavailable = intOrString(pdb.get("spec", "maxUnavailable"));
    int desiredHealthy;
    try {
      if (minAvailable.isPresent()) {
        desiredHealthy = minAvailable.get().scaledValue(expected, true);
      } else if (maxUnavailable.isPresent()) {
        desiredHealthy = Math.max(0, expected - maxUnavailable.get().scaledValue(expected, true));
      } else {
        desiredHealthy = 0;
      }
    } catch (IllegalArgumentException e) {
      // the disruption controller cannot work such a budget out: its status stays at 0 allowed
      desiredHealthy = Integer.MAX_VALUE;
    }
    Set<String> disrupted = new TreeSet<>();
    if (pdb.get("status", "disruptedPods") instanceof Map<?, ?> m) {
      m.keySet().forEach(k -> disrupted.add(String.valueOf(k)));
    }
    return new DisruptionBudget(
        pdb.metadata().namespace(),
        pdb.metadata().name(),
        selector,
        (int) Math.max(0L, (long) healthy - desiredHealthy),
        disrupted);
  }

  /**
   * Whether the budget covers the pod: same namespace, a selector that is set, not empty, and
   * matches the pod's labels (a pod without labels matches no budget).
   */
  boolean covers(Pod pod) {
    return selector != null
        && !selector.isEmpty()
        && !pod.metadata().labels().isEmpty()
        && namespace.equals(pod.metadata().namespace())
        && selector.matches(pod.metadata().labels());
  }

  private static Optional<IntOrString> intOrString(Object value) {
    if (value instanceof Number n) {
      return Optional.of(IntOrString.of(n.intValue()));
    }
    if (value instanceof String s) {
      return Optional.of(IntOrString.of(s));
    }
    return Optional.empty();
  }

  /** metav1.LabelSelector from the tree; empty when absent or malformed (it matches nothing). */
  private static Optional<LabelSelector> selector(Object tree) {
    if (!(tree instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    TreeMap<String, String> labels = new TreeMap<>();
    if (map.get("matchLabels") instanceof Map<?, ?> ml) {
      ml.forEach((k, v) -> labels.put(String.valueOf(k), String.valueOf(v)));
    }
    List<LabelSelectorRequirement> expressions = new ArrayList<>();
    if (map.get("matchExpressions") instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> e)) {
          return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        if (e.get("values") instanceof List<?> vs) {
          vs.forEach(v -> values.add(String.valueOf(v)));
        }
        expressions.add(
            new LabelSelectorRequirement(
                String.valueOf(e.get("key")), String.valueOf(e.get("operator")), values));
      }
    }
    return Optional.of(new LabelSelector(labels, expressions));
  }
}
