package dev.dslab.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.kubelet.ImageBehaviour;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.IntOrString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rolling updates step by step (§8 of the reference, update.go; update_test.go's
 * TestDaemonSetUpdatesPods, TestDaemonSetUpdatesPodsWithMaxSurge,
 * TestDaemonSetUpdatesWhenNewPodIsNotReady, TestDaemonSetUpdatesAllOldPodsNotReady), revisions and
 * rollback (§9).
 */
class RolloutProgressionScenarioTest {
  private static DaemonSet strategy(
      DaemonSet ds, IntOrString maxUnavailable, IntOrString maxSurge) {
    return ds.withSpec(
        ds.spec()
            .withUpdateStrategy(
                new DaemonSetUpdateStrategy(
                    "RollingUpdate", new RollingUpdateDaemonSet(maxUnavailable, maxSurge))));
  }

  private static Scenario cluster(int nodes, DaemonSet ds) {
    Scenario s = new Scenario();
    for (int i = 1; i <= nodes; i++) {
      s.node("n" + i);
    }
    return s.apply(ds).settle();
  }

  /** (old live, new live, terminating) pods. */
  private record Counts(long old, long fresh, long terminating) {}

  private static Counts counts(Scenario s, String newImage) {
    List<Pod> pods = s.pods();
    long terminating = pods.stream().filter(p -> p.metadata().isDeleting()).count();
    long fresh =
        pods.stream()
            .filter(p -> !p.metadata().isDeleting())
            .filter(p -> p.spec().containers().get(0).image().equals(newImage))
            .count();
    return new Counts(pods.size() - terminating - fresh, fresh, terminating);
  }

  private static void setImage(Scenario s, String image) throws ApiException, RolloutException {
    Rollouts.setImage(s.cluster, "default", "agent", "agent", image);
  }

  /**
   * maxUnavailable 2 over 5 nodes: two old pods go, their new pods come and turn Ready, then the
   * next two.
   */
  @Test
  void deleteFirstRollsTwoNodesAtATime() throws Exception {
    Scenario s =
        cluster(5, strategy(Scenario.daemonSet("agent"), IntOrString.of(2), IntOrString.of(0)));
    setImage(s, "agent:2");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(3, 0, 2));
    s.advance("1");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(3, 2, 0));
    assertThat(s.ds("agent").status().numberUnavailable()).isEqualTo(2);
    s.advance("2");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(1, 2, 2));
    s.advance("3");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(0, 4, 1));
    s.settle();
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(0, 5, 0));
    assertThat(RolloutStatus.of(s.ds("agent")).message())
        .isEqualTo("daemon set \"agent\" successfully rolled out");
  }

  /**
   * maxSurge 2 (maxUnavailable 0): new pods start next to old ones; an old pod goes once its new
   * one is available.
   */
  @Test
  void surgeNeverDropsAvailability() throws Exception {
    Scenario s =
        cluster(4, strategy(Scenario.daemonSet("agent"), IntOrString.of(0), IntOrString.of(2)));
    setImage(s, "agent:2");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(4, 2, 0));
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(4);
    // UP-TO-DATE looks at the oldest pod per node: the old one while both run.
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isZero();
    s.advance("2");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(2, 4, 2));
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(4);
    s.settle();
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(0, 4, 0));
  }

  /**
   * minReadySeconds: a new pod counts as available, and frees the budget, only after staying Ready
   * that long.
   */
  @Test
  void minReadySecondsHoldsTheNextStep() throws Exception {
    DaemonSet ds = strategy(Scenario.daemonSet("agent"), IntOrString.of(1), IntOrString.of(0));
    ds =
        ds.withSpec(
            new DaemonSetSpec(
                ds.spec().selector(), ds.spec().template(), ds.spec().updateStrategy(), 10, null));
    Scenario s = cluster(2, ds);
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(2);
    setImage(s, "agent:2");
    s.advance("3");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(1, 1, 0));
    assertThat(s.ds("agent").status().numberReady()).isEqualTo(2);
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(1);
    s.advance("9");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(1, 1, 0));
    s.advance("1");
    assertThat(counts(s, "agent:2")).isEqualTo(new Counts(0, 1, 1));
  }

  /**
   * §13.7: a new image that never becomes ready stalls after maxUnavailable nodes; a fix replaces
   * those first.
   */
  @Test
  void brokenImageStallsAtTheBudgetAndTheNextUpdateReplacesTheBrokenPodsFirst() throws Exception {
    Scenario s =
        cluster(5, strategy(Scenario.daemonSet("agent"), IntOrString.of(2), IntOrString.of(0)));
    s.cluster
        .images()
        .set(
            "agent:bad",
            new ImageBehaviour(Duration.ofSeconds(2), Duration.ofSeconds(1), true, null, false));
    setImage(s, "agent:bad");
    s.settle();
    assertThat(counts(s, "agent:bad")).isEqualTo(new Counts(3, 2, 0));
    assertThat(s.cluster.isSettled()).isTrue();
    assertThat(RolloutStatus.of(s.ds("agent")).message())
        .isEqualTo(
            "Waiting for daemon set \"agent\" rollout to finish: 2 out of 5 new pods have been updated...");
    setImage(s, "agent:3");
    // both broken pods are replaced at once, whatever the budget, and no healthy old pod is touched
    // yet
    assertThat(
            s.pods().stream()
                .filter(p -> p.metadata().isDeleting())
                .allMatch(p -> p.spec().containers().get(0).image().equals("agent:bad")))
        .isTrue();
    assertThat(counts(s, "agent:3")).isEqualTo(new Counts(3, 0, 2));
    s.settle();
    assertThat(counts(s, "agent:3")).isEqualTo(new Counts(0, 5, 0));
  }

  /**
   * §8.3: a node whose taint the new template no longer tolerates keeps its old pod in manage
   * (NoSchedule: shouldContinueRunning), and the surge path removes it only while availability
   * stays at DESIRED.
   */
  @Test
  void surgeRemovesThePodOfANodeTheNewTemplateNoLongerToleratesWithoutLosingAvailability() {
    DaemonSet ds =
        Scenario.withPodSpec(
            strategy(Scenario.daemonSet("agent"), IntOrString.of(0), IntOrString.of(1)),
            p ->
                p.withTolerations(
                    List.of(
                        new Toleration(
                            "dedicated", Toleration.EXISTS, null, TaintEffect.NoSchedule, null))));
    Scenario s =
        new Scenario()
            .node("n1")
            .node("n2")
            .node("n3", Map.of(), Taint.of("dedicated", "", TaintEffect.NoSchedule))
            .apply(ds)
            .settle();
    assertThat(s.podNodes()).containsExactly("n1", "n2", "n3");
    s.update(Scenario.withPodSpec(s.ds("agent"), p -> p.withTolerations(List.of())));
    assertThat(s.ds("agent").status().desiredNumberScheduled()).isEqualTo(2);
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(2);
    assertThat(s.podNodes()).doesNotContain("n3");
    s.settle();
    assertThat(s.podNodes()).containsExactly("n1", "n2");
    assertThat(s.ds("agent").status().numberMisscheduled()).isZero();
  }

  /** §9.4: at most revisionHistoryLimit old revisions stay. */
  @Test
  void historyKeepsTheLimitOfOldRevisions() throws Exception {
    DaemonSet ds = Scenario.daemonSet("agent");
    ds = ds.withSpec(ds.spec().withRevisionHistoryLimit(2));
    Scenario s = cluster(1, ds);
    for (int i = 2; i <= 6; i++) {
      setImage(s, "agent:" + i);
      s.settle();
    }
    List<ControllerRevision> history = Rollouts.history(s.cluster, s.ds("agent"));
    assertThat(history).extracting(ControllerRevision::revision).containsExactly(4L, 5L, 6L);
  }

  /**
   * §9.3: rollback reuses the old revision and renumbers it to max+1; undo to a missing revision
   * says so.
   */
  @Test
  void rollbackRenumbersTheOldRevision() throws Exception {
    Scenario s = cluster(2, Scenario.daemonSet("agent"));
    setImage(s, "agent:2");
    s.settle();
    Rollouts.UndoResult r = Rollouts.undo(s.cluster, "default", "agent", 0);
    assertThat(r.rolledBack()).isTrue();
    assertThat(r.revision()).isEqualTo(1);
    s.settle();
    assertThat(Rollouts.history(s.cluster, s.ds("agent")))
        .extracting(ControllerRevision::revision)
        .containsExactly(2L, 3L);
    assertThat(s.pods())
        .allSatisfy(p -> assertThat(p.spec().containers().get(0).image()).isEqualTo("nginx:1.27"));
    assertThat(Rollouts.undo(s.cluster, "default", "agent", 3).rolledBack()).isFalse();
    assertThatThrownBy(() -> Rollouts.undo(s.cluster, "default", "agent", 7))
        .isInstanceOf(RolloutException.class)
        .hasMessage("unable to find specified revision 7 in history");
  }

  /**
   * §8.6: changing only the strategy bumps the generation, not the template, and replaces no pod.
   */
  @Test
  void strategyChangeReplacesNoPod() {
    Scenario s = cluster(2, Scenario.daemonSet("agent"));
    List<String> before = s.pods().stream().map(p -> p.metadata().name()).toList();
    s.update(strategy(s.ds("agent"), IntOrString.of("50%"), IntOrString.of(0)));
    assertThat(s.ds("agent").metadata().generation()).isEqualTo(2);
    assertThat(s.ds("agent").templateGeneration()).isEqualTo(1);
    assertThat(s.settle().pods().stream().map(p -> p.metadata().name()).toList()).isEqualTo(before);
  }

  /**
   * Bad input: an invalid strategy is rejected with the API server's message and nothing changes.
   */
  @Test
  void invalidStrategyIsRejectedAndTheRunningDaemonSetIsUntouched() {
    Scenario s = cluster(1, Scenario.daemonSet("agent"));
    DaemonSet before = s.ds("agent");
    assertThatThrownBy(
            () -> s.cluster.api().update(strategy(before, IntOrString.of(0), IntOrString.of(0))))
        .isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).kubectlMessage())
        .isEqualTo(
            "The DaemonSet \"agent\" is invalid: spec.updateStrategy.rollingUpdate.maxUnavailable: "
                + "Required value: cannot be 0 when maxSurge is 0");
    assertThatThrownBy(
            () ->
                s.cluster.api().update(strategy(before, IntOrString.of("150%"), IntOrString.of(0))))
        .hasMessageContaining("is invalid");
    assertThatThrownBy(
            () ->
                s.cluster
                    .api()
                    .update(
                        before.withSpec(
                            before
                                .spec()
                                .withUpdateStrategy(
                                    new DaemonSetUpdateStrategy("Recreate", null)))))
        .isInstanceOf(ApiException.class);
    assertThat(s.ds("agent")).isEqualTo(before);
  }

  /** rollout status refuses OnDelete, as kubectl does. */
  @Test
  void rolloutStatusRefusesOnDelete() {
    DaemonSet ds = Scenario.daemonSet("agent");
    Scenario s =
        cluster(
            1,
            ds.withSpec(
                ds.spec().withUpdateStrategy(new DaemonSetUpdateStrategy("OnDelete", null))));
    assertThatThrownBy(() -> RolloutStatus.of(s.ds("agent")))
        .hasMessage("rollout status is only available for RollingUpdate strategy type");
  }

  @Test
  void setImageNamesAMissingContainer() {
    Scenario s = cluster(1, Scenario.daemonSet("agent"));
    assertThatThrownBy(() -> Rollouts.setImage(s.cluster, "default", "agent", "sidecar", "x:1"))
        .hasMessage("unable to find container named \"sidecar\"");
    assertThat(Container.of("a", "b").withImage("c").image()).isEqualTo("c");
  }
}
