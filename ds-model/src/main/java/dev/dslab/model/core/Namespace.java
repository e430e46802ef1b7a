package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Objects;

/**
 * A namespace (core/v1); phase is Active or Terminating, conditions are the namespace controller's
 * while it deletes the namespace.
 */
public record Namespace(ObjectMeta metadata, String phase, List<NamespaceCondition> conditions)
    implements KubeObject {
  public static final String KIND = "Namespace";

  /** v1.NamespaceActive and v1.NamespaceTerminating. */
  public static final String ACTIVE = "Active";

  public static final String TERMINATING = "Terminating";

  public Namespace {
    Objects.requireNonNull(metadata, "metadata");
    phase = phase == null ? ACTIVE : phase;
    conditions = Collections2.copy(conditions);
  }

  /** A namespace without conditions. */
  public Namespace(ObjectMeta metadata, String phase) {
    this(metadata, phase, null);
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
  public Namespace withMetadata(ObjectMeta value) {
    return new Namespace(value, phase, conditions);
  }
}
