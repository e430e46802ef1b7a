package dev.dslab.engine.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Daemon pods go through the scheduler (§13.1): a pod that does not fit stays Pending with its
 * reason.
 */
class SchedulerScenarioTest {
  @Test
  void podThatDoesNotFitStaysPendingWithUpstreamsMessage() {
    TreeMap<String, Quantity> requests = new TreeMap<>(Map.of("cpu", Quantity.parse("6")));
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("big"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("big", "big:1")
                            .withResources(new ResourceRequirements(requests, null)))));
    Scenario s = new Scenario().node("n1").node("n2").node("n3").apply(ds).settle();
    assertThat(s.pods())
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.status().phase()).isEqualTo(PodPhase.Pending);
              assertThat(p.spec().nodeName()).isNull();
            });
    assertThat(s.eventReasons("Pod"))
        .contains(
            "FailedScheduling: 0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node "
                + "affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found"
                + " for incoming pod, 2 Preemption is not helpful for scheduling..");
    assertThat(s.ds("big").status().numberReady()).isZero();
    assertThat(s.ds("big").status().currentNumberScheduled()).isEqualTo(3);
  }

  @Test
  void hostPortTakenByAnotherDaemonSetKeepsTheSecondPending() {
    DaemonSet first =
        Scenario.withPodSpec(
            Scenario.daemonSet("first"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("first", "a:1")
                            .withPorts(
                                List.of(new ContainerPort(null, 9100, 9100, "TCP", null))))));
    DaemonSet second =
        Scenario.withPodSpec(
            Scenario.daemonSet("second"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("second", "b:1")
                            .withPorts(
                                List.of(new ContainerPort(null, 9100, 9100, "TCP", null))))));
    Scenario s = new Scenario().node("n1").apply(first).apply(second).settle();
    assertThat(s.ds("first").status().numberReady()).isEqualTo(1);
    assertThat(s.ds("second").status().numberReady()).isZero();
    assertThat(s.eventReasons("Pod"))
        .anyMatch(
            e ->
                e.equals(
                    "FailedScheduling: 0/1 nodes are available: 1 node(s) didn't have free ports for"
                        + " the requested pod ports. preemption: 0/1 nodes are available: 1 No"
                        + " preemption victims found for incoming pod.."));
  }
}
