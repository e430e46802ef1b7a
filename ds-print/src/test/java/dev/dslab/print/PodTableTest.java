package dev.dslab.print;

import static dev.dslab.print.Fixtures.ALL_NAMESPACES;
import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.SHOW_LABELS;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.ago;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerState.Running;
import dev.dslab.model.core.ContainerState.Terminated;
import dev.dslab.model.core.ContainerState.Waiting;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTableTest {

  private static ContainerStatus running(String name, boolean ready) {
    return new ContainerStatus(name, name + ":1", ready, 0, true, new Running(ago("5m")), null);
  }

  private static ContainerStatus inState(String name, ContainerState state) {
    return new ContainerStatus(name, name + ":1", false, 0, false, state, null);
  }

  private static ContainerStatus restarted(
      String name, int restarts, ContainerState state, String lastFinishedAgo) {
    Terminated last = new Terminated(1, "Error", ago("10m"), ago(lastFinishedAgo));
    return new ContainerStatus(name, name + ":1", false, restarts, false, state, last);
  }

  private static PodCondition ready(boolean ready) {
    return new PodCondition(
        PodCondition.READY, ready ? ConditionStatus.True : ConditionStatus.False, null, null, null);
  }

  /** A pod of one container per status, on a node, in the given phase. */
  private static Pod pod(
      String name, String age, PodPhase phase, boolean ready, ContainerStatus... statuses) {
    List<Container> containers =
        Arrays.stream(statuses).map(s -> Container.of(s.name(), s.image())).toList();
    PodStatus status =
        new PodStatus(
            phase,
            List.of(ready(ready)),
            "172.18.0.2",
            null,
            ago(age),
            List.of(statuses),
            null,
            null);
    PodSpec spec = PodSpec.of().withContainers(containers).withNodeName("kind-worker");
    return new Pod(meta("default", name, age), spec, status);
  }

  private static Pod nodeExporter(String name, String age, String ip, String node) {
    Pod pod = pod(name, age, PodPhase.Running, true, running("node-exporter", true));
    return pod.withMetadata(
            pod.metadata()
                .withNamespace("monitoring")
                .withLabels(
                    Map.of(
                        "app",
                        "node-exporter",
                        "controller-revision-hash",
                        "6f7d8b9c5",
                        "pod-template-generation",
                        "1")))
        .withSpec(pod.spec().withNodeName(node))
        .withStatus(pod.status().withIps("172.18.0.1", ip));
  }

  private static String status(Pod pod) {
    return PodTable.Summary.of(pod).status();
  }

  @Test
  void widePodTableMatchesKubectlLayout() {
    List<Pod> pods =
        List.of(
            nodeExporter("node-exporter-klbjc", "8m5s", "172.18.0.5", "kind-multinodes-worker2"),
            nodeExporter("node-exporter-rxlwb", "8m5s", "172.18.0.4", "kind-multinodes-worker"));

    assertThat(Printers.table(pods, NOW, WIDE))
        .isEqualTo(
            """
        NAME                  READY   STATUS    RESTARTS   AGE    IP           NODE                      NOMINATED NODE   READINESS GATES
        node-exporter-klbjc   1/1     Running   0          8m5s   172.18.0.5   kind-multinodes-worker2   <none>           <none>
        node-exporter-rxlwb   1/1     Running   0          8m5s   172.18.0.4   kind-multinodes-worker    <none>           <none>
        """);
  }

  @Test
  void podTableMatchesKubectlLayout() {
    List<Pod> pods =
        List.of(
            nodeExporter("node-exporter-klbjc", "5m5s", "172.18.0.5", "kind-multinodes-worker2"),
            nodeExporter("node-exporter-rxlwb", "5m5s", "172.18.0.4", "kind-multinodes-worker"));

    assertThat(Printers.table(pods, NOW, PLAIN))
        .isEqualTo(
            """
        NAME                  READY   STATUS    RESTARTS   AGE
        node-exporter-klbjc   1/1     Running   0          5m5s
        node-exporter-rxlwb   1/1     Running   0          5m5s
        """);
  }

  @Test
  void aDeletedPodThatStillRunsIsTerminating() {
    Pod pod = pod("greet-c4v52", "3m", PodPhase.Running, true, running("greet", true));
    Pod deleted = pod.withMetadata(pod.metadata().withDeletion(ago("1s"), 30L));

    assertThat(Printers.table(List.of(deleted), NOW, PLAIN))
        .isEqualTo(
            """
        NAME          READY   STATUS        RESTARTS   AGE
        greet-c4v52   1/1     Terminating   0          3m
        """);
  }

  @Test
  void aPodWhoseContainerIsBeingCreatedShowsItsNodeButNoIp() {
    Pod creating =
        pod(
            "greet-x7k2p",
            "2s",
            PodPhase.Pending,
            false,
            inState("greet", new Waiting("ContainerCreating", null)));

    assertThat(Printers.table(List.of(creating), NOW, WIDE))
        .isEqualTo(
            """
        NAME          READY   STATUS              RESTARTS   AGE   IP       NODE          NOMINATED NODE   READINESS GATES
        greet-x7k2p   0/1     ContainerCreating   0          2s    <none>   kind-worker   <none>           <none>
        """);
  }

  @Test
  void aCrashLoopingPodShowsItsRestartsAndWhenTheLastOneWas() {
    Pod crashing =
        pod(
            "crashy-5j8kq",
            "5m",
            PodPhase.Running,
            false,
            restarted(
                "crashy",
                4,
                new Waiting("CrashLoopBackOff", "back-off 40s restarting failed container"),
                "10s"));

    assertThat(Printers.table(List.of(crashing), NOW, PLAIN))
        .isEqualTo(
            """
        NAME           READY   STATUS             RESTARTS      AGE
        crashy-5j8kq   0/1     CrashLoopBackOff   4 (10s ago)   5m
        """);
  }

  @Test
  void restartsAddUpAcrossContainersAndTheLatestRestartIsShown() {
    Pod pod =
        pod(
            "two-6bq8d",
            "1h",
            PodPhase.Running,
            true,
            restarted("app", 1, new Running(ago("5m")), "5m"),
            restarted("sidecar", 2, new Running(ago("40s")), "40s"));

    assertThat(PodTable.Summary.of(pod).restarts(NOW)).isEqualTo("3 (40s ago)");
  }

  @Test
  void restartsWithoutAKnownTimeAreJustACount() {
    ContainerStatus restartedUntimed =
        new ContainerStatus("app", "app:1", true, 2, true, new Running(ago("1m")), null);

    assertThat(
            PodTable.Summary.of(pod("p", "1h", PodPhase.Running, true, restartedUntimed))
                .restarts(NOW))
        .isEqualTo("2");
  }

  @Test
  void readyCountsOnlyReadyRunningContainersOutOfAllSpecContainers() {
    Pod pod =
        pod("half-ready", "1m", PodPhase.Running, false, running("a", true), running("b", false));

    assertThat(PodTable.Summary.of(pod).ready()).isEqualTo("1/2");
  }

  @Test
  void imagePullFailuresShowTheWaitingReason() {
    assertThat(
            status(
                pod(
                    "p",
                    "1m",
                    PodPhase.Pending,
                    false,
                    inState("a", new Waiting("ErrImagePull", null)))))
        .isEqualTo("ErrImagePull");
    assertThat(
            status(
                pod(
                    "p",
                    "1m",
                    PodPhase.Pending,
                    false,
                    inState("a", new Waiting("ImagePullBackOff", null)))))
        .isEqualTo("ImagePullBackOff");
  }

  @Test
  void theFirstContainerWithAReasonHasTheLastWord() {
    Pod pod =
        pod(
            "p",
            "1m",
            PodPhase.Pending,
            false,
            inState("a", new Waiting("ImagePullBackOff", null)),
            inState("b", new Waiting("CrashLoopBackOff", null)));

    assertThat(status(pod)).isEqualTo("ImagePullBackOff");
  }

  @Test
  void aWaitingContainerWithoutReasonKeepsThePhase() {
    assertThat(
            status(pod("p", "1m", PodPhase.Pending, false, inState("a", new Waiting(null, null)))))
        .isEqualTo("Pending");
  }

  @Test
  void aPodWhoseContainersAllCompletedIsCompleted() {
    Pod done =
        pod(
            "job-x",
            "1m",
            PodPhase.Succeeded,
            false,
            inState("a", new Terminated(0, "Completed", ago("1m"), ago("30s"))));

    assertThat(status(done)).isEqualTo("Completed");
  }

  @Test
  void aTerminatedContainerWithoutReasonShowsItsExitCode() {
    Pod failed =
        pod(
            "p",
            "1m",
            PodPhase.Failed,
            false,
            inState("a", new Terminated(137, null, ago("1m"), ago("30s"))));

    assertThat(status(failed)).isEqualTo("ExitCode:137");
  }

  @Test
  void aCompletedContainerBesideARunningOneIsRunningWhenThePodIsReady() {
    ContainerStatus completed =
        inState("init-like", new Terminated(0, "Completed", ago("1m"), ago("30s")));

    assertThat(status(pod("p", "1m", PodPhase.Running, true, completed, running("app", true))))
        .isEqualTo("Running");
    assertThat(status(pod("p", "1m", PodPhase.Running, false, completed, running("app", true))))
        .isEqualTo("NotReady");
  }

  @Test
  void thePodReasonReplacesThePhase() {
    Pod evicted = pod("p", "1m", PodPhase.Failed, false);
    evicted =
        evicted.withStatus(
            new PodStatus(
                PodPhase.Failed,
                null,
                null,
                null,
                null,
                null,
                "Evicted",
                "The node was low on memory."));

    assertThat(status(evicted)).isEqualTo("Evicted");
  }

  @Test
  void aSchedulingGatedPodSaysSo() {
    Pod gated = pod("p", "1m", PodPhase.Pending, false);
    gated =
        gated.withStatus(
            gated
                .status()
                .withCondition(
                    new PodCondition(
                        PodCondition.SCHEDULED,
                        ConditionStatus.False,
                        null,
                        "SchedulingGated",
                        null)));

    assertThat(status(gated)).isEqualTo("SchedulingGated");
  }

  @Test
  void aDeletedPodOnALostNodeIsUnknown() {
    Pod pod = pod("p", "1h", PodPhase.Running, true, running("a", true));
    Pod lost =
        pod.withMetadata(pod.metadata().withDeletion(ago("5m"), 30L))
            .withStatus(
                new PodStatus(
                    PodPhase.Running,
                    null,
                    null,
                    null,
                    null,
                    pod.status().containerStatuses(),
                    "NodeLost",
                    "Node kind-worker which was running pod p is unresponsive"));

    assertThat(status(lost)).isEqualTo("Unknown");
  }

  @Test
  void aDeletedPodThatAlreadyFinishedIsNotTerminating() {
    Pod done =
        pod(
            "job-x",
            "1m",
            PodPhase.Succeeded,
            false,
            inState("a", new Terminated(0, "Completed", ago("1m"), ago("30s"))));
    Pod deleted = done.withMetadata(done.metadata().withDeletion(ago("1s"), 30L));

    assertThat(status(deleted)).isEqualTo("Completed");
  }

  @Test
  void showLabelsAddsTheLabelsLast() {
    Pod pod = nodeExporter("node-exporter-klbjc", "5m5s", "172.18.0.5", "kind-multinodes-worker2");

    assertThat(Printers.table(List.of(pod), NOW, SHOW_LABELS))
        .isEqualTo(
            """
        NAME                  READY   STATUS    RESTARTS   AGE    LABELS
        node-exporter-klbjc   1/1     Running   0          5m5s   app=node-exporter,controller-revision-hash=6f7d8b9c5,pod-template-generation=1
        """);
  }

  @Test
  void showLabelsSaysNoneForAnUnlabelledPod() {
    Pod pod = pod("bare", "5m", PodPhase.Running, true, running("a", true));

    assertThat(Printers.table(List.of(pod), NOW, SHOW_LABELS))
        .isEqualTo(
            """
        NAME   READY   STATUS    RESTARTS   AGE   LABELS
        bare   1/1     Running   0          5m    <none>
        """);
  }

  @Test
  void allNamespacesAddsTheNamespaceFirst() {
    Pod pod = nodeExporter("node-exporter-klbjc", "5m5s", "172.18.0.5", "kind-multinodes-worker2");

    assertThat(Printers.table(List.of(pod), NOW, ALL_NAMESPACES))
        .isEqualTo(
            """
        NAMESPACE    NAME                  READY   STATUS    RESTARTS   AGE
        monitoring   node-exporter-klbjc   1/1     Running   0          5m5s
        """);
  }
}
