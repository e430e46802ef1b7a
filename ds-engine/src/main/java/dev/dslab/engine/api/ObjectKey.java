package dev.dslab.engine.api;

import dev.dslab.model.meta.KubeObject;
import java.util.Comparator;
import java.util.Objects;

/** Where an object lives in the store: kind, namespace ("" for cluster-scoped kinds) and name. */
public record ObjectKey(Kind kind, String namespace, String name) implements Comparable<ObjectKey> {
  private static final Comparator<ObjectKey> ORDER = Comparator.comparing(ObjectKey::kind)
      .thenComparing(ObjectKey::namespace)
      .thenComparing(ObjectKey::name);

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
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.kindName() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
