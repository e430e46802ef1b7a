package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.PreferredSchedulingTerm;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever the writer prints, the reader reads back to an equal record: in YAML, in JSON, alone and
 * in a List.
 */
class RoundTripTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2024-05-01T10:05:30Z");

  private static void assertRoundTrips(List<? extends KubeObject> objects) {
    for (Function<List<? extends KubeObject>, String> format :
        List.<Function<List<? extends KubeObject>, String>>of(
            ManifestWriter::yaml, ManifestWriter::json)) {
      String text = format.apply(objects);
      LoadResult result = ManifestReader.read("state", text);

      assertThat(result.problems()).as(text).extracting(ManifestProblem::render).isEmpty();
      assertThat(result.kubeObjects()).as(text).containsExactlyElementsOf(objects);
      assertThat(format.apply(result.kubeObjects())).as("printing is stable").isEqualTo(text);
    }
    for (KubeObject object : objects) {
      assertThat(ManifestReader.read("one.yaml", ManifestWriter.yaml(object)).kubeObjects())
          .containsExactly(object);
      assertThat(ManifestReader.read("one.json", ManifestWriter.json(object)).kubeObjects())
          .containsExactly(object);
    }
  }

  private static ObjectMeta fullMeta(String namespace, String name) {
    return new ObjectMeta(
        name,
        name + "-",
        namespace,
        "uid-" + name,
        "42",
        3,
        T0,
        T1,
        30L,
        new TreeMap<>(Map.of("app", name, "ssd", "true")),
        new TreeMap<>(
            Map.of("deprecated.daemonset.template.generation", "3", "note", "multi\nline: yes")),
        List.of(
            OwnerReference.controllerRef("apps/v1", "DaemonSet", "owner", "uid-owner"),
            new OwnerReference("v1", "Node", "node-1", "uid-node", false, false)),
        List.of("example.com/cleanup"));
  }

  private static PodSpec fullPodSpec() {
    Container container =
        new Container(
            "agent",
            "example/agent:1.0",
            "IfNotPresent",
            List.of("/bin/agent", "--verbose"),
            List.of("--port", "9100"),
            List.of(
                new ContainerPort("metrics", 9100, 9100, "TCP", "0.0.0.0"),
                new ContainerPort(null, 53, 0, "UDP", null)),
            List.of(
                new EnvVar("MODE", "fast", null),
                new EnvVar("EMPTY", "", null),
                new EnvVar(
                    "NODE",
                    null,
                    Map.of("fieldRef", Map.of("fieldPath", "spec.nodeName", "apiVersion", "v1")))),
            new ResourceRequirements(
                new TreeMap<>(
                    Map.of("cpu", Quantity.parse("100m"), "memory", Quantity.parse("200Mi"))),
                new TreeMap<>(Map.of("memory", Quantity.parse("1Gi")))),
            List.of(
                new VolumeMount("logs", "/var/log", true, "pods"),
                new VolumeMount("scratch", "/tmp", false, null)));
    NodeSelectorTerm term =
        new NodeSelectorTerm(
            List.of(NodeSelectorRequirement.of("kubernetes.io/os", "In", "linux")),
            List.of(NodeSelectorRequirement.of("metadata.name", "NotIn", "node-9")));
    Affinity affinity =
        new Affinity(
            new NodeAffinity(
                new NodeSelector(List.of(term)), List.of(new PreferredSchedulingTerm(10, term))),
            Map.of(
                "requiredDuringSchedulingIgnoredDuringExecution",
                List.of(Map.of("topologyKey", "zone"))),
            Map.of(
                "preferredDuringSchedulingIgnoredDuringExecution",
                List.of(
                    Map.of(
                        "weight",
                        100,
                        "podAffinityTerm",
                        Map.of("topologyKey", "kubernetes.io/hostname", "namespaces", List.of()),
                        "enabled",
                        true,
                        "ratio",
                        0.5,
                        "big",
                        5_000_000_000L))));
    return new PodSpec(
        "node-1",
        new TreeMap<>(Map.of("disk", "ssd")),
        affinity,
        List.of(
            Toleration.exists("node-role.kubernetes.io/control-plane", TaintEffect.NoSchedule),
            new Toleration("dedicated", "Equal", "gpu", TaintEffect.NoExecute, 300L),
            new Toleration(null, "Exists", null, null, null)),
        List.of(Container.of("init", "busybox")),
        List.of(container),
        List.of(
            new Volume("logs", new VolumeSource.HostPath("/var/log", "Directory")),
            new Volume("scratch", new VolumeSource.EmptyDir("Memory", Quantity.parse("64Mi"))),
            new Volume("config", new VolumeSource.ConfigMap("agent-config", true)),
            new Volume("token", new VolumeSource.Secret("agent-token", false)),
            new Volume(
                "data",
                VolumeSource.Other.of(
                    "persistentVolumeClaim", Map.of("claimName", "data", "readOnly", true)))),
        true,
        30L,
        "Always",
        "ClusterFirstWithHostNet",
        "agent",
        "default-scheduler",
        "system-node-critical",
        600L);
  }

  @Test
  void daemonSetWithEveryFieldSurvives() {
    DaemonSet ds =
        new DaemonSet(
            fullMeta("kube-system", "agent"),
            new DaemonSetSpec(
                new LabelSelector(
                    new TreeMap<>(Map.of("app", "agent")),
                    List.of(new LabelSelectorRequirement("tier", "In", List.of("node", "edge")))),
                new PodTemplateSpec(
                    ObjectMeta.named(null).withLabels(Map.of("app", "agent")), fullPodSpec()),
                new DaemonSetUpdateStrategy(
                    "RollingUpdate",
                    new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0))),
                15,
                5),
            new DaemonSetStatus(3, 1, 3, 2, 3, 2, 2, 1, 4));

    assertRoundTrips(List.of(ds));
  }

  @Test
  void deploymentAndReplicaSetWithEveryFieldSurvive() {
    dev.dslab.model.meta.LabelSelector selector =
        new LabelSelector(
            new TreeMap<>(Map.of("app", "web")),
            List.of(new LabelSelectorRequirement("tier", "In", List.of("front"))));
    PodTemplateSpec template =
        new PodTemplateSpec(ObjectMeta.named(null).withLabels(Map.of("app", "web")), fullPodSpec());
    dev.dslab.model.apps.Deployment d =
        new dev.dslab.model.apps.Deployment(
            fullMeta("shop", "web"),
            new dev.dslab.model.apps.DeploymentSpec(
                4,
                selector,
                template,
                new dev.dslab.model.apps.DeploymentStrategy(
                    "RollingUpdate",
                    new dev.dslab.model.apps.RollingUpdateDeployment(
                        IntOrString.of("25%"), IntOrString.of(1))),
                5,
                3,
                true,
                600),
            new dev.dslab.model.apps.DeploymentStatus(
                3,
                4,
                2,
                3,
                3,
                1,
                List.of(
                    new dev.dslab.model.apps.DeploymentCondition(
                        "Progressing",
                        "True",
                        T0,
                        T1,
                        "ReplicaSetUpdated",
                        "ReplicaSet is progressing.")),
                2));
    dev.dslab.model.apps.Deployment recreate =
        d.withSpec(
                d.spec()
                    .withStrategy(new dev.dslab.model.apps.DeploymentStrategy("Recreate", null))
                    .withPaused(false))
            .withStatus(null);
    dev.dslab.model.apps.ReplicaSet rs =
        new dev.dslab.model.apps.ReplicaSet(
            fullMeta("shop", "web-abc"),
            new dev.dslab.model.apps.ReplicaSetSpec(2, 5, selector, template),
            new dev.dslab.model.apps.ReplicaSetStatus(2, 2, 1, 1, 3));

    assertRoundTrips(List.of(d, recreate, rs));
  }

  @Test
  void podWithEveryFieldSurvives() {
    Pod pod =
        new Pod(
            fullMeta("default", "agent-x1"),
            fullPodSpec(),
            new PodStatus(
                PodPhase.Running,
                List.of(
                    new PodCondition("Ready", ConditionStatus.True, T1, null, null),
                    new PodCondition(
                        "PodScheduled",
                        ConditionStatus.False,
                        T0,
                        "Unschedulable",
                        "0/3 nodes are available")),
                "10.0.0.1",
                "10.244.1.5",
                T0,
                List.of(
                    new ContainerStatus(
                        "agent",
                        "example/agent:1.0",
                        true,
                        2,
                        true,
                        new ContainerState.Running(T1),
                        new ContainerState.Terminated(137, "OOMKilled", T0, T1)),
                    new ContainerStatus(
                        "sidecar",
                        "busybox",
                        false,
                        0,
                        false,
                        new ContainerState.Waiting(
                            "CrashLoopBackOff", "back-off 10s restarting failed container"),
                        null)),
                "Evicted",
                "The node was low on resource: memory."));

    assertRoundTrips(List.of(pod));
  }

  @Test
  void nodeWithEveryFieldSurvives() {
    Node node =
        new Node(
            fullMeta(null, "node-1"),
            new NodeSpec(
                "10.244.1.0/24",
                List.of(
                    new Taint("gpu", "true", TaintEffect.NoSchedule, null),
                    new Taint("node.kubernetes.io/unreachable", "", TaintEffect.NoExecute, T1)),
                true,
                "kind://docker/kind/node-1"),
            new NodeStatus(
                new TreeMap<>(
                    Map.of(
                        "cpu",
                        Quantity.parse("8"),
                        "memory",
                        Quantity.parse("16272600Ki"),
                        "pods",
                        Quantity.parse("110"))),
                new TreeMap<>(Map.of("cpu", Quantity.parse("7800m"))),
                List.of(
                    new NodeCondition(
                        "Ready",
                        ConditionStatus.Unknown,
                        T1,
                        T0,
                        "NodeStatusUnknown",
                        "Kubelet stopped posting node status.")),
                List.of(
                    new NodeAddress(NodeAddress.INTERNAL_IP, "172.18.0.2"),
                    new NodeAddress(NodeAddress.HOSTNAME, "node-1")),
                new NodeSystemInfo(
                    "v1.30.0",
                    "Debian GNU/Linux 12 (bookworm)",
                    "6.5.0-35-generic",
                    "containerd://1.7.15",
                    "linux",
                    "arm64")));

    assertRoundTrips(List.of(node));
  }

  @Test
  void serviceWithEveryFieldSurvives() {
    Service service =
        new Service(
            fullMeta("default", "greet"),
            new ServiceSpec(
                "NodePort",
                new TreeMap<>(Map.of("app", "greet")),
                List.of(
                    new ServicePort("http", "TCP", 80, IntOrString.of(8080), 30566),
                    new ServicePort("dns", "UDP", 53, IntOrString.of("dns"), 0)),
                "10.105.186.30",
                List.of("192.0.2.10")));

    assertRoundTrips(List.of(service));
  }

  @Test
  void namespaceEventAndControllerRevisionWithEveryFieldSurvive() {
    Namespace ns = new Namespace(fullMeta(null, "monitoring"), "Terminating");
    Event event =
        new Event(
            fullMeta("default", "agent.17c3"),
            new ObjectReference(
                "apps/v1", "DaemonSet", "default", "agent", "uid-agent", "spec.template"),
            Event.WARNING,
            "FailedPlacement",
            "failed to place pod on \"node-1\": Node didn't have enough resource: cpu",
            "daemonset-controller",
            "node-1",
            7,
            T0,
            T1);
    ControllerRevision revision =
        new ControllerRevision(
            fullMeta("default", "agent-5d4f"),
            new PodTemplateSpec(fullMeta(null, "template"), fullPodSpec()),
            3);

    assertRoundTrips(List.of(ns, event, revision));
  }

  @Test
  void theSeedManifestsAndKubectlDumpsSurvive() throws Exception {
    List<KubeObject> objects = new ArrayList<>();
    try (Stream<Path> seeds =
        Stream.concat(
            Files.list(Path.of("src/test/resources/seeds")),
            Files.list(Path.of("src/test/resources/manifests")))) {
      seeds.sorted().forEach(file -> objects.addAll(ManifestReader.read(file).kubeObjects()));
    }

    assertThat(objects).hasSizeGreaterThan(10);
    assertRoundTrips(objects);
  }

  @Test
  void fourHundredRandomObjectsSurvive() {
    RandomObjects random = new RandomObjects(20240501);
    List<KubeObject> objects = Stream.generate(random::any).limit(400).toList();

    assertRoundTrips(objects);
  }
}
