package dev.dslab.engine.registry;

import dev.dslab.model.core.Pod;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;

/**
 * podStrategy (pkg/registry/core/pod/strategy.go): an update keeps the status, which is the
 * kubelet's.
 */
public final class PodStrategy implements RestStrategy<Pod> {
  @Override
  public Pod applyDefaults(Pod pod) {
    return Defaults.pod(pod);
  }

  @Override
  public Pod prepareForUpdate(Pod updated, Pod current) {
    return updated.withStatus(current.status());
  }

  @Override
  public List<FieldError> validate(Pod pod) {
    return Validation.pod(pod);
  }
}
