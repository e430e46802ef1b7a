package dev.dslab.model.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An object of a kind the simulation does not model (a ConfigMap, a ClusterRole, a Deployment):
 * kept as it was sent. Its metadata is typed, as the API server reads and sets it; the rest of the
 * document ({@code data}, {@code rules}, {@code spec}, …, without apiVersion, kind and metadata) is
 * an immutable tree of sorted maps, lists, strings, numbers, booleans and nulls.
 */
public record Unstructured(
    String apiVersion, String kind, ObjectMeta metadata, SortedMap<String, Object> content)
    implements KubeObject {

  public Unstructured {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(metadata, "metadata");
    SortedMap<String, Object> copy = new TreeMap<>();
    if (content != null) {
      for (Map.Entry<String, Object> e : content.entrySet()) {
        if (!isTypeField(e.getKey())) {
          copy.put(e.getKey(), frozen(e.getValue()));
        }
      }
    }
    content = Collections.unmodifiableSortedMap(copy);
  }

  private static boolean isTypeField(String key) {
    return key.equals("apiVersion") || key.equals("kind") || key.equals("metadata");
  }

  /** A deep, immutable copy of a tree; anything but the JSON types is refused. */
  private static Object frozen(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Number) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      SortedMap<String, Object> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), frozen(e.getValue()));
      }
      return Collections.unmodifiableSortedMap(out);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(frozen(item));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException(
        "not a JSON value: " + value.getClass().getName() + " " + value);
  }

  /** The value at a path of field names ({@code "spec", "replicas"}), or null when absent. */
  public Object get(String... path) {
    Object at = content;
    for (String name : path) {
      if (!(at instanceof Map<?, ?> map)) {
        return null;
      }
      at = map.get(name);
    }
    return at;
  }

  @Override
  public Unstructured withMetadata(ObjectMeta value) {
    return new Unstructured(apiVersion, kind, value, content);
  }
}
