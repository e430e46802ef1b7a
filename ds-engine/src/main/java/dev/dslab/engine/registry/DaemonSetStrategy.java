package dev.dslab.engine.registry;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Objects;

/**
 * daemonSetStrategy (pkg/registry/apps/daemonset/strategy.go): a new DaemonSet starts at generation
 * 1 and template generation 1 with an empty status; an update keeps the status, raises the
 * generation with any spec change and the template generation with any template change.
 */
public final class DaemonSetStrategy implements RestStrategy<DaemonSet> {
  @Override
  public DaemonSet applyDefaults(DaemonSet ds) {
    return Defaults.daemonSet(ds);
  }

  @Override
  public DaemonSet prepareForCreate(DaemonSet ds) {
    ObjectMeta meta =
        ds.metadata()
            .withGeneration(1)
            .withAnnotation(DaemonSet.TEMPLATE_GENERATION_ANNOTATION, "1");
    return ds.withMetadata(meta).withStatus(null);
  }

  @Override
  public DaemonSet prepareForUpdate(DaemonSet updated, DaemonSet current) {
    long generation = current.metadata().generation();
    long templateGeneration = current.templateGeneration();
    if (!Objects.equals(updated.spec(), current.spec())) {
      generation++;
    }
    if (!Objects.equals(updated.spec().template(), current.spec().template())) {
      templateGeneration++;
    }
    ObjectMeta meta =
        updated
            .metadata()
            .withGeneration(generation)
            .withAnnotation(
                DaemonSet.TEMPLATE_GENERATION_ANNOTATION, Long.toString(templateGeneration));
    return updated.withMetadata(meta).withStatus(current.status());
  }

  @Override
  public List<FieldError> validate(DaemonSet ds) {
    return Validation.daemonSet(ds);
  }

  @Override
  public List<FieldError> validateUpdate(DaemonSet updated, DaemonSet old) {
    return Validation.daemonSetUpdate(updated, old);
  }
}
