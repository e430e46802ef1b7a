package dev.dslab.engine.registry;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.validation.FieldError;
import java.util.List;

/**
 * One kind's rules on create and update (rest.RESTCreateStrategy and rest.RESTUpdateStrategy). The
 * API server calls them in upstream's order: defaults (when it decodes the request), then
 * admission, then {@link #prepareForCreate} or {@link #prepareForUpdate}, then validation. Each
 * step has a default that changes or checks nothing, so a strategy says only what its kind does
 * differently.
 */
public interface RestStrategy<T extends KubeObject> {
  /**
   * The scheme's defaulting (SetObjectDefaults_*), which upstream applies to every decoded request.
   */
  default T applyDefaults(T object) {
    return object;
  }

  /** PrepareForCreate: what the server sets on a new object, whatever the client sent. */
  default T prepareForCreate(T object) {
    return object;
  }

  /**
   * PrepareForUpdate: what an update may not change (a status subresource's status stays the
   * server's) and what follows from the change (a DaemonSet's generations).
   */
  default T prepareForUpdate(T updated, T current) {
    return updated;
  }

  /** Validate: the field errors of a new object, in the order the API server reports them. */
  default List<FieldError> validate(T object) {
    return List.of();
  }

  /**
   * ValidateUpdate: the field errors of an update; unless a kind says otherwise, those of a create.
   */
  default List<FieldError> validateUpdate(T updated, T old) {
    return validate(updated);
  }
}
