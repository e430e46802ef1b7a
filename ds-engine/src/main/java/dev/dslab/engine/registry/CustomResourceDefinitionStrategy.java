package dev.dslab.engine.registry;

import dev.dslab.model.apiextensions.DefinitionDefaults;
import dev.dslab.model.apiextensions.DefinitionStatus;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Objects;

/**
 * CustomResourceDefinitions, after apiextensions-apiserver's registry/customresourcedefinition
 * strategy.go, defaulted as v1's defaults.go does: a new CRD starts at generation 1 with an empty
 * status but its storage version stored; a write keeps the status (the naming and establishing
 * controllers own it), adds a new storage version to storedVersions and raises the generation when
 * the spec changed; validation is the API server's (ValidateCustomResourceDefinition).
 */
public final class CustomResourceDefinitionStrategy implements RestStrategy<KubeObject> {
  @Override
  public KubeObject applyDefaults(KubeObject object) {
    return DefinitionDefaults.apply((Unstructured) object);
  }

  @Override
  public KubeObject prepareForCreate(KubeObject object) {
    Unstructured crd = DefinitionStatus.initial((Unstructured) object);
    return crd.withMetadata(crd.metadata().withGeneration(1));
  }

  @Override
  public KubeObject prepareForUpdate(KubeObject updated, KubeObject current) {
    Unstructured crd = DefinitionStatus.keptFrom((Unstructured) updated, (Unstructured) current);
    long generation = current.metadata().generation();
    if (!Objects.equals(crd.get("spec"), ((Unstructured) current).get("spec"))) {
      generation++;
    }
    return crd.withMetadata(crd.metadata().withGeneration(generation));
  }

  @Override
  public List<FieldError> validate(KubeObject object) {
    return Validation.customResourceDefinition((Unstructured) object);
  }

  @Override
  public List<FieldError> validateUpdate(KubeObject updated, KubeObject old) {
    return Validation.customResourceDefinitionUpdate((Unstructured) updated, (Unstructured) old);
  }
}
