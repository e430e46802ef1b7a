package dev.dslab.engine.registry;

import dev.dslab.model.core.Service;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;

/**
 * svcStrategy (pkg/registry/core/service/strategy.go), as far as the simulation models it:
 * validation. Cluster IPs and node ports are allocated by the API server after validation, not
 * here.
 */
public final class ServiceStrategy implements RestStrategy<Service> {
  @Override
  public List<FieldError> validate(Service service) {
    return Validation.service(service);
  }
}
