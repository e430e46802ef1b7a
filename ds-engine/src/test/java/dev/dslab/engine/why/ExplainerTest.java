package dev.dslab.engine.why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code why}: every kind of reason, and several on one node. */
class ExplainerTest {
  private static Explanation why(Scenario s, String ds, String node) throws ApiException {
    return Explainer.explain(s.cluster, "default", ds, node).get(0);
  }

  private static List<Explanation.Type> types(Explanation e) {
    return e.reasons().stream().map(Explanation.Reason::type).toList();
  }

  @Test
  void aNodeThatRunsThePodHasNoReason() throws ApiException {
    Scenario s = new Scenario().node("n1").apply(Scenario.daemonSet("agent")).settle();
    Explanation e = why(s, "agent", "n1");
    assertThat(e.shouldRun()).isTrue();
    assertThat(e.canRun()).isTrue();
    assertThat(e.running()).isTrue();
    assertThat(e.pod()).startsWith("agent-");
    assertThat(e.podStatus()).isEqualTo("Running");
    assertThat(e.reasons()).isEmpty();
  }

  @Test
  void namesTheNodeSelectorLabelThatFails() throws ApiException {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("ssd"), p -> p.withNodeSelector(Map.of("disk", "ssd")));
    Scenario s = new Scenario().node("n1", Map.of("disk", "hdd")).apply(ds);
    Explanation e = why(s, "ssd", "n1");
    assertThat(e.shouldRun()).isFalse();
    assertThat(e.reasons())
        .containsExactly(
            new Explanation.Reason(
                Explanation.Type.NODE_SELECTOR,
                "nodeSelector disk=ssd does not match: node has disk=hdd"));
  }

  @Test
  void namesTheAffinityTermsAndTheTemplateNodeName() throws ApiException {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("gpu"),
            p ->
                p.withNodeName("n2")
                    .withAffinity(
                        Affinity.ofNodeAffinity(
                            new NodeAffinity(
                                new NodeSelector(
                                    List.of(
                                        new NodeSelectorTerm(
                                            List.of(NodeSelectorRequirement.of("gpus", "Gt", "2")),
                                            List.of()))),
                                List.of()))));
    Scenario s = new Scenario().node("n1", Map.of("gpus", "1")).node("n2").apply(ds);
    Explanation e = why(s, "gpu", "n1");
    assertThat(types(e))
        .containsExactly(Explanation.Type.NODE_NAME, Explanation.Type.NODE_AFFINITY);
    assertThat(e.reasons().get(1).message()).contains("gpus Gt [2]");
  }

  @Test
  void namesEachUntoleratedTaintWithItsEffect() throws ApiException {
    Scenario s =
        new Scenario()
            .node(
                "n1",
                Map.of(),
                Taint.of("a", "1", TaintEffect.NoSchedule),
                Taint.of("b", "", TaintEffect.NoExecute),
                Taint.of("c", "", TaintEffect.PreferNoSchedule))
            .apply(Scenario.daemonSet("agent"));
    Explanation e = why(s, "agent", "n1");
    assertThat(e.shouldContinueRunning()).isFalse();
    assertThat(e.reasons())
        .extracting(Explanation.Reason::message)
        .containsExactly(
            "taint a=1:NoSchedule is not tolerated: no new pod, a running pod stays",
            "taint b:NoExecute is not tolerated: a running pod is removed");
  }

  @Test
  void namesResourcesAndHostPortsThatDoNotFit() throws ApiException {
    DaemonSet holder =
        Scenario.withPodSpec(
            Scenario.daemonSet("holder"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("holder", "h:1")
                            .withPorts(
                                List.of(new ContainerPort(null, 9100, 9100, "TCP", null))))));
    TreeMap<String, Quantity> requests =
        new TreeMap<>(Map.of("cpu", Quantity.parse("8"), "memory", Quantity.parse("64Gi")));
    DaemonSet big =
        Scenario.withPodSpec(
            Scenario.daemonSet("big"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("big", "b:1")
                            .withResources(new ResourceRequirements(requests, null))
                            .withPorts(
                                List.of(new ContainerPort(null, 9100, 9100, "TCP", null))))));
    Scenario s = new Scenario().node("n1").apply(holder).settle().apply(big).settle();
    Explanation e = why(s, "big", "n1");
    assertThat(e.shouldRun()).isTrue();
    assertThat(e.canRun()).isFalse();
    assertThat(e.running()).isFalse();
    assertThat(e.podStatus()).isEqualTo("Pending (not ready)");
    assertThat(e.reasons())
        .extracting(Explanation.Reason::message)
        .containsExactly(
            "Insufficient cpu: the pod's requests do not fit in what the node has left",
            "Insufficient memory: the pod's requests do not fit in what the node has left",
            "host port 9100/TCP (held by pod "
                + s.pods().stream()
                    .filter(p -> p.metadata().name().startsWith("holder"))
                    .findFirst()
                    .orElseThrow()
                    .metadata()
                    .name()
                + ") is taken",
            "preemption cannot make room: no pod on the node has a priority below the pod's 0");
  }

  @Test
  void explainsTheStateOfAnUnreachableCordonedNodeWithSeveralReasons() throws ApiException {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"), p -> p.withNodeSelector(Map.of("pool", "a")));
    Scenario s = new Scenario().node("n1", Map.of("pool", "a")).apply(ds).settle();
    s.updateNode("n1", n -> n.withSpec(n.spec().withUnschedulable(true)));
    s.cluster.nodeDown("n1");
    s.advance("60");
    s.label("n1", "pool", "b");
    Explanation e = why(s, "agent", "n1");
    assertThat(types(e))
        .containsExactly(
            Explanation.Type.NODE_SELECTOR,
            Explanation.Type.TAINT,
            Explanation.Type.KUBELET,
            Explanation.Type.NODE_CONDITION,
            Explanation.Type.CORDONED);
    assertThat(e.reasons().get(1).message())
        .isEqualTo(
            "taint node.kubernetes.io/unreachable:NoSchedule is not tolerated: no new pod, a running pod stays");
    assertThat(e.podStatus()).isEqualTo("Terminating");
  }

  @Test
  void unknownDaemonSetOrNodeIsNotFound() {
    Scenario s = new Scenario().node("n1");
    assertThatThrownBy(() -> why(s, "nope", null)).hasMessage("daemonsets.apps \"nope\" not found");
    s.apply(Scenario.daemonSet("agent"));
    assertThatThrownBy(() -> why(s, "agent", "n9")).hasMessage("nodes \"n9\" not found");
  }

  /** ServiceAccount admission (plugin/pkg/admission/serviceaccount, Admit) refuses the pod. */
  @Test
  void namesTheMissingServiceAccountThatKeepsThePodAway() throws ApiException {
    DaemonSet ds =
        Scenario.withPodSpec(Scenario.daemonSet("agent"), p -> p.withServiceAccountName("agent"));
    Scenario s = new Scenario().node("n1").apply(ds);
    Explanation e = why(s, "agent", "n1");
    assertThat(e.shouldRun()).isTrue();
    assertThat(e.canRun()).isFalse();
    assertThat(e.pod()).isNull();
    assertThat(e.reasons())
        .containsExactly(
            new Explanation.Reason(
                Explanation.Type.SERVICE_ACCOUNT,
                "the API server refuses a new pod (error looking up service account"
                    + " default/agent: serviceaccount \"agent\" not found); a pod made before the"
                    + " account went keeps running"));
  }

  /** The kubelet's volume SetUp and makeEnvironmentVariables (pkg/kubelet). */
  @Test
  void namesTheMissingConfigMapAndSecretThatKeepThePodFromStarting() throws ApiException {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withVolumes(
                        List.of(
                            new dev.dslab.model.core.Volume(
                                "config",
                                new dev.dslab.model.core.VolumeSource.ConfigMap("agent", null))))
                    .withContainers(
                        List.of(
                            p.containers()
                                .get(0)
                                .withEnvFrom(
                                    List.of(dev.dslab.model.core.EnvFromSource.secret("creds"))))));
    Scenario s = new Scenario().node("n1").apply(ds);
    s.advance("5");
    Explanation e = why(s, "agent", "n1");
    assertThat(e.canRun()).isTrue();
    assertThat(e.running()).isFalse();
    assertThat(e.reasons())
        .containsExactly(
            new Explanation.Reason(
                Explanation.Type.CONFIG,
                "volume \"config\" cannot be mounted: configmap \"agent\" not found; the pod"
                    + " stays ContainerCreating until it exists"),
            new Explanation.Reason(
                Explanation.Type.CONFIG,
                "container agent cannot start: secret \"creds\" not found"
                    + " (CreateContainerConfigError)"));
  }
}
