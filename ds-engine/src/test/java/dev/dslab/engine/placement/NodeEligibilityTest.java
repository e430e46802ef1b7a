package dev.dslab.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision table of NodeShouldRunDaemonPod (§3 of the reference, TestNodeShouldRunDaemonPod).
 */
class NodeEligibilityTest {
  private static final PodSpec SPEC = PodSpec.of(Container.of("c", "i"));

  private static Node node(Taint... taints) {
    return new Node(ObjectMeta.named("n1"), new NodeSpec(null, List.of(taints), false, null), null);
  }

  private static Eligibility evaluate(PodSpec spec, Node node) {
    return NodeEligibility.evaluate(spec, NodeEligibility.tolerations(spec), node);
  }

  @Test
  void untaintedMatchingNodeRunsAndKeeps() {
    assertThat(evaluate(SPEC, node())).isEqualTo(Eligibility.RUN);
  }

  @Test
  void untoleratedNoScheduleBlocksNewPodsButKeepsRunningOnes() {
    Eligibility e = evaluate(SPEC, node(Taint.of("k", "v", TaintEffect.NoSchedule)));
    assertThat(e.shouldRun()).isFalse();
    assertThat(e.shouldContinueRunning()).isTrue();
    assertThat(e.why())
        .contains("taint k=v:NoSchedule is not tolerated (no new pod; a running pod stays)");
  }

  @Test
  void untoleratedNoExecuteRemovesRunningPodsAndIsNamedFirst() {
    Eligibility e =
        evaluate(
            SPEC,
            node(
                Taint.of("a", "", TaintEffect.NoSchedule),
                Taint.of("b", "", TaintEffect.NoExecute)));
    assertThat(e.shouldRun()).isFalse();
    assertThat(e.shouldContinueRunning()).isFalse();
    assertThat(e.untoleratedTaint().key()).isEqualTo("b");
  }

  @Test
  void preferNoScheduleIsIgnored() {
    assertThat(evaluate(SPEC, node(Taint.of("k", "", TaintEffect.PreferNoSchedule))))
        .isEqualTo(Eligibility.RUN);
  }

  @Test
  void automaticTolerationsCoverTheNodeLifecycleTaintsButNotNotReadyNoSchedule() {
    assertThat(
            evaluate(
                SPEC,
                node(
                    Taint.of("node.kubernetes.io/unschedulable", "", TaintEffect.NoSchedule),
                    Taint.of("node.kubernetes.io/not-ready", "", TaintEffect.NoExecute),
                    Taint.of("node.kubernetes.io/unreachable", "", TaintEffect.NoExecute),
                    Taint.of("node.kubernetes.io/memory-pressure", "", TaintEffect.NoSchedule))))
        .isEqualTo(Eligibility.RUN);
    Eligibility notReady =
        evaluate(SPEC, node(Taint.of("node.kubernetes.io/not-ready", "", TaintEffect.NoSchedule)));
    assertThat(notReady.shouldRun()).isFalse();
    assertThat(notReady.shouldContinueRunning()).isTrue();
  }

  @Test
  void networkUnavailableIsToleratedOnlyWithHostNetwork() {
    Node node =
        node(Taint.of("node.kubernetes.io/network-unavailable", "", TaintEffect.NoSchedule));
    assertThat(evaluate(SPEC, node).shouldRun()).isFalse();
    assertThat(evaluate(SPEC.withHostNetwork(true), node).shouldRun()).isTrue();
  }

  @Test
  void tolerationSecondsDoesNotAffectPlacement() {
    PodSpec spec =
        SPEC.withTolerations(
            List.of(new Toleration("k", Toleration.EXISTS, null, TaintEffect.NoExecute, 30L)));
    assertThat(evaluate(spec, node(Taint.of("k", "", TaintEffect.NoExecute))))
        .isEqualTo(Eligibility.RUN);
  }

  @Test
  void nodeNameMismatchNeitherRunsNorKeeps() {
    Eligibility e = evaluate(SPEC.withNodeName("other"), node());
    assertThat(e.shouldRun()).isFalse();
    assertThat(e.shouldContinueRunning()).isFalse();
  }

  @Test
  void userTolerationWithTheAutomaticIdentityLosesItsTolerationSeconds() {
    List<Toleration> result =
        DaemonPodTolerations.addTo(
            List.of(
                new Toleration(
                    "node.kubernetes.io/not-ready",
                    Toleration.EXISTS,
                    null,
                    TaintEffect.NoExecute,
                    300L)),
            false);
    assertThat(result).hasSize(6);
    assertThat(result.get(0).tolerationSeconds()).isNull();
    assertThat(DaemonPodTolerations.addTo(List.of(), true))
        .hasSize(7)
        .last()
        .extracting(Toleration::key)
        .isEqualTo("node.kubernetes.io/network-unavailable");
  }
}
