package dev.dslab.engine.registry;

import dev.dslab.model.core.Namespace;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;

/**
 * namespaceStrategy (pkg/registry/core/namespace/strategy.go), as far as the simulation models it:
 * validation. The phase is taken from the request on update (upstream keeps the stored status).
 */
public final class NamespaceStrategy implements RestStrategy<Namespace> {
  @Override
  public List<FieldError> validate(Namespace namespace) {
    return Validation.namespace(namespace);
  }
}
