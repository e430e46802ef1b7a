package dev.dslab.server;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.server.fieldmanager.ManagedFields;
import dev.dslab.server.fieldmanager.Manager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The managedFields of the objects written through the endpoint, kept beside the store (the model's
 * metadata has no managedFields) and served in the objects' metadata. Touched on the engine's
 * thread only, inside {@link EngineLoop#call}.
 */
final class FieldOwnership {
  private final Map<String, ManagedFields> byObject = new HashMap<>();

  private static String key(Resource resource, KubeObject o) {
    return resource.plural() + "/" + o.metadata().namespace() + "/" + o.metadata().name();
  }

  /** The object's managedFields; none for an object no one wrote through the endpoint. */
  ManagedFields of(Resource resource, KubeObject o) {
    ManagedFields known = byObject.get(key(resource, o));
    String uid = o.metadata().uid();
    return known != null && java.util.Objects.equals(known.uid(), uid)
        ? known
        : ManagedFields.none(uid);
  }

  void put(Resource resource, KubeObject o, ManagedFields fields) {
    byObject.put(key(resource, o), fields);
  }

  /** A create, update or patch by a manager: the fields it changed become its own. */
  void updated(
      Resource resource, Manager manager, KubeObject before, KubeObject after, Instant now) {
    Map<String, Object> beforeTree =
        before == null ? null : dev.dslab.yaml.ManifestWriter.toTree(before);
    put(
        resource,
        after,
        of(resource, after)
            .updated(manager, beforeTree, dev.dslab.yaml.ManifestWriter.toTree(after), now));
  }

  /** The object's tree with its managedFields in the metadata, as the API server serves it. */
  @SuppressWarnings("unchecked")
  Map<String, Object> served(Resource resource, KubeObject o) {
    Map<String, Object> tree = new LinkedHashMap<>(dev.dslab.yaml.ManifestWriter.toTree(o));
    ManagedFields fields = of(resource, o);
    if (!fields.entries().isEmpty() && tree.get("metadata") instanceof Map<?, ?> meta) {
      Map<String, Object> withFields = new LinkedHashMap<>((Map<String, Object>) meta);
      withFields.put("managedFields", fields.toTree());
      tree.put("metadata", withFields);
    }
    return tree;
  }

  /**
   * The manager of a non-apply write: the request's fieldManager, or else the user agent up to its
   * first "/" (prefixFromUserAgent in apiserver's handlers/rest.go).
   */
  static Manager updater(ResourceRequest r) {
    String name = r.query().get("fieldManager");
    if (name == null || name.isEmpty()) {
      String agent = java.util.Optional.ofNullable(r.header("User-Agent")).orElse("unknown");
      name = agent.split("/", 2)[0];
    }
    return new Manager(name, Manager.Operation.Update, r.resource().groupVersion());
  }
}
