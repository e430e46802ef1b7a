package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code get nodes -o yaml} of a 5,000-node cluster loads completely. How fast is measured, not
 * asserted (a timed assertion fails on a busy machine): the README has the figures.
 */
class LargeListTest {
  private static final int NODES = 5_000;
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  /**
   * Nodes as the simulation makes them: labels, a taint on some, capacity, four conditions,
   * addresses, info.
   */
  private static List<Node> simulatedNodes() {
    List<Node> nodes = new ArrayList<>(NODES);
    for (int i = 0; i < NODES; i++) {
      String name = "node-" + i;
      nodes.add(
          new Node(
              ObjectMeta.named(name)
                  .withUid("0d3f2a1b-7c6e-4f5d-8a9b-" + String.format("%012d", i))
                  .withResourceVersion(String.valueOf(1000 + i))
                  .withCreationTimestamp(T0)
                  .withLabels(
                      Map.of(
                          "kubernetes.io/hostname",
                          name,
                          "kubernetes.io/os",
                          "linux",
                          "kubernetes.io/arch",
                          "amd64",
                          "topology.kubernetes.io/zone",
                          "zone-" + i % 3,
                          "disk",
                          i % 2 == 0 ? "ssd" : "hdd")),
              new NodeSpec(
                  "10.244." + i % 250 + ".0/24",
                  i % 10 == 0
                      ? List.of(Taint.of("dedicated", "gpu", TaintEffect.NoSchedule))
                      : List.of(),
                  false,
                  "sim://" + name),
              new NodeStatus(
                  new TreeMap<>(
                      Map.of(
                          "cpu",
                          Quantity.parse("8"),
                          "memory",
                          Quantity.parse("32Gi"),
                          "pods",
                          Quantity.parse("110"))),
                  new TreeMap<>(
                      Map.of(
                          "cpu",
                          Quantity.parse("7800m"),
                          "memory",
                          Quantity.parse("31Gi"),
                          "pods",
                          Quantity.parse("110"))),
                  List.of(
                      new NodeCondition(
                          "MemoryPressure",
                          ConditionStatus.False,
                          T0,
                          T0,
                          "KubeletHasSufficientMemory",
                          "kubelet has sufficient memory available"),
                      new NodeCondition(
                          "DiskPressure",
                          ConditionStatus.False,
                          T0,
                          T0,
                          "KubeletHasNoDiskPressure",
                          "kubelet has no disk pressure"),
                      new NodeCondition(
                          "PIDPressure",
                          ConditionStatus.False,
                          T0,
                          T0,
                          "KubeletHasSufficientPID",
                          "kubelet has sufficient PID available"),
                      new NodeCondition(
                          "Ready",
                          ConditionStatus.True,
                          T0,
                          T0,
                          "KubeletReady",
                          "kubelet is posting ready status")),
                  List.of(
                      new NodeAddress("InternalIP", "10.0." + i / 250 + "." + i % 250),
                      new NodeAddress("Hostname", name)),
                  new NodeSystemInfo(
                      "v1.30.0",
                      "Ubuntu 22.04.4 LTS",
                      "6.5.0-35-generic",
                      "containerd://1.7.15",
                      "linux",
                      "amd64"))));
    }
    return nodes;
  }

  /**
   * The control-plane node of the kind fixture (images and all, managedFields hidden as kubectl
   * does), 5,000 times.
   */
  private static String kubectlDump() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.manifest("kubectl-get-nodes.yaml"));
    String node = String.join("\n", lines.subList(2, 164)) + "\n";
    node = node.replaceAll("(?s)    managedFields:.*?(    name: kind-control-plane\n)", "$1");
    StringBuilder yaml =
        new StringBuilder(NODES * node.length() + 100).append("apiVersion: v1\nitems:\n");
    for (int i = 0; i < NODES; i++) {
      yaml.append(node.replace("kind-control-plane", "node-" + i));
    }
    return yaml.append("kind: List\nmetadata:\n  resourceVersion: \"\"\n").toString();
  }

  @Test
  void readsFiveThousandSimulatedNodesExactly() {
    List<Node> nodes = simulatedNodes();
    String yaml = ManifestWriter.yaml(nodes);

    assertThat(ManifestReader.read("nodes.yaml", yaml).kubeObjects()).isEqualTo(nodes);
  }

  @Test
  void readsAFiveThousandNodeKubectlDumpCompletely() throws IOException {
    String yaml = kubectlDump();

    LoadResult result = ManifestReader.read("nodes.yaml", yaml);

    assertThat(result.problems()).isEmpty();
    assertThat(result.kubeObjects()).hasSize(NODES).allMatch(o -> o instanceof Node);
    assertThat(result.objects().get(NODES - 1).object().name()).isEqualTo("node-" + (NODES - 1));
  }

  @Test
  void readsTheSameDumpAsJson() throws IOException {
    List<KubeObject> nodes = ManifestReader.read("nodes.yaml", kubectlDump()).kubeObjects();
    String json = ManifestWriter.json(nodes);

    assertThat(ManifestReader.read("nodes.json", json).kubeObjects()).isEqualTo(nodes);
  }
}
