package dev.dslab.engine.api;

import dev.dslab.model.meta.KubeObject;
import java.util.Objects;

/** Where an object lives in the store: kind, namespace ("" for cluster-scoped kinds) and name. */
public record ObjectKey(Kind kind, String namespace, String name) implements Comparable<ObjectKey> {
  public ObjectKey {
    Objects.requireNonNull(kind, "kind");
    namespace = kind.namespaced() ? Objects.requireNonNullElse(namespace, "") : "";
    Objects.requireNonNull(name, "name");
  }

  public static ObjectKey of(KubeObject object) {
    return new ObjectKey(Kind.of(object), object.metadata().namespace(), object.metadata().name());
  }

  @Override
  public int compareTo(ObjectKey other) {
    int c = kind.compareTo(other.kind);
    if (c != 0) {
      return c;
    }
    c = namespace.compareTo(other.namespace);
    return c != 0 ? c : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return kind.kindName() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
