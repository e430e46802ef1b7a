package dev.dslab.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.IntOrString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first guard of the rolling update (update.go); the full step-by-step cases come with issue 5.
 */
class RollingUpdateScenarioTest {
  private static DaemonSet withImage(DaemonSet ds, String image) {
    return Scenario.withPodSpec(
        ds, p -> p.withContainers(List.of(Container.of(ds.metadata().name(), image))));
  }

  private static long podsWithImage(Scenario s, String image) {
    return s.pods().stream()
        .filter(p -> !p.metadata().isDeleting())
        .filter(p -> p.spec().containers().get(0).image().equals(image))
        .count();
  }

  /**
   * maxUnavailable 1 (the default): one node at a time, each new pod Ready before the next old one
   * goes.
   */
  @Test
  void defaultStrategyReplacesOneNodeAtATime() {
    Scenario s =
        new Scenario().node("n1").node("n2").node("n3").apply(Scenario.daemonSet("agent")).settle();
    s.update(withImage(s.ds("agent"), "nginx:1.28"));
    assertThat(s.ds("agent").metadata().generation()).isEqualTo(2);
    assertThat(s.ds("agent").templateGeneration()).isEqualTo(2);
    assertThat(podsWithImage(s, "nginx:1.28")).isZero();
    assertThat(s.pods().stream().filter(p -> p.metadata().isDeleting())).hasSize(1);
    s.advance("1");
    assertThat(podsWithImage(s, "nginx:1.28")).isEqualTo(1);
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isEqualTo(1);
    s.advance("2");
    assertThat(s.pods().stream().filter(p -> p.metadata().isDeleting())).hasSize(1);
    s.settle();
    assertThat(podsWithImage(s, "nginx:1.28")).isEqualTo(3);
    assertThat(s.pods())
        .hasSize(3)
        .allSatisfy(
            p -> assertThat(p.metadata().labels()).containsEntry("pod-template-generation", "2"));
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isEqualTo(3);
    assertThat(s.cluster.store().count(dev.dslab.engine.api.Kind.CONTROLLER_REVISION)).isEqualTo(2);
  }

  /**
   * maxSurge 1, maxUnavailable 0: the new pod starts next to the old one, which goes once the new
   * is available.
   */
  @Test
  void surgeCreatesFirstAndDeletesTheOldPodOnceTheNewOneIsAvailable() {
    DaemonSet ds =
        Scenario.daemonSet("agent")
            .withSpec(
                Scenario.daemonSet("agent")
                    .spec()
                    .withUpdateStrategy(
                        new DaemonSetUpdateStrategy(
                            "RollingUpdate",
                            new RollingUpdateDaemonSet(IntOrString.of(0), IntOrString.of(1)))));
    Scenario s = new Scenario().node("n1").node("n2").apply(ds).settle();
    s.update(withImage(s.ds("agent"), "nginx:1.28"));
    List<Pod> live = s.pods().stream().filter(p -> !p.metadata().isDeleting()).toList();
    assertThat(live).hasSize(3);
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(2);
    s.advance("2");
    assertThat(s.pods().stream().filter(p -> p.metadata().isDeleting())).hasSize(1);
    s.settle();
    assertThat(podsWithImage(s, "nginx:1.28")).isEqualTo(2);
    assertThat(s.pods()).hasSize(2);
  }

  /** OnDelete: a new template changes nothing until a pod is deleted; the replacement is new. */
  @Test
  void onDeleteReplacesOnlyDeletedPods() {
    DaemonSet ds =
        Scenario.daemonSet("agent")
            .withSpec(
                Scenario.daemonSet("agent")
                    .spec()
                    .withUpdateStrategy(new DaemonSetUpdateStrategy("OnDelete", null)));
    Scenario s = new Scenario().node("n1").node("n2").apply(ds).settle();
    s.update(withImage(s.ds("agent"), "nginx:1.28")).settle();
    assertThat(podsWithImage(s, "nginx:1.28")).isZero();
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isZero();
    s.deletePod(s.pods().get(0).metadata().name()).settle();
    assertThat(podsWithImage(s, "nginx:1.28")).isEqualTo(1);
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isEqualTo(1);
  }

  /** §8.1: both budgets round percentages up; both zero falls back to maxUnavailable 1. */
  @ParameterizedTest(name = "maxUnavailable {0}, maxSurge {1} of {2} → {3}/{4}")
  @CsvSource({
    "50%, 0, 3, 2, 0",
    "25%, 0, 10, 3, 0",
    "10%, 0, 5, 1, 0",
    "0, 1%, 1, 0, 1",
    "0, 0, 4, 1, 0",
    "5, 0, 3, 5, 0",
    "10%, 0, 0, 0, 0"
  })
  void budgetsRoundUp(
      String unavailable, String surge, int desired, int expectedUnavailable, int expectedSurge) {
    DaemonSet ds =
        Scenario.daemonSet("agent")
            .withSpec(
                Scenario.daemonSet("agent")
                    .spec()
                    .withUpdateStrategy(
                        new DaemonSetUpdateStrategy(
                            "RollingUpdate",
                            new RollingUpdateDaemonSet(
                                intOrString(unavailable), intOrString(surge)))));
    assertThat(RollingUpdatePlanner.budget(ds, desired))
        .isEqualTo(new RollingUpdatePlanner.Budget(expectedSurge, expectedUnavailable));
  }

  /**
   * Validation refuses such a budget; one stored past it is upstream's "couldn't get unavailable
   * numbers" error.
   */
  @Test
  void aBudgetThatIsNotAPercentageIsToRetryLaterNotAnException() {
    DaemonSet ds =
        Scenario.daemonSet("agent")
            .withSpec(
                Scenario.daemonSet("agent")
                    .spec()
                    .withUpdateStrategy(
                        new DaemonSetUpdateStrategy(
                            "RollingUpdate",
                            new RollingUpdateDaemonSet(IntOrString.of("ten"), null))));
    SyncSnapshot nothing =
        new SyncSnapshot(ds, "hash", List.of(), Map.of(), Map.of(), Instant.EPOCH);
    assertThat(RollingUpdatePlanner.plan(nothing, List.of(), 0))
        .isEqualTo(
            new RollingUpdateDecision.RetryLater(
                "couldn't get unavailable numbers: invalid value for IntOrString: invalid type: string is not a percentage"));
  }

  private static IntOrString intOrString(String s) {
    return s.endsWith("%") ? IntOrString.of(s) : IntOrString.of(Integer.parseInt(s));
  }
}
