package dev.dslab.yaml.codec;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.yaml.tree.DecodeException;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.List;
import java.util.Map;

/** core/v1 Node. */
final class NodeCodec {
  static final KindCodec<Node> CODEC =
      new KindCodec<>("v1", Node.KIND, Node.class, NodeCodec::decode, NodeCodec::encode);

  private NodeCodec() {}

  static Node decode(Fields f) {
    return new Node(
        MetaCodec.metadata(f),
        f.object("spec", NodeCodec::spec),
        f.object("status", NodeCodec::status));
  }

  static Map<String, Object> encode(Node node) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(node.metadata()))
        .put("spec", encode(node.spec()))
        .put("status", encode(node.status()))
        .build();
  }

  private static NodeSpec spec(Fields f) {
    f.ignore("podCIDRs", "externalID", "configSource");
    return new NodeSpec(
        f.string("podCIDR"),
        f.objects("taints", NodeCodec::taint),
        f.bool("unschedulable"),
        f.string("providerID"));
  }

  private static Map<String, Object> encode(NodeSpec s) {
    return ObjectBuilder.object()
        .put("podCIDR", s.podCIDR())
        .put("podCIDRs", s.podCIDR() == null ? null : List.of(s.podCIDR()))
        .put("providerID", s.providerID())
        .putTrue("unschedulable", s.unschedulable())
        .putObjects("taints", s.taints(), NodeCodec::encode)
        .build();
  }

  private static Taint taint(Fields f) {
    TaintEffect effect = f.enumValue("effect", TaintEffect.class);
    if (effect == null) {
      throw new DecodeException(f.path().field("effect"), f.line(), "Required value");
    }
    return new Taint(f.requiredString("key"), f.string("value"), effect, f.time("timeAdded"));
  }

  private static Map<String, Object> encode(Taint t) {
    return ObjectBuilder.object()
        .put("key", t.key())
        .putNonEmpty("value", t.value())
        .put("effect", t.effect().name())
        .putTime("timeAdded", t.timeAdded())
        .build();
  }

  private static NodeStatus status(Fields f) {
    // Reported by the kubelet, shown by `kubectl get node -o yaml`, not part of the simulation.
    f.ignore(
        "daemonEndpoints",
        "images",
        "volumesInUse",
        "volumesAttached",
        "config",
        "runtimeHandlers",
        "features",
        "phase",
        "declaredFeatures");
    return new NodeStatus(
        f.quantityMap("capacity"),
        f.quantityMap("allocatable"),
        f.objects("conditions", NodeCodec::condition),
        f.objects("addresses", a -> new NodeAddress(a.string("type"), a.string("address"))),
        f.object("nodeInfo", NodeCodec::nodeInfo));
  }

  private static Map<String, Object> encode(NodeStatus s) {
    return ObjectBuilder.object()
        .putQuantities("capacity", s.capacity())
        .putQuantities("allocatable", s.allocatable())
        .putObjects("conditions", s.conditions(), NodeCodec::encode)
        .putObjects(
            "addresses",
            s.addresses(),
            a -> ObjectBuilder.object().put("type", a.type()).put("address", a.address()).build())
        .put("nodeInfo", s.nodeInfo() == null ? null : encode(s.nodeInfo()))
        .build();
  }

  private static NodeCondition condition(Fields f) {
    return new NodeCondition(
        f.string("type"),
        f.enumValue("status", ConditionStatus.class),
        f.time("lastHeartbeatTime"),
        f.time("lastTransitionTime"),
        f.string("reason"),
        f.string("message"));
  }

  private static Map<String, Object> encode(NodeCondition c) {
    return ObjectBuilder.object()
        .put("type", c.type())
        .put("status", c.status() == null ? null : c.status().name())
        .putTime("lastHeartbeatTime", c.lastHeartbeatTime())
        .putTime("lastTransitionTime", c.lastTransitionTime())
        .put("reason", c.reason())
        .put("message", c.message())
        .build();
  }

  private static NodeSystemInfo nodeInfo(Fields f) {
    f.ignore("machineID", "systemUUID", "bootID", "kubeProxyVersion", "swap");
    return new NodeSystemInfo(
        f.string("kubeletVersion"),
        f.string("osImage"),
        f.string("kernelVersion"),
        f.string("containerRuntimeVersion"),
        f.string("operatingSystem"),
        f.string("architecture"));
  }

  /**
   * The API server always writes machineID, systemUUID, bootID and kubeProxyVersion (NodeSystemInfo
   * in k8s.io/api/core/v1/types.go has no omitempty on them; kubelets since 1.31 leave
   * kubeProxyVersion empty), and the official clients' generated models require them
   * (io.kubernetes:client-java refuses a node list without machineID). The simulation has no
   * machines: empty, as kubeProxyVersion is on a real 1.32 node.
   */
  private static Map<String, Object> encode(NodeSystemInfo i) {
    return ObjectBuilder.object()
        .put("machineID", "")
        .put("systemUUID", "")
        .put("bootID", "")
        .put("kubeProxyVersion", "")
        .put("kubeletVersion", i.kubeletVersion())
        .put("osImage", i.osImage())
        .put("kernelVersion", i.kernelVersion())
        .put("containerRuntimeVersion", i.containerRuntimeVersion())
        .put("operatingSystem", i.operatingSystem())
        .put("architecture", i.architecture())
        .build();
  }
}
