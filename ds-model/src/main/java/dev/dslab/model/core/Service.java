package dev.dslab.model.core;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A service (core/v1). Only stored and listed: the simulation routes no traffic. */
public record Service(ObjectMeta metadata, ServiceSpec spec) implements KubeObject {
  public static final String KIND = "Service";

  public Service {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
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
  public Service withMetadata(ObjectMeta value) {
    return new Service(value, spec);
  }

  public Service withSpec(ServiceSpec value) {
    return new Service(metadata, value);
  }
}
