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
    c = compareNamespaces(namespace, other.namespace);
    return c != 0 ? c : name.compareTo(other.name);
  }

  /**
   * The order of etcd's keys, which are strings ({@code /registry/pods/NAMESPACE/NAME}): lists come
   * in it, and a paged list's continue token is a key in it. Where one namespace begins another
   * ({@code kube} and {@code kube-system}), the shorter one's {@code /} meets the longer one's next
   * character: {@code kube-system/x} sorts before {@code kube/x}.
   */
  static int compareNamespaces(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return a.charAt(i) - b.charAt(i);
      }
    }
    if (a.length() == b.length() || common == 0) {
      // the same namespace, or a cluster-scoped key ("") among namespaced ones, which one kind
      // never mixes
      return a.length() - b.length();
    }
    return a.length() < b.length() ? '/' - b.charAt(common) : a.charAt(common) - '/';
  }

  @Override
  public String toString() {
    return kind.kindName() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
