package dev.dslab.server.fieldmanager;

import dev.dslab.yaml.Trees;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The upgrade from client-side to server-side apply, after the apiserver's lastAppliedManager
 * (staging/src/k8s.io/apimachinery/pkg/util/managedfields/internal/lastappliedmanager.go): when
 * {@code kubectl apply --server-side} (manager "kubectl") meets conflicts only on fields the
 * object's {@code kubectl.kubernetes.io/last-applied-configuration} names with the live values, the
 * apply is forced, so moving from {@code kubectl apply} to {@code --server-side} meets no conflict.
 */
public final class LastApplied {
  private LastApplied() {}

  static final String ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";

  /** Whether an apply by this manager that met these conflicts goes through as a forced one. */
  public static boolean allowsConflicts(
      String manager, String apiVersion, Map<String, Object> live, List<Conflict> conflicts) {
    if (!"kubectl".equals(manager) || conflicts.isEmpty()) {
      return false;
    }
    Set<FieldPath> allowed = allowed(apiVersion, live);
    return conflicts.stream().allMatch(c -> allowed.contains(c.path()));
  }

  /** The last-applied configuration's fields whose value the live object still has. */
  @SuppressWarnings("unchecked")
  private static Set<FieldPath> allowed(String apiVersion, Map<String, Object> live) {
    Object annotation =
        FieldSets.valueAt(
            live, new FieldPath(List.of("f:metadata", "f:annotations", "f:" + ANNOTATION)));
    Set<FieldPath> out = new LinkedHashSet<>();
    if (!(annotation instanceof String json) || json.isEmpty()) {
      return out;
    }
    Map<String, Object> lastApplied;
    try {
      if (!(Trees.parseAny("last-applied", json) instanceof Map<?, ?> m)) {
        return out;
      }
      lastApplied = (Map<String, Object>) m;
    } catch (IllegalArgumentException e) {
      return out;
    }
    if (!apiVersion.equals(lastApplied.get("apiVersion"))) {
      return out;
    }
    for (FieldPath p : FieldSets.of(lastApplied)) {
      if (FieldSets.sameAt(lastApplied, live, p)) {
        out.add(p);
      }
    }
    return out;
  }
}
