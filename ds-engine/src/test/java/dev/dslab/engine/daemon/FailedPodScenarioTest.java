package dev.dslab.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import org.junit.jupiter.api.Test;

/**
 * TestDaemonKillFailedPods and TestDaemonKillFailedPodsBackoff: failed daemon pods are killed with
 * back-off.
 */
class FailedPodScenarioTest {
  private static void fail(Scenario s) throws ApiException {
    Pod pod = s.pods().stream().filter(p -> !p.metadata().isDeleting()).findFirst().orElseThrow();
    s.cluster
        .api()
        .updateStatus(
            pod.withStatus(pod.status().withPhase(PodPhase.Failed))
                .withMetadata(pod.metadata().withResourceVersion(null)));
    s.cluster.reconcile();
  }

  @Test
  void failedPodIsDeletedWithAnEventAndReplaced() throws ApiException {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    String first = s.pods().get(0).metadata().name();
    fail(s);
    assertThat(s.eventReasons("DaemonSet"))
        .contains(
            "FailedDaemonPod: Found failed daemon pod default/"
                + first
                + " on node n1, will try to kill it",
            "SuccessfulDelete: Deleted pod: " + first);
    s.settle();
    assertThat(s.pods())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metadata().name()).isNotEqualTo(first);
              assertThat(p.status().isReady()).isTrue();
            });
  }

  @Test
  void aSecondFailureWithinTheBackOffWaitsBeforeTheKill() throws ApiException {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    fail(s);
    s.settle();
    // The replacement fails 3 s after the first kill: past the 1 s back-off, so it is killed at
    // once.
    fail(s);
    long kills =
        s.eventReasons("DaemonSet").stream().filter(e -> e.startsWith("FailedDaemonPod")).count();
    assertThat(kills).isEqualTo(2);
    // The next replacement fails at once: within the new 2 s back-off, so it waits.
    fail(s);
    assertThat(
            s.pods().stream()
                .filter(p -> p.status().phase() == PodPhase.Failed && !p.metadata().isDeleting()))
        .hasSize(1);
    s.advance("2");
    assertThat(
            s.pods().stream()
                .filter(p -> p.status().phase() == PodPhase.Failed && !p.metadata().isDeleting()))
        .isEmpty();
  }
}
