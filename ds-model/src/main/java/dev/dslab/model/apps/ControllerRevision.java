package dev.dslab.model.apps;

import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Objects;

/**
 * A ControllerRevision (apps/v1) of a DaemonSet: the template it snapshots (upstream stores it as
 * the patch {@code {"spec":{"template":{..., "$patch":"replace"}}}}) and its revision number.
 */
public record ControllerRevision(ObjectMeta metadata, PodTemplateSpec template, long revision)
    implements KubeObject {
  public static final String KIND = "ControllerRevision";
  public static final String HASH_LABEL = "controller-revision-hash";

  public ControllerRevision {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(template, "template");
  }

  @Override
  public String apiVersion() {
    return "apps/v1";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ControllerRevision withMetadata(ObjectMeta value) {
    return new ControllerRevision(value, template, revision);
  }

  public ControllerRevision withRevision(long value) {
    return new ControllerRevision(metadata, template, value);
  }
}
