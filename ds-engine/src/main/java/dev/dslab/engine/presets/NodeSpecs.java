package dev.dslab.engine.presets;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Taint;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Describes a node the way a kubelet registers it — labels, taints, addresses, capacity, conditions
 * — and builds the Node object. A small immutable value with withers, so presets read like a table.
 */
public record NodeSpecs(
    String name,
    Map<String, String> labels,
    List<Taint> taints,
    String internalIp,
    String podCidr,
    String kubeletVersion,
    String osImage,
    String kernelVersion,
    String containerRuntime,
    String architecture,
    String cpu,
    String memory) {

  public NodeSpecs {
    labels = new TreeMap<>(labels);
    taints = List.copyOf(taints);
  }

  /**
   * A ready Linux worker with the labels every kubelet sets, and the kubelet version of kubectl
   * v1.32.
   */
  public static NodeSpecs worker(String name, String internalIp, String podCidr) {
    return new NodeSpecs(
            name,
            Map.of(),
            List.of(),
            internalIp,
            podCidr,
            "v1.32.2",
            "Debian GNU/Linux 12 (bookworm)",
            "6.8.0-1021-gcp",
            "containerd://2.0.2",
            "amd64",
            "4",
            "16378420Ki")
        .withStandardLabels(true, true);
  }

  /**
   * Adds kubernetes.io/hostname, and with {@code current} the kubernetes.io/os and arch labels,
   * with {@code beta} their beta.kubernetes.io forms.
   */
  public NodeSpecs withStandardLabels(boolean current, boolean beta) {
    TreeMap<String, String> l = new TreeMap<>(labels);
    l.put("kubernetes.io/hostname", name);
    if (current) {
      l.put("kubernetes.io/os", "linux");
      l.put("kubernetes.io/arch", architecture);
    }
    if (beta) {
      l.put("beta.kubernetes.io/os", "linux");
      l.put("beta.kubernetes.io/arch", architecture);
    }
    return withLabels(l);
  }

  public NodeSpecs withLabels(Map<String, String> value) {
    return new NodeSpecs(
        name,
        value,
        taints,
        internalIp,
        podCidr,
        kubeletVersion,
        osImage,
        kernelVersion,
        containerRuntime,
        architecture,
        cpu,
        memory);
  }

  public NodeSpecs withLabel(String key, String value) {
    TreeMap<String, String> l = new TreeMap<>(labels);
    l.put(key, value);
    return withLabels(l);
  }

  public NodeSpecs withTaints(List<Taint> value) {
    return new NodeSpecs(
        name,
        labels,
        value,
        internalIp,
        podCidr,
        kubeletVersion,
        osImage,
        kernelVersion,
        containerRuntime,
        architecture,
        cpu,
        memory);
  }

  /** The node's role label {@code node-role.kubernetes.io/<role>=""}. */
  public NodeSpecs withRole(String role) {
    return withLabel("node-role.kubernetes.io/" + role, "");
  }

  public NodeSpecs withResources(String cpuValue, String memoryValue) {
    return new NodeSpecs(
        name,
        labels,
        taints,
        internalIp,
        podCidr,
        kubeletVersion,
        osImage,
        kernelVersion,
        containerRuntime,
        architecture,
        cpuValue,
        memoryValue);
  }

  /**
   * The Node as the API server holds it once the kubelet has registered and reported Ready at
   * {@code created}.
   */
  public Node build(Instant created) {
    TreeMap<String, Quantity> resources = new TreeMap<>();
    resources.put("cpu", Quantity.parse(cpu));
    resources.put("memory", Quantity.parse(memory));
    resources.put("pods", Quantity.parse("110"));
    resources.put("ephemeral-storage", Quantity.parse("102187492Ki"));
    List<NodeCondition> conditions = new ArrayList<>();
    conditions.add(
        new NodeCondition(
            "MemoryPressure",
            ConditionStatus.False,
            created,
            created,
            "KubeletHasSufficientMemory",
            "kubelet has sufficient memory available"));
    conditions.add(
        new NodeCondition(
            "DiskPressure",
            ConditionStatus.False,
            created,
            created,
            "KubeletHasNoDiskPressure",
            "kubelet has no disk pressure"));
    conditions.add(
        new NodeCondition(
            "PIDPressure",
            ConditionStatus.False,
            created,
            created,
            "KubeletHasSufficientPID",
            "kubelet has sufficient PID available"));
    conditions.add(
        new NodeCondition(
            NodeCondition.READY,
            ConditionStatus.True,
            created,
            created,
            "KubeletReady",
            "kubelet is posting ready status"));
    List<NodeAddress> addresses =
        List.of(
            new NodeAddress(NodeAddress.INTERNAL_IP, internalIp),
            new NodeAddress(NodeAddress.HOSTNAME, name));
    NodeStatus status =
        new NodeStatus(
            resources,
            resources,
            conditions,
            addresses,
            new NodeSystemInfo(
                kubeletVersion, osImage, kernelVersion, containerRuntime, "linux", architecture));
    ObjectMeta meta =
        ObjectMeta.named(name)
            .withLabels(labels)
            .withCreationTimestamp(created)
            .withAnnotation("node.alpha.kubernetes.io/ttl", "0")
            .withAnnotation("volumes.kubernetes.io/controller-managed-attach-detach", "true");
    List<Taint> stamped =
        taints.stream()
            .map(
                t ->
                    t.effect() == dev.dslab.model.core.TaintEffect.NoExecute
                            && t.timeAdded() == null
                        ? new Taint(t.key(), t.value(), t.effect(), created)
                        : t)
            .toList();
    return new Node(meta, new NodeSpec(podCidr, stamped, false, null), status);
  }
}
