package dev.dslab.engine.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node whose kubelet stops (§4.7 of the reference, nodelifecycle's monitorNodeHealth and
 * doNoExecuteTaintingPass, tainteviction's processPodOnNode).
 */
class NodeFailureScenarioTest {
  private static ConditionStatus ready(Scenario s, String node) {
    return s.nodeObject(node).status().condition(NodeCondition.READY).orElseThrow().status();
  }

  private static List<String> taintKeys(Node node) {
    return node.spec().taints().stream().map(Taint::toString).toList();
  }

  /**
   * Ready turns Unknown at the first 5 s monitor tick after the 50 s grace period; unreachable
   * taints follow.
   */
  @Test
  void nodeTurnsUnknownAfterTheGracePeriodAndGetsTheUnreachableTaints() throws ApiException {
    Scenario s = new Scenario().node("n1").node("n2").apply(Scenario.daemonSet("agent")).settle();
    s.advance("5");
    s.cluster.nodeDown("n1");
    // down at 7 s: the grace period ends at 57 s, the next monitor tick is at 60 s
    s.advance("52");
    assertThat(ready(s, "n1")).isEqualTo(ConditionStatus.True);
    s.advance("1");
    assertThat(ready(s, "n1")).isEqualTo(ConditionStatus.Unknown);
    assertThat(s.nodeObject("n1").status().condition(NodeCondition.READY).orElseThrow().reason())
        .isEqualTo("NodeStatusUnknown");
    assertThat(taintKeys(s.nodeObject("n1")))
        .containsExactly(
            "node.kubernetes.io/unreachable:NoSchedule",
            "node.kubernetes.io/unreachable:NoExecute");
    assertThat(s.eventReasons("Node"))
        .contains("NodeNotReady: Node n1 status is now: NodeNotReady");
  }

  /**
   * §4.7: the daemon pod is not evicted; the node leaves DESIRED and its pod counts as
   * misscheduled.
   */
  @Test
  void daemonPodStaysOnAnUnreachableNodeAndCountsAsMisscheduled() throws ApiException {
    Scenario s =
        new Scenario().node("n1").node("n2").node("n3").apply(Scenario.daemonSet("agent")).settle();
    s.cluster.nodeDown("n1");
    s.advance("60").settle();
    assertThat(s.podNodes()).containsExactly("n1", "n2", "n3");
    var status = s.ds("agent").status();
    assertThat(status.desiredNumberScheduled()).isEqualTo(2);
    assertThat(status.numberMisscheduled()).isEqualTo(1);
    assertThat(status.numberReady()).isEqualTo(2);
    assertThat(status.numberUnavailable()).isZero();
    Pod onDownNode =
        s.pods().stream().filter(p -> "n1".equals(p.spec().nodeName())).findFirst().orElseThrow();
    assertThat(onDownNode.status().isReady()).isFalse();

    s.cluster.nodeUp("n1");
    assertThat(ready(s, "n1")).isEqualTo(ConditionStatus.True);
    s.settle();
    assertThat(taintKeys(s.nodeObject("n1"))).isEmpty();
    status = s.ds("agent").status();
    assertThat(status.desiredNumberScheduled()).isEqualTo(3);
    assertThat(status.numberReady()).isEqualTo(3);
    assertThat(status.numberMisscheduled()).isZero();
    assertThat(s.eventReasons("Node")).contains("NodeReady: Node n1 status is now: NodeReady");
  }

  /**
   * DefaultTolerationSeconds: an ordinary pod is evicted 300 s after the unreachable taint; it
   * stays Terminating.
   */
  @Test
  void ordinaryPodIsEvictedThreeHundredSecondsAfterTheNodeBecameUnreachable() throws ApiException {
    Scenario s = new Scenario().node("n1");
    Pod pod =
        new Pod(ObjectMeta.named("default", "web"), PodSpec.of(Container.of("web", "nginx")), null);
    s.cluster.api().create(pod);
    s.settle();
    assertThat(s.pods().get(0).spec().tolerations())
        .extracting(Toleration::tolerationSeconds)
        .containsExactly(300L, 300L);
    s.cluster.nodeDown("n1");
    // down at 2 s: unreachable at the 55 s tick, evicted 300 s later
    s.advance("53");
    assertThat(s.pods().get(0).metadata().isDeleting()).isFalse();
    s.advance("299");
    assertThat(s.pods().get(0).metadata().isDeleting()).isFalse();
    s.advance("1");
    assertThat(s.pods().get(0).metadata().isDeleting()).isTrue();
    assertThat(s.eventReasons("Pod"))
        .contains("TaintManagerEviction: Marking for deletion Pod default/web");
    s.settle();
    assertThat(s.pods()).hasSize(1);
    s.cluster.nodeUp("n1");
    s.settle();
    assertThat(s.pods()).isEmpty();
  }

  /**
   * §4.6 "surprising loop": tolerated for N seconds, the pod is evicted and the DaemonSet recreates
   * it.
   */
  @Test
  void toleratedForThirtySecondsTheDaemonPodIsEvictedAndRecreatedInALoop() {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withTolerations(
                    List.of(
                        new Toleration(
                            "maintenance", Toleration.EXISTS, null, TaintEffect.NoExecute, 30L))));
    Scenario s = new Scenario().node("n1").apply(ds).settle();
    String first = s.pods().get(0).metadata().name();
    s.taint("n1", Taint.of("maintenance", "", TaintEffect.NoExecute));
    s.advance("29");
    assertThat(s.pods().get(0).metadata().name()).isEqualTo(first);
    s.advance("1");
    assertThat(s.pods().get(0).metadata().isDeleting()).isTrue();
    s.advance("1");
    String second = s.pods().get(0).metadata().name();
    assertThat(second).isNotEqualTo(first);
    s.advance("30");
    assertThat(s.pods()).extracting(p -> p.metadata().name()).doesNotContain(first);
    assertThat(s.eventReasons("Pod"))
        .filteredOn(e -> e.startsWith("TaintManagerEviction"))
        .hasSize(2);
  }

  /** Removing the NoExecute taint before the time runs out cancels the eviction. */
  @Test
  void removingTheTaintCancelsTheEviction() {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withTolerations(
                    List.of(
                        new Toleration(
                            "maintenance", Toleration.EXISTS, null, TaintEffect.NoExecute, 30L))));
    Scenario s = new Scenario().node("n1").apply(ds).settle();
    s.taint("n1", Taint.of("maintenance", "", TaintEffect.NoExecute));
    s.advance("10");
    s.updateNode("n1", n -> n.withSpec(n.spec().withTaints(List.of())));
    s.advance("60");
    assertThat(s.pods())
        .singleElement()
        .satisfies(p -> assertThat(p.metadata().isDeleting()).isFalse());
    assertThat(s.eventReasons("Pod"))
        .contains(
            "TaintManagerEviction: Cancelling deletion of Pod default/"
                + s.pods().get(0).metadata().name());
  }

  /**
   * kubectl cordon: the unschedulable taint appears; daemon pods stay and still get created there.
   */
  @Test
  void cordonAddsTheUnschedulableTaintAndDaemonPodsStay() {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    s.updateNode("n1", n -> n.withSpec(n.spec().withUnschedulable(true)));
    assertThat(taintKeys(s.nodeObject("n1")))
        .containsExactly("node.kubernetes.io/unschedulable:NoSchedule");
    s.apply(Scenario.daemonSet("second")).settle();
    assertThat(s.podNodes()).containsExactly("n1", "n1");
    s.updateNode("n1", n -> n.withSpec(n.spec().withUnschedulable(false)));
    assertThat(taintKeys(s.nodeObject("n1"))).isEmpty();
  }

  @Test
  void unknownNodeIsReportedAndNothingChanges() {
    Scenario s = new Scenario().node("n1");
    assertThatThrownBy(() -> s.cluster.nodeDown("nope"))
        .isInstanceOf(ApiException.class)
        .hasMessage("nodes \"nope\" not found");
    assertThat(s.cluster.isSettled()).isTrue();
    assertThat(s.cluster.store().count(Kind.NODE)).isEqualTo(1);
  }
}
