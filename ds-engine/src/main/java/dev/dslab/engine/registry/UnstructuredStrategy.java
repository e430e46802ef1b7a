package dev.dslab.engine.registry;

import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.NameRule;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The kinds the simulation keeps as sent (ConfigMaps, ClusterRoles, Deployments, …): what every
 * strategy of theirs does alike. A kind that tracks generations (its resource says so) starts at
 * generation 1 and moves on with every change of anything but metadata and status; the object is
 * validated as metadata only (ValidateObjectMeta), its own fields are not checked.
 */
public final class UnstructuredStrategy implements RestStrategy<KubeObject> {
  private final ApiResource resource;

  public UnstructuredStrategy(ApiResource resource) {
    this.resource = resource;
  }

  @Override
  public KubeObject prepareForCreate(KubeObject object) {
    return resource.hasGeneration()
        ? object.withMetadata(object.metadata().withGeneration(1))
        : object.withMetadata(object.metadata().withGeneration(0));
  }

  @Override
  public KubeObject prepareForUpdate(KubeObject updated, KubeObject current) {
    if (!resource.hasGeneration()) {
      return updated.withMetadata(updated.metadata().withGeneration(0));
    }
    long generation = current.metadata().generation();
    if (!Objects.equals(spec(updated), spec(current))) {
      generation++;
    }
    return updated.withMetadata(updated.metadata().withGeneration(generation));
  }

  /** Everything but metadata and status: what a change of raises the generation. */
  private static SortedMap<String, Object> spec(KubeObject object) {
    if (!(object instanceof Unstructured u)) {
      return new TreeMap<>();
    }
    SortedMap<String, Object> spec = new TreeMap<>(u.content());
    spec.remove("status");
    return spec;
  }

  @Override
  public List<FieldError> validate(KubeObject object) {
    return Validation.objectMeta(
        object.metadata(),
        resource.namespaced(),
        resource.group().equals("rbac.authorization.k8s.io")
            ? NameRule.PATH_SEGMENT
            : NameRule.DNS_SUBDOMAIN);
  }
}
