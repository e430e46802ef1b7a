package dev.dslab.engine.registry;

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
 * Custom resources, after apiextensions-apiserver's registry/customresource strategy.go: a new
 * object starts at generation 1. With the status subresource on, a write to the main resource keeps
 * the stored status and only a change of anything but metadata and status raises the generation;
 * without it, any change but metadata does (PrepareForUpdate). Metadata is validated as for every
 * object (a DNS subdomain name); the schema's rules on the rest are not checked.
 */
public final class CustomResourceStrategy implements RestStrategy<KubeObject> {
  private final boolean namespaced;
  private final boolean statusSubresource;

  public CustomResourceStrategy(boolean namespaced, boolean statusSubresource) {
    this.namespaced = namespaced;
    this.statusSubresource = statusSubresource;
  }

  @Override
  public KubeObject prepareForCreate(KubeObject object) {
    KubeObject o = object;
    if (statusSubresource && o instanceof Unstructured u && u.get("status") != null) {
      // the status of a new object is the controllers' to write, through the subresource
      o = without(u, "status");
    }
    return o.withMetadata(o.metadata().withGeneration(1));
  }

  @Override
  public KubeObject prepareForUpdate(KubeObject updated, KubeObject current) {
    Unstructured u = (Unstructured) updated;
    Unstructured c = (Unstructured) current;
    if (statusSubresource) {
      u = withStatusOf(u, c);
    }
    long generation = current.metadata().generation();
    if (!Objects.equals(changing(u), changing(c))) {
      generation++;
    }
    return u.withMetadata(u.metadata().withGeneration(generation));
  }

  /**
   * What a change of raises the generation: all but metadata (and status, with its subresource).
   */
  private SortedMap<String, Object> changing(Unstructured o) {
    SortedMap<String, Object> content = new TreeMap<>(o.content());
    if (statusSubresource) {
      content.remove("status");
    }
    return content;
  }

  private static Unstructured withStatusOf(Unstructured updated, Unstructured current) {
    TreeMap<String, Object> content = new TreeMap<>(updated.content());
    content.remove("status");
    if (current.get("status") != null) {
      content.put("status", current.get("status"));
    }
    return new Unstructured(updated.apiVersion(), updated.kind(), updated.metadata(), content);
  }

  private static Unstructured without(Unstructured o, String field) {
    TreeMap<String, Object> content = new TreeMap<>(o.content());
    content.remove(field);
    return new Unstructured(o.apiVersion(), o.kind(), o.metadata(), content);
  }

  @Override
  public List<FieldError> validate(KubeObject object) {
    return Validation.objectMeta(object.metadata(), namespaced, NameRule.DNS_SUBDOMAIN);
  }
}
