package dev.dslab.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DaemonSet placement on a live cluster, step by step. Each test names the upstream test or
 * documented behaviour it follows (pkg/controller/daemon/daemon_controller_test.go, the concept
 * page).
 */
class PlacementScenarioTest {
  private static Taint taint(String key, TaintEffect effect) {
    return Taint.of(key, "", effect);
  }

  /** TestSimpleDaemonSetLaunchesPods: one pod per node, Running and Ready 2 s later. */
  @Test
  void createsOnePodPerNodeThatBecomesReadyTwoSecondsLater() {
    Scenario s = new Scenario().node("n1").node("n2").node("n3").apply(Scenario.daemonSet("agent"));
    assertThat(s.podNodes()).containsExactly("n1", "n2", "n3");
    assertThat(s.ds("agent").status()).isEqualTo(new DaemonSetStatus(3, 0, 3, 0, 1, 3, 0, 3, null));
    assertThat(s.pods())
        .allSatisfy(p -> assertThat(p.status().phase()).isEqualTo(PodPhase.Pending));
    s.advance("1.999");
    assertThat(s.ds("agent").status().numberReady()).isZero();
    s.advance("0.001");
    assertThat(s.pods())
        .allSatisfy(
            p -> {
              assertThat(p.status().phase()).isEqualTo(PodPhase.Running);
              assertThat(p.status().isReady()).isTrue();
            });
    assertThat(s.ds("agent").status()).isEqualTo(new DaemonSetStatus(3, 0, 3, 3, 1, 3, 3, 0, null));
    assertThat(s.eventReasons("DaemonSet"))
        .hasSize(3)
        .allMatch(e -> e.startsWith("SuccessfulCreate: Created pod: agent-"));
  }

  /** Concept page: "As nodes are added to the cluster, Pods are added to them." */
  @Test
  void newNodeGetsAPod() {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    s.node("n2");
    assertThat(s.podNodes()).containsExactly("n1", "n2");
    assertThat(s.ds("agent").status().desiredNumberScheduled()).isEqualTo(2);
  }

  /** TestNodeSelectorDaemonLaunchesPods and the label-change behaviour of §4.5. */
  @Test
  void nodeSelectorFollowsLabelsAddedAndRemoved() {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("ssd"), p -> p.withNodeSelector(Map.of("disk", "ssd")));
    Scenario s = new Scenario().node("n1", Map.of("disk", "ssd")).node("n2").apply(ds).settle();
    assertThat(s.podNodes()).containsExactly("n1");
    s.label("n2", "disk", "ssd");
    assertThat(s.podNodes()).containsExactly("n1", "n2");
    s.label("n1", "disk", null);
    assertThat(s.podNodes()).containsExactly("n2");
    assertThat(s.eventReasons("DaemonSet"))
        .last()
        .asString()
        .startsWith("SuccessfulDelete: Deleted pod: ssd-");
    s.settle();
    assertThat(s.pods()).hasSize(1);
    assertThat(s.ds("ssd").status()).isEqualTo(new DaemonSetStatus(1, 0, 1, 1, 1, 1, 1, 0, null));
  }

  /** TestNoScheduleTaintedDoesntEvicitRunningIntolerantPod: the pod stays, counted misscheduled. */
  @Test
  void noScheduleTaintKeepsTheRunningPodButCountsItMisscheduled() {
    Scenario s = new Scenario().node("n1").node("n2").apply(Scenario.daemonSet("agent")).settle();
    s.taint("n1", taint("dedicated", TaintEffect.NoSchedule));
    assertThat(s.podNodes()).containsExactly("n1", "n2");
    DaemonSetStatus st = s.ds("agent").status();
    assertThat(st.desiredNumberScheduled()).isEqualTo(1);
    assertThat(st.numberMisscheduled()).isEqualTo(1);
    assertThat(st.currentNumberScheduled()).isEqualTo(1);
  }

  /**
   * TestTaintedNodeDaemonDoesNotLaunchIntolerantPods: no new pod on an untolerated NoSchedule node.
   */
  @Test
  void noScheduleTaintBlocksANewPod() {
    Scenario s =
        new Scenario()
            .node("n1", Map.of(), taint("dedicated", TaintEffect.NoSchedule))
            .node("n2")
            .apply(Scenario.daemonSet("agent"));
    assertThat(s.podNodes()).containsExactly("n2");
  }

  /** TestNoExecuteTaintedDoesEvicitRunningIntolerantPod. */
  @Test
  void noExecuteTaintRemovesThePod() {
    Scenario s = new Scenario().node("n1").node("n2").apply(Scenario.daemonSet("agent")).settle();
    s.taint("n1", taint("evict", TaintEffect.NoExecute));
    assertThat(s.podNodes()).containsExactly("n2");
    s.settle();
    assertThat(s.pods()).hasSize(1);
    assertThat(s.ds("agent").status().desiredNumberScheduled()).isEqualTo(1);
    assertThat(s.ds("agent").status().numberMisscheduled()).isZero();
  }

  /** PreferNoSchedule taints never block a daemon pod (§3, decision table). */
  @Test
  void preferNoScheduleTaintIsIgnored() {
    Scenario s =
        new Scenario()
            .node("n1", Map.of(), taint("soft", TaintEffect.PreferNoSchedule))
            .apply(Scenario.daemonSet("agent"));
    assertThat(s.podNodes()).containsExactly("n1");
  }

  /** TestTaintedNodeDaemonLaunchesToleratePod. */
  @Test
  void toleratedTaintAllowsThePod() {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withTolerations(
                    List.of(
                        new Toleration(
                            "dedicated", Toleration.EXISTS, null, TaintEffect.NoSchedule, null))));
    Scenario s =
        new Scenario().node("n1", Map.of(), taint("dedicated", TaintEffect.NoSchedule)).apply(ds);
    assertThat(s.podNodes()).containsExactly("n1");
  }

  /** ShouldRunDaemonPodOnUnschedulableNode: a cordoned node still gets its daemon pod. */
  @Test
  void cordonedNodeStillGetsItsDaemonPod() {
    Scenario s =
        new Scenario()
            .node("n1")
            .updateNode(
                "n1",
                n ->
                    n.withSpec(
                        n.spec()
                            .withUnschedulable(true)
                            .withTaints(
                                List.of(
                                    taint(
                                        "node.kubernetes.io/unschedulable",
                                        TaintEffect.NoSchedule)))));
    s.apply(Scenario.daemonSet("agent")).settle();
    assertThat(s.podNodes()).containsExactly("n1");
    assertThat(s.pods().get(0).status().isReady()).isTrue();
  }

  /** Concept page: "If you delete a pod, the DaemonSet creates a new one" — under a new name. */
  @Test
  void deletedPodIsReplacedUnderANewNameOnceItIsGone() {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    String first = s.pods().get(0).metadata().name();
    s.deletePod(first);
    // TestDaemonSetRespectsTermination: the terminating pod blocks its replacement (no surge).
    assertThat(s.pods())
        .singleElement()
        .satisfies(p -> assertThat(p.metadata().isDeleting()).isTrue());
    s.advance("1");
    assertThat(s.pods())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metadata().name())
                  .isNotEqualTo(first)
                  .startsWith("agent-")
                  .hasSize("agent-".length() + 5);
              assertThat(p.metadata().isDeleting()).isFalse();
            });
  }

  /**
   * §4.4: the status forgets a deleted node at once; PodGC removes its pod after the 40 s
   * quarantine.
   */
  @Test
  void podOfADeletedNodeIsGarbageCollectedAfterQuarantine() {
    Scenario s = new Scenario().node("n1").node("n2").apply(Scenario.daemonSet("agent")).settle();
    s.deleteNode("n1");
    s.cluster.reconcile();
    assertThat(s.pods()).hasSize(2);
    s.update(s.ds("agent").withMetadata(s.ds("agent").metadata().withLabel("touch", "1")));
    assertThat(s.ds("agent").status().desiredNumberScheduled()).isEqualTo(1);
    assertThat(s.ds("agent").status().currentNumberScheduled()).isEqualTo(1);
    s.advance("39");
    assertThat(s.pods()).hasSize(2);
    s.settle();
    assertThat(s.podNodes()).containsExactly("n2");
  }

  /** §3 step 2: a template nodeName restricts the DaemonSet to that node. */
  @Test
  void templateNodeNameRestrictsToThatNode() {
    DaemonSet ds = Scenario.withPodSpec(Scenario.daemonSet("pinned"), p -> p.withNodeName("n2"));
    Scenario s = new Scenario().node("n1").node("n2").apply(ds);
    assertThat(s.podNodes()).containsExactly("n2");
    assertThat(s.pods().get(0).spec().nodeName()).isEqualTo("n2");
  }

  /** §5.2 and §5.3: pinning affinity, automatic tolerations, labels and controller reference. */
  @Test
  void createdPodIsPinnedLabelledAndOwned() {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent"));
    Pod pod = s.pods().get(0);
    DaemonSet ds = s.ds("agent");
    assertThat(pod.metadata().generateName()).isEqualTo("agent-");
    assertThat(pod.metadata().labels())
        .containsEntry("app", "agent")
        .containsEntry("pod-template-generation", "1")
        .containsKey(ControllerRevision.HASH_LABEL);
    assertThat(pod.metadata().ownerReferences())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("DaemonSet");
              assertThat(r.uid()).isEqualTo(ds.metadata().uid());
              assertThat(r.controller()).isTrue();
              assertThat(r.blockOwnerDeletion()).isTrue();
            });
    var terms = pod.spec().affinity().nodeAffinity().required().nodeSelectorTerms();
    assertThat(terms)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.matchFields())
                    .singleElement()
                    .satisfies(r -> assertThat(r.values()).containsExactly("n1")));
    assertThat(pod.spec().tolerations())
        .extracting(Toleration::key)
        .containsExactly(
            "node.kubernetes.io/not-ready",
            "node.kubernetes.io/unreachable",
            "node.kubernetes.io/disk-pressure",
            "node.kubernetes.io/memory-pressure",
            "node.kubernetes.io/pid-pressure",
            "node.kubernetes.io/unschedulable");
    assertThat(ds.metadata().annotations())
        .containsEntry("deprecated.daemonset.template.generation", "1");
  }

  /**
   * Determinism: the same seed and the same steps name the pods the same; another seed does not.
   */
  @Test
  void sameSeedGivesSameNames() {
    List<String> a = names(new Scenario(7));
    List<String> b = names(new Scenario(7));
    List<String> c = names(new Scenario(8));
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  private static List<String> names(Scenario s) {
    s.node("n1").node("n2").node("n3").apply(Scenario.daemonSet("agent")).settle();
    return s.pods().stream().map(p -> p.metadata().name() + "@" + p.metadata().uid()).toList();
  }
}
