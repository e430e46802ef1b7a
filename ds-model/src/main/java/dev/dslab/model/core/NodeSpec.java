package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;

/** A node's spec: pod CIDR, taints and whether it is cordoned. */
public record NodeSpec(
    String podCIDR, List<Taint> taints, boolean unschedulable, String providerID) {
  public NodeSpec {
    taints = Collections2.copy(taints);
  }

  public static NodeSpec empty() {
    return new NodeSpec(null, List.of(), false, null);
  }

  public NodeSpec withTaints(List<Taint> value) {
    return new NodeSpec(podCIDR, value, unschedulable, providerID);
  }

  public NodeSpec withUnschedulable(boolean value) {
    return new NodeSpec(podCIDR, taints, value, providerID);
  }

  public NodeSpec withPodCIDR(String value) {
    return new NodeSpec(value, taints, unschedulable, providerID);
  }
}
