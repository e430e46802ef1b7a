package dev.dslab.engine.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code why} for a daemon pod Pending for lack of room: the pods in the way with their priorities,
 * and whether DefaultPreemption (SelectVictimsOnNode) would remove them for it.
 */
class PreemptionExplanationTest {
  private static ResourceRequirements cpu(String amount) {
    return new ResourceRequirements(new TreeMap<>(Map.of("cpu", Quantity.parse(amount))), null);
  }

  private static Pod pod(String name, String cpu, int priority, String policy) {
    PodSpec spec =
        PodSpec.of(Container.of(name, "busybox:1.36").withResources(cpu(cpu)))
            .withPriority(priority, policy);
    return new Pod(ObjectMeta.named("default", name), spec, null);
  }

  private static DaemonSet agent(String priorityClass) {
    return Scenario.withPodSpec(
        Scenario.daemonSet("agent"),
        p ->
            p.withContainers(List.of(Container.of("agent", "agent:1").withResources(cpu("2"))))
                .withPriorityClassName(priorityClass));
  }

  private static Scenario nodeFullOfWeb() throws ApiException {
    Scenario s = new Scenario().node("n1");
    Pod web = pod("web", "3", 0, null);
    s.cluster.api().create(web.withSpec(web.spec().withPriority(null, null)));
    s.cluster.reconcile();
    return s;
  }

  private static List<String> messages(Scenario s) throws ApiException {
    return Explainer.explain(s.cluster, "default", "agent", "n1").get(0).reasons().stream()
        .map(Explanation.Reason::message)
        .toList();
  }

  @Test
  void namesThePodsInTheWayAndThatEqualPrioritiesCannotBePreempted() throws ApiException {
    Scenario s = nodeFullOfWeb();
    s.apply(agent(null));
    assertThat(messages(s))
        .containsExactly(
            "Insufficient cpu: the pod's requests do not fit in what the node has left; in the"
                + " way: default/web (cpu 3, priority 0)",
            "preemption cannot make room: no pod on the node has a priority below the pod's 0");
  }

  @Test
  void saysSoWhenThePodsClassForbidsPreempting() throws ApiException {
    Scenario s = nodeFullOfWeb();
    TreeMap<String, Object> content = new TreeMap<>(Map.of("value", 1000));
    content.put("preemptionPolicy", "Never");
    s.cluster
        .api()
        .create(
            new Unstructured(
                "scheduling.k8s.io/v1", "PriorityClass", ObjectMeta.named("polite"), content));
    s.apply(agent("polite"));
    assertThat(messages(s))
        .contains(
            "preemption cannot make room: the pod's priority 1000 (polite) comes with"
                + " preemptionPolicy Never");
  }

  @Test
  void saysWhenTheClassDoesNotExist() throws ApiException {
    Scenario s = nodeFullOfWeb();
    s.apply(agent("gold"));
    assertThat(messages(s))
        .contains(
            "the API server refuses the pod: pods \"agent-\" is forbidden: no PriorityClass with"
                + " name gold was found");
  }

  @Test
  void namesTheVictimsWhenAHigherPriorityPodWouldPreempt() {
    Node n1 = new Scenario().node("n1").nodeObject("n1");
    Pod critical =
        pod("agent-x", "2", 2000001000, "PreemptLowerPriority")
            .withSpec(
                pod("agent-x", "2", 2000001000, "PreemptLowerPriority")
                    .spec()
                    .withPriorityClassName("system-node-critical"));
    List<Pod> onNode = List.of(pod("web", "3", 0, null), pod("small", "1", 100, null));
    assertThat(
            PodsInTheWay.preemption(
                critical, n1, onNode, List.of(), java.time.Instant.parse("2025-01-01T00:00:00Z")))
        .isEqualTo(
            "preemption can make room: the pod's priority 2000001000 (system-node-critical) is"
                + " above theirs; the scheduler removes default/web (priority 0)");
  }
}
