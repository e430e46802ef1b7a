package dev.dslab.server.fieldmanager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field sets of server-side apply, after structured-merge-diff's fieldpath.Set and the
 * apiserver's FieldsV1 encoding (staging/src/k8s.io/apimachinery/pkg/util/managedfields and
 * sigs.k8s.io/structured-merge-diff/fieldpath/serialize.go): which leaves of an object a tree sets,
 * the value at a path, and the {@code f:}/{@code k:} form managedFields store.
 *
 * <p>Lists are atomic (owned whole) except the associative lists of the common pod fields, keyed as
 * upstream's x-kubernetes-list-map-keys: containers, env, volumes by name, volumeMounts by
 * mountPath, ports by containerPort.
 */
public final class FieldSets {
  private FieldSets() {}

  /** The list-map keys of the associative lists, by the list's field name. */
  static final Map<String, String> LIST_KEYS =
      Map.of(
          "containers", "name",
          "initContainers", "name",
          "ephemeralContainers", "name",
          "env", "name",
          "volumes", "name",
          "imagePullSecrets", "name",
          "volumeMounts", "mountPath",
          "ports", "containerPort");

  /** Fields the server owns, never part of a manager's set (upstream's reset/ignored fields). */
  private static final Set<String> SERVER_METADATA =
      Set.of(
          "name",
          "namespace",
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "deletionTimestamp",
          "deletionGracePeriodSeconds",
          "managedFields",
          "selfLink");

  /** The leaves a tree sets (and the associative-list elements it names), in the tree's order. */
  public static Set<FieldPath> of(Map<String, Object> tree) {
    Set<FieldPath> out = new LinkedHashSet<>();
    Map<String, Object> top = new LinkedHashMap<>(tree);
    top.remove("apiVersion");
    top.remove("kind");
    top.remove("status");
    if (top.get("metadata") instanceof Map<?, ?> meta) {
      Map<String, Object> kept = new LinkedHashMap<>();
      meta.forEach(
          (k, v) -> {
            if (!SERVER_METADATA.contains(String.valueOf(k))) {
              kept.put(String.valueOf(k), v);
            }
          });
      if (kept.isEmpty()) {
        top.remove("metadata");
      } else {
        top.put("metadata", kept);
      }
    }
    collect(top, new FieldPath(List.of()), out);
    return out;
  }

  /**
   * Whether a map is owned whole: a label selector ({@code x-kubernetes-map-type: atomic} on
   * metav1.LabelSelector), not a plain string map such as a Service's selector.
   */
  static boolean atomicMap(String field, Object value) {
    return "selector".equals(field)
        && value instanceof Map<?, ?> m
        && (m.containsKey("matchLabels") || m.containsKey("matchExpressions"));
  }

  private static void collect(Object value, FieldPath at, Set<FieldPath> out) {
    List<String> elements = at.elements();
    String last = elements.isEmpty() ? "" : elements.get(elements.size() - 1);
    if (last.startsWith("f:") && atomicMap(last.substring(2), value)) {
      out.add(at);
      return;
    }
    if (value instanceof Map<?, ?> map && (!map.isEmpty() || at.endsAtListElement())) {
      if (at.endsAtListElement()) {
        out.add(at);
      }
      map.forEach((k, v) -> collect(v, at.child("f:" + k), out));
      if (map.isEmpty() && !at.endsAtListElement()) {
        out.add(at);
      }
      return;
    }
    String key = keyOf(at);
    if (value instanceof List<?> list && key != null && allKeyed(list, key)) {
      for (Object item : list) {
        collect(item, at.child(elementKey(key, ((Map<?, ?>) item).get(key))), out);
      }
      return;
    }
    out.add(at);
  }

  private static String keyOf(FieldPath at) {
    List<String> e = at.elements();
    if (e.isEmpty() || !e.get(e.size() - 1).startsWith("f:")) {
      return null;
    }
    return LIST_KEYS.get(e.get(e.size() - 1).substring(2));
  }

  private static boolean allKeyed(List<?> list, String key) {
    return list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get(key) != null);
  }

  static String elementKey(String key, Object id) {
    String value =
        id instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : String.valueOf(id);
    return "k:{\"" + key + "\":" + value + "}";
  }

  /** The value at a path, or {@link #ABSENT}. */
  public static Object valueAt(Object tree, FieldPath path) {
    Object at = tree;
    List<String> elements = path.elements();
    for (int i = 0; i < elements.size(); i++) {
      String e = elements.get(i);
      if (e.startsWith("f:") && at instanceof Map<?, ?> m && m.containsKey(e.substring(2))) {
        at = m.get(e.substring(2));
      } else if (e.startsWith("k:") && at instanceof List<?> l) {
        at = findElement(l, e);
        if (at == null) {
          return ABSENT;
        }
      } else {
        return ABSENT;
      }
    }
    return at;
  }

  /** The value of a path that is not in the tree. */
  public static final Object ABSENT = new Object();

  static Map<?, ?> findElement(List<?> list, String element) {
    for (Object item : list) {
      if (item instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (element.equals(elementKey(String.valueOf(e.getKey()), e.getValue()))) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** Whether two trees hold the same value at a path (numbers compared by value). */
  static boolean sameAt(Object a, Object b, FieldPath path) {
    Object x = valueAt(a, path);
    Object y = valueAt(b, path);
    if (x instanceof Number n && y instanceof Number m) {
      return n.doubleValue() == m.doubleValue();
    }
    return Objects.equals(x, y);
  }

  /**
   * A set in managedFields' FieldsV1 form: nested maps of {@code f:}/{@code k:} elements, each leaf
   * an empty map, each associative-list element owning itself with {@code ".": {}}.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> fieldsV1(Set<FieldPath> set) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (FieldPath path : set) {
      Map<String, Object> at = root;
      for (String e : path.elements()) {
        at = (Map<String, Object>) at.computeIfAbsent(e, k -> new LinkedHashMap<>());
      }
      if (path.endsAtListElement()) {
        at.put(".", new LinkedHashMap<>());
      }
    }
    return sorted(root);
  }

  /** Upstream serializes a set's children sorted: "." first, then f:, then k: by name. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sorted(Map<String, Object> node) {
    List<String> keys = new ArrayList<>(node.keySet());
    keys.sort(null);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, sorted((Map<String, Object>) node.get(k)));
    }
    return out;
  }
}
