package dev.dslab.engine.scheduler.preemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The classic case and DefaultPreemption's rules (defaultpreemption/default_preemption.go,
 * framework/preemption/preemption.go): a daemon pod Pending on a node full of other pods preempts
 * the lower-priority ones, lowest priority first, budgets respected where possible, and schedules
 * once they are gone. Nodes have 4 cpus.
 */
class PreemptionScenarioTest {
  private static ResourceRequirements cpu(String amount) {
    return new ResourceRequirements(new TreeMap<>(Map.of("cpu", Quantity.parse(amount))), null);
  }

  /** A bare pod (no owner) asking for {@code cpu}, optionally pinned by nodeName and labelled. */
  static Pod barePod(String name, String cpu, String priorityClass, Map<String, String> labels) {
    PodSpec spec =
        PodSpec.of(Container.of(name, "busybox:1.36").withResources(cpu(cpu)))
            .withPriorityClassName(priorityClass);
    return new Pod(ObjectMeta.named("default", name).withLabels(labels), spec, null);
  }

  static void create(Scenario s, Object o) {
    try {
      if (o instanceof Pod p) {
        s.cluster.api().create(p);
      } else {
        s.cluster.api().create((Unstructured) o);
      }
    } catch (ApiException e) {
      throw new AssertionError(e.kubectlMessage(), e);
    }
    s.cluster.reconcile();
  }

  static Unstructured priorityClass(String name, int value, String policy) {
    TreeMap<String, Object> content = new TreeMap<>();
    content.put("value", value);
    if (policy != null) {
      content.put("preemptionPolicy", policy);
    }
    return new Unstructured(
        "scheduling.k8s.io/v1", "PriorityClass", ObjectMeta.named(name), content);
  }

  /** A policy/v1 PodDisruptionBudget with minAvailable 1 over the pods labelled key=value. */
  static Unstructured budgetKeepingOne(String key, String value) {
    TreeMap<String, Object> spec = new TreeMap<>();
    spec.put("minAvailable", 1);
    spec.put("selector", Map.of("matchLabels", Map.of(key, value)));
    return new Unstructured(
        "policy/v1",
        "PodDisruptionBudget",
        ObjectMeta.named("default", value),
        new TreeMap<>(Map.of("spec", spec)));
  }

  static DaemonSet agent(String name, String cpu, String priorityClass) {
    return Scenario.withPodSpec(
        Scenario.daemonSet(name),
        p ->
            p.withContainers(List.of(Container.of(name, "agent:1").withResources(cpu(cpu))))
                .withPriorityClassName(priorityClass));
  }

  static Optional<Pod> pod(Scenario s, String name) {
    return s.cluster.store().get(Kind.POD, "default", name);
  }

  static Pod daemonPod(Scenario s, String ds) {
    return s.pods().stream()
        .filter(p -> p.metadata().name().startsWith(ds + "-"))
        .filter(p -> !p.metadata().isDeleting())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void systemNodeCriticalDaemonPodPreemptsABarePodThatFillsItsNode() {
    Scenario s = new Scenario().node("n1");
    create(s, barePod("web", "3", null, Map.of("app", "web")));
    assertThat(pod(s, "web").orElseThrow().spec().nodeName()).isEqualTo("n1");

    s.apply(agent("agent", "2", "system-node-critical"));
    Pod preemptor = daemonPod(s, "agent");
    assertThat(preemptor.spec().priority()).isEqualTo(2000001000);
    assertThat(preemptor.spec().nodeName()).isNull();
    assertThat(preemptor.status().nominatedNodeName()).isEqualTo("n1");
    Pod victim = pod(s, "web").orElseThrow();
    assertThat(victim.metadata().isDeleting()).isTrue();
    assertThat(victim.status().condition(Preemption.DISRUPTION_TARGET).orElseThrow().message())
        .isEqualTo("default-scheduler: preempting to accommodate a higher priority pod");
    assertThat(s.eventReasons("Pod"))
        .contains(
            "Preempted: Preempted by pod " + preemptor.metadata().uid() + " on node n1",
            "FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu.");

    // the victim's 30 s grace period runs out, the kubelet removes it, the daemon pod is bound
    s.advance("31").settle();
    assertThat(pod(s, "web")).isEmpty();
    Pod scheduled = daemonPod(s, "agent");
    assertThat(scheduled.spec().nodeName()).isEqualTo("n1");
    assertThat(scheduled.status().phase()).isEqualTo(PodPhase.Running);
    assertThat(s.ds("agent").status().numberReady()).isEqualTo(1);
  }

  @Test
  void whileTheVictimTerminatesThePreemptorWaitsAndPreemptsNoMore() {
    // PodEligibleToPreemptOthers: a terminating lower-priority pod on the nominated node
    Scenario s = new Scenario().node("n1");
    // busybox takes 20 s to stop, so the victim stays Terminating that long
    s.cluster
        .images()
        .set(
            "busybox:1.36",
            new dev.dslab.engine.kubelet.ImageBehaviour(
                java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(20),
                false,
                null,
                false));
    create(s, barePod("web", "2", null, Map.of()));
    create(s, barePod("batch", "2", null, Map.of()));
    s.settle();
    s.apply(agent("agent", "1", "system-node-critical"));
    assertThat(s.pods().stream().filter(p -> p.metadata().isDeleting()).count()).isEqualTo(1);
    s.advance("10");
    // a node change makes the scheduler try again: it still does not fit, and waits
    s.label("n1", "tier", "x");
    assertThat(s.pods().stream().filter(p -> p.metadata().isDeleting()).count()).isEqualTo(1);
    assertThat(s.eventReasons("Pod"))
        .contains(
            "FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. preemption: not"
                + " eligible due to a terminating pod on the nominated node..");
    s.advance("11").settle();
    assertThat(daemonPod(s, "agent").spec().nodeName()).isEqualTo("n1");
    assertThat(s.pods()).hasSize(2);
  }

  @Test
  void victimsAreTheFewestLowestPriorityPodsThatMakeRoom() {
    // SelectVictimsOnNode: remove every lower-priority pod, then reprieve the most important first
    Scenario s = new Scenario().node("n1");
    create(s, priorityClass("high", 1000, null));
    create(s, priorityClass("mid", 500, null));
    create(s, barePod("important", "1", "mid", Map.of()));
    create(s, barePod("low-a", "1", null, Map.of()));
    create(s, barePod("low-b", "1", null, Map.of()));
    create(s, barePod("low-c", "1", null, Map.of()));
    create(s, barePod("urgent", "1", "high", Map.of()));
    List<String> deleting =
        s.pods().stream()
            .filter(p -> p.metadata().isDeleting())
            .map(p -> p.metadata().name())
            .toList();
    // the three priority-0 pods started at the same instant: the last by name goes
    assertThat(deleting).containsExactly("low-c");
    assertThat(pod(s, "urgent").orElseThrow().status().nominatedNodeName()).isEqualTo("n1");
  }

  @Test
  void theNodeWhoseVictimsHaveTheLowestPriorityIsChosen() {
    // pickOneNodeForPreemption: lowest highest-victim priority first
    Scenario s = new Scenario().node("n1").node("n2");
    create(s, priorityClass("high", 1000, null));
    create(s, priorityClass("mid", 500, null));
    Pod onN1 = barePod("mid-pod", "4", "mid", Map.of());
    create(s, onN1.withSpec(onN1.spec().withNodeName("n1")));
    Pod onN2 = barePod("zero-pod", "4", null, Map.of());
    create(s, onN2.withSpec(onN2.spec().withNodeName("n2")));
    create(s, barePod("urgent", "2", "high", Map.of()));
    assertThat(pod(s, "zero-pod").orElseThrow().metadata().isDeleting()).isTrue();
    assertThat(pod(s, "mid-pod").orElseThrow().metadata().isDeleting()).isFalse();
    assertThat(pod(s, "urgent").orElseThrow().status().nominatedNodeName()).isEqualTo("n2");
  }

  @Test
  void aNodeWithoutBudgetViolationsIsPreferred() {
    // pickOneNodeForPreemption: fewest PDB violations before anything else
    Scenario s = new Scenario().node("n1").node("n2");
    create(s, priorityClass("high", 1000, null));
    Pod guarded = barePod("guarded", "4", null, Map.of("app", "db"));
    create(s, guarded.withSpec(guarded.spec().withNodeName("n1")));
    Pod free = barePod("free", "4", null, Map.of());
    create(s, free.withSpec(free.spec().withNodeName("n2")));
    s.advance("5").settle();
    create(s, budgetKeepingOne("app", "db"));
    create(s, barePod("urgent", "2", "high", Map.of()));
    assertThat(pod(s, "free").orElseThrow().metadata().isDeleting()).isTrue();
    assertThat(pod(s, "guarded").orElseThrow().metadata().isDeleting()).isFalse();
  }

  @Test
  void aBudgetIsBrokenWhenNoOtherNodeCanMakeRoom() {
    // budgets are respected where possible: with one node, the guarded pod still goes
    Scenario s = new Scenario().node("n1");
    Pod guarded = barePod("guarded", "4", null, Map.of("app", "db"));
    create(s, guarded);
    s.advance("5").settle();
    create(s, budgetKeepingOne("app", "db"));
    s.apply(agent("agent", "1", "system-node-critical"));
    assertThat(pod(s, "guarded").orElseThrow().metadata().isDeleting()).isTrue();
  }

  @Test
  void aPodWithPreemptionPolicyNeverWaitsInsteadOfPreempting() {
    Scenario s = new Scenario().node("n1");
    create(s, priorityClass("polite", 1000, "Never"));
    create(s, barePod("web", "4", null, Map.of()));
    create(s, barePod("polite-pod", "1", "polite", Map.of()));
    Pod polite = pod(s, "polite-pod").orElseThrow();
    assertThat(polite.spec().preemptionPolicy()).isEqualTo("Never");
    assertThat(polite.status().nominatedNodeName()).isNull();
    assertThat(pod(s, "web").orElseThrow().metadata().isDeleting()).isFalse();
    assertThat(s.eventReasons("Pod"))
        .contains(
            "FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. preemption: not"
                + " eligible due to preemptionPolicy=Never..");
  }

  @Test
  void equalPriorityPodsAreNeverVictims() {
    Scenario s = new Scenario().node("n1");
    create(s, barePod("web", "4", null, Map.of()));
    create(s, barePod("late", "1", null, Map.of()));
    assertThat(pod(s, "web").orElseThrow().metadata().isDeleting()).isFalse();
    assertThat(s.eventReasons("Pod"))
        .contains(
            "FailedScheduling: 0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes"
                + " are available: 1 No preemption victims found for incoming pod..");
  }

  @Test
  void aTaintIsNotSomethingPreemptionCanHelpWith() {
    Scenario s =
        new Scenario()
            .node(
                "n1",
                Map.of(),
                dev.dslab.model.core.Taint.of(
                    "dedicated", "db", dev.dslab.model.core.TaintEffect.NoSchedule));
    create(s, barePod("web", "1", "system-cluster-critical", Map.of()));
    assertThat(s.eventReasons("Pod"))
        .contains(
            "FailedScheduling: 0/1 nodes are available: 1 node(s) had untolerated taint"
                + " {dedicated: db}. preemption: 0/1 nodes are available: 1 Preemption is not"
                + " helpful for scheduling..");
  }

  @Test
  void aDaemonPodOnlyPreemptsOnItsOwnNode() {
    // the daemon pod's node affinity pins it: the other nodes are not helpful
    Scenario s = new Scenario().node("n1").node("n2");
    Pod onN1 = barePod("web", "4", null, Map.of());
    create(s, onN1.withSpec(onN1.spec().withNodeName("n1")));
    Pod onN2 = barePod("batch", "4", null, Map.of());
    create(s, onN2.withSpec(onN2.spec().withNodeName("n2")));
    s.apply(agent("agent", "1", "system-node-critical"));
    assertThat(pod(s, "web").orElseThrow().metadata().isDeleting()).isTrue();
    assertThat(pod(s, "batch").orElseThrow().metadata().isDeleting()).isTrue();
    long preempted =
        s.eventReasons("Pod").stream().filter(e -> e.startsWith("Preempted: ")).count();
    assertThat(preempted).isEqualTo(2);
  }

  @Test
  void lowerPriorityDaemonSetPodsArePreemptedAndTheirControllerRecreatesThem() {
    // a DaemonSet of priority 0 fills the node; the critical one takes its place, and the
    // recreated low-priority pod waits Pending (no victims for it: the critical pod outranks it)
    Scenario s = new Scenario().node("n1");
    s.apply(agent("filler", "3", null)).settle();
    s.apply(agent("agent", "2", "system-node-critical"));
    s.advance("31").settle();
    assertThat(daemonPod(s, "agent").spec().nodeName()).isEqualTo("n1");
    Pod filler = daemonPod(s, "filler");
    assertThat(filler.spec().nodeName()).isNull();
    assertThat(filler.status().phase()).isEqualTo(PodPhase.Pending);
    assertThat(s.ds("filler").status().numberReady()).isZero();
    assertThat(s.ds("agent").status().numberReady()).isEqualTo(1);
  }

  @Test
  void pendingPodsAreScheduledHighestPriorityFirst() {
    // PrioritySort: when room appears, the more important pod takes it
    Scenario s = new Scenario().node("n1");
    create(s, priorityClass("high", 1000, "Never"));
    create(s, barePod("web", "4", null, Map.of()));
    create(s, barePod("first-low", "3", null, Map.of()));
    create(s, barePod("second-high", "3", "high", Map.of()));
    s.deletePod("web").advance("31").settle();
    assertThat(pod(s, "second-high").orElseThrow().spec().nodeName()).isEqualTo("n1");
    assertThat(pod(s, "first-low").orElseThrow().spec().nodeName()).isNull();
  }

  @Test
  void theSameSeedAndActionsGiveTheSameVictimsPodsAndEvents() {
    List<List<String>> runs = new java.util.ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Scenario s = new Scenario(7).node("n1").node("n2");
      s.apply(agent("filler", "3", null)).settle();
      s.apply(agent("agent", "2", "system-node-critical"));
      s.advance("31").settle();
      List<String> seen = new java.util.ArrayList<>(s.eventReasons("Pod"));
      s.pods().forEach(p -> seen.add(p.toString()));
      runs.add(seen);
    }
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
  }
}
