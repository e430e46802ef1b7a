package dev.dslab.engine.registry;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Objects;

/**
 * deploymentStrategy (pkg/registry/apps/deployment/strategy.go): a new Deployment starts at
 * generation 1 with an empty status; an update keeps the status and raises the generation with any
 * spec change (or a change of the deprecated rollback annotation, which the simulation has not).
 */
public final class DeploymentStrategy implements RestStrategy<Deployment> {
  @Override
  public Deployment applyDefaults(Deployment d) {
    return Defaults.deployment(d);
  }

  @Override
  public Deployment prepareForCreate(Deployment d) {
    return d.withMetadata(d.metadata().withGeneration(1)).withStatus(null);
  }

  @Override
  public Deployment prepareForUpdate(Deployment updated, Deployment current) {
    long generation = current.metadata().generation();
    if (!Objects.equals(updated.spec(), current.spec())) {
      generation++;
    }
    return updated
        .withMetadata(updated.metadata().withGeneration(generation))
        .withStatus(current.status());
  }

  @Override
  public List<FieldError> validate(Deployment d) {
    return Validation.deployment(d);
  }

  @Override
  public List<FieldError> validateUpdate(Deployment updated, Deployment old) {
    return Validation.deploymentUpdate(updated, old);
  }
}
