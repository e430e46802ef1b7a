package dev.dslab.model.core;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A pod (core/v1). */
public record Pod(ObjectMeta metadata, PodSpec spec, PodStatus status) implements KubeObject {
  public static final String KIND = "Pod";

  public Pod {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
    status = status == null ? PodStatus.pending() : status;
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
  public Pod withMetadata(ObjectMeta value) {
    return new Pod(value, spec, status);
  }

  public Pod withSpec(PodSpec value) {
    return new Pod(metadata, value, status);
  }

  public Pod withStatus(PodStatus value) {
    return new Pod(metadata, spec, value);
  }

  /** Succeeded or Failed. */
  public boolean isTerminal() {
    return status.phase().isTerminal();
  }
}
