package dev.dslab.engine.scheduler.preemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A PodDisruptionBudget's allowance as the disruption controller works it out
 * (pkg/controller/disruption: getExpectedPodCount and countHealthyPods), and
 * filterPodsWithPDBViolation (defaultpreemption) splitting victims by it.
 */
class DisruptionBudgetTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static Pod pod(String name, boolean ready) {
    PodStatus status =
        PodStatus.pending()
            .withCondition(
                new PodCondition(
                    PodCondition.READY,
                    ready ? ConditionStatus.True : ConditionStatus.False,
                    T0,
                    null,
                    null));
    return new Pod(
        ObjectMeta.named("default", name).withLabels(Map.of("app", "db")),
        PodSpec.of(Container.of("db", "db:1")),
        status);
  }

  private static Unstructured budget(String field, Object value) {
    TreeMap<String, Object> spec = new TreeMap<>();
    spec.put(field, value);
    spec.put("selector", Map.of("matchLabels", Map.of("app", "db")));
    return new Unstructured(
        "policy/v1",
        "PodDisruptionBudget",
        ObjectMeta.named("default", "db"),
        new TreeMap<>(Map.of("spec", spec)));
  }

  private static List<Pod> pods(int ready, int notReady) {
    List<Pod> pods = new ArrayList<>();
    for (int i = 0; i < ready; i++) {
      pods.add(pod("ready-" + i, true));
    }
    for (int i = 0; i < notReady; i++) {
      pods.add(pod("waiting-" + i, false));
    }
    return pods;
  }

  @Test
  void minAvailableCountsHealthyPodsAboveIt() {
    assertThat(DisruptionBudget.of(budget("minAvailable", 2), pods(3, 1)).disruptionsAllowed())
        .isEqualTo(1);
  }

  @Test
  void aPercentageMinAvailableRoundsUp() {
    // 50% of 3 expected pods is 1.5, rounded up to 2: one of 3 healthy may go
    assertThat(DisruptionBudget.of(budget("minAvailable", "50%"), pods(3, 0)).disruptionsAllowed())
        .isEqualTo(1);
  }

  @Test
  void maxUnavailableIsTakenFromTheExpectedCount() {
    // 4 expected, 1 may be unavailable: 3 must stay healthy, and 3 are: none may go
    assertThat(DisruptionBudget.of(budget("maxUnavailable", 1), pods(3, 1)).disruptionsAllowed())
        .isZero();
  }

  @Test
  void anUnreadablePercentageAllowsNothing() {
    assertThat(DisruptionBudget.of(budget("minAvailable", "half"), pods(3, 0)).disruptionsAllowed())
        .isZero();
  }

  @Test
  void victimsBeyondTheAllowanceAreViolatingOnesInTheirOrder() {
    DisruptionBudget b = DisruptionBudget.of(budget("minAvailable", 2), pods(3, 0));
    List<Pod> violating = new ArrayList<>();
    List<Pod> nonViolating = new ArrayList<>();
    Preemption.splitByBudgetViolation(pods(3, 0), List.of(b), violating, nonViolating);
    assertThat(nonViolating).extracting(p -> p.metadata().name()).containsExactly("ready-0");
    assertThat(violating)
        .extracting(p -> p.metadata().name())
        .containsExactly("ready-1", "ready-2");
  }
}
