package dev.dslab.model.apps;

import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;

/**
 * spec of a Deployment. Nullable fields ({@code replicas}, {@code strategy}, {@code
 * revisionHistoryLimit}, {@code progressDeadlineSeconds}) are null until defaulted; {@code
 * selector} null means the manifest had none, which validation refuses.
 */
public record DeploymentSpec(
    Integer replicas,
    LabelSelector selector,
    PodTemplateSpec template,
    DeploymentStrategy strategy,
    int minReadySeconds,
    Integer revisionHistoryLimit,
    boolean paused,
    Integer progressDeadlineSeconds) {

  public DeploymentSpec withReplicas(Integer value) {
    return new DeploymentSpec(
        value,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withTemplate(PodTemplateSpec value) {
    return new DeploymentSpec(
        replicas,
        selector,
        value,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withStrategy(DeploymentStrategy value) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        value,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withPaused(boolean value) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        value,
        progressDeadlineSeconds);
  }
}
