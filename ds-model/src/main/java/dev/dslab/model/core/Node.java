package dev.dslab.model.core;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A node (core/v1). Cluster-scoped: its namespace is null. */
public record Node(ObjectMeta metadata, NodeSpec spec, NodeStatus status) implements KubeObject {
  public static final String KIND = "Node";

  public Node {
    Objects.requireNonNull(metadata, "metadata");
    spec = spec == null ? NodeSpec.empty() : spec;
    status = status == null ? NodeStatus.empty() : status;
  }

  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Node withMetadata(ObjectMeta value) {
    return new Node(value, spec, status);
  }

  public Node withSpec(NodeSpec value) {
    return new Node(metadata, value, status);
  }

  public Node withStatus(NodeStatus value) {
    return new Node(metadata, spec, value);
  }
}
