package dev.dslab.model.apps;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/** A DaemonSet (apps/v1). */
public record DaemonSet(ObjectMeta metadata, DaemonSetSpec spec, DaemonSetStatus status)
    implements KubeObject {
  public static final String KIND = "DaemonSet";
  public static final String API_VERSION = "apps/v1";

  /** The annotation through which apps/v1 carries the internal spec.templateGeneration. */
  public static final String TEMPLATE_GENERATION_ANNOTATION =
      "deprecated.daemonset.template.generation";

  public DaemonSet {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(spec, "spec");
    status = status == null ? DaemonSetStatus.EMPTY : status;
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
  public DaemonSet withMetadata(ObjectMeta value) {
    return new DaemonSet(value, spec, status);
  }

  public DaemonSet withSpec(DaemonSetSpec value) {
    return new DaemonSet(metadata, value, status);
  }

  public DaemonSet withStatus(DaemonSetStatus value) {
    return new DaemonSet(metadata, spec, value);
  }

  /** spec.templateGeneration as carried in its annotation; 0 when absent. */
  public long templateGeneration() {
    String value = metadata.annotations().get(TEMPLATE_GENERATION_ANNOTATION);
    try {
      return value == null ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
