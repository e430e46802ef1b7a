package dev.dslab.model.core;

import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A pod template: the metadata (labels, annotations) and spec every created pod starts from. */
public record PodTemplateSpec(ObjectMeta metadata, PodSpec spec) {
  public PodTemplateSpec {
    metadata = metadata == null ? ObjectMeta.named(null) : metadata;
    Objects.requireNonNull(spec, "spec");
  }

  public PodTemplateSpec withSpec(PodSpec value) {
    return new PodTemplateSpec(metadata, value);
  }

  public PodTemplateSpec withMetadata(ObjectMeta value) {
    return new PodTemplateSpec(value, spec);
  }
}
