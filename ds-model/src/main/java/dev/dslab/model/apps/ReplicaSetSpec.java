package dev.dslab.model.apps;

import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;

/** spec of a ReplicaSet; {@code replicas} null until defaulted, {@code selector} null if absent. */
public record ReplicaSetSpec(
    Integer replicas, int minReadySeconds, LabelSelector selector, PodTemplateSpec template) {

  public ReplicaSetSpec withReplicas(Integer value) {
    return new ReplicaSetSpec(value, minReadySeconds, selector, template);
  }

  public ReplicaSetSpec withTemplate(PodTemplateSpec value) {
    return new ReplicaSetSpec(replicas, minReadySeconds, selector, value);
  }
}
