package dev.dslab.engine.registry;

import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Objects;

/**
 * rsStrategy (pkg/registry/apps/replicaset/strategy.go): a new ReplicaSet starts at generation 1
 * with an empty status; an update keeps the status and raises the generation with any spec change.
 */
public final class ReplicaSetStrategy implements RestStrategy<ReplicaSet> {
  @Override
  public ReplicaSet applyDefaults(ReplicaSet rs) {
    return Defaults.replicaSet(rs);
  }

  @Override
  public ReplicaSet prepareForCreate(ReplicaSet rs) {
    return rs.withMetadata(rs.metadata().withGeneration(1)).withStatus(null);
  }

  @Override
  public ReplicaSet prepareForUpdate(ReplicaSet updated, ReplicaSet current) {
    long generation = current.metadata().generation();
    if (!Objects.equals(updated.spec(), current.spec())) {
      generation++;
    }
    return updated
        .withMetadata(updated.metadata().withGeneration(generation))
        .withStatus(current.status());
  }

  @Override
  public List<FieldError> validate(ReplicaSet rs) {
    return Validation.replicaSet(rs);
  }

  @Override
  public List<FieldError> validateUpdate(ReplicaSet updated, ReplicaSet old) {
    return Validation.replicaSetUpdate(updated, old);
  }
}
