package dev.dslab.model.apps;

import dev.dslab.model.core.PodTemplateSpec;

/**
 * spec of a DaemonSet. {@code selector} null means the manifest had none (which the API server
 * turns into a selector that matches nothing); {@code revisionHistoryLimit} null until defaulted.
 */
public record DaemonSetSpec(
    dev.dslab.model.meta.LabelSelector selector,
    PodTemplateSpec template,
    DaemonSetUpdateStrategy updateStrategy,
    int minReadySeconds,
    Integer revisionHistoryLimit) {

  public DaemonSetSpec withTemplate(PodTemplateSpec value) {
    return new DaemonSetSpec(
        selector, value, updateStrategy, minReadySeconds, revisionHistoryLimit);
  }

  public DaemonSetSpec withUpdateStrategy(DaemonSetUpdateStrategy value) {
    return new DaemonSetSpec(selector, template, value, minReadySeconds, revisionHistoryLimit);
  }

  public DaemonSetSpec withRevisionHistoryLimit(Integer value) {
    return new DaemonSetSpec(selector, template, updateStrategy, minReadySeconds, value);
  }
}
