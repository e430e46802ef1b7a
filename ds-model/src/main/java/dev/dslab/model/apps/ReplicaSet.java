package dev.dslab.model.apps;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A ReplicaSet (apps/v1): keeps a number of pods of one template. */
public record ReplicaSet(ObjectMeta metadata, ReplicaSetSpec spec, ReplicaSetStatus status)
    implements KubeObject {
  public static final String KIND = "ReplicaSet";
  public static final String API_VERSION = "apps/v1";

  public ReplicaSet {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
    status = status == null ? ReplicaSetStatus.EMPTY : status;
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
  public ReplicaSet withMetadata(ObjectMeta value) {
    return new ReplicaSet(value, spec, status);
  }

  public ReplicaSet withSpec(ReplicaSetSpec value) {
    return new ReplicaSet(metadata, value, status);
  }

  public ReplicaSet withStatus(ReplicaSetStatus value) {
    return new ReplicaSet(metadata, spec, value);
  }

  /** spec.replicas, 1 when unset (the default). */
  public int replicas() {
    return spec.replicas() == null ? 1 : spec.replicas();
  }
}
