package dev.dslab.model.apps;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/**
 * A Deployment (apps/v1): a desired number of pods of one template, rolled out through ReplicaSets.
 */
public record Deployment(ObjectMeta metadata, DeploymentSpec spec, DeploymentStatus status)
    implements KubeObject {
  public static final String KIND = "Deployment";
  public static final String API_VERSION = "apps/v1";

  /**
   * deploymentutil.RevisionAnnotation: the revision of a Deployment and of each of its ReplicaSets.
   */
  public static final String REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

  /** deploymentutil.DesiredReplicasAnnotation: the Deployment's replicas when the RS was scaled. */
  public static final String DESIRED_REPLICAS_ANNOTATION =
      "deployment.kubernetes.io/desired-replicas";

  /** deploymentutil.MaxReplicasAnnotation: replicas plus maxSurge when the RS was scaled. */
  public static final String MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";

  /** apps.DefaultDeploymentUniqueLabelKey: the label that keeps ReplicaSets' pods apart. */
  public static final String POD_TEMPLATE_HASH_LABEL = "pod-template-hash";

  public Deployment {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
    status = status == null ? DeploymentStatus.EMPTY : status;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Deployment withMetadata(ObjectMeta value) {
    return new Deployment(value, spec, status);
  }

  public Deployment withSpec(DeploymentSpec value) {
    return new Deployment(metadata, value, status);
  }

  public Deployment withStatus(DeploymentStatus value) {
    return new Deployment(metadata, spec, value);
  }

  /** spec.replicas, 1 when unset (the default). */
  public int replicas() {
    return spec.replicas() == null ? 1 : spec.replicas();
  }
}
