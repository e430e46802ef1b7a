package dev.dslab.yaml.tree;

import dev.dslab.model.core.Quantity;
import dev.dslab.model.meta.IntOrString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A JSON object being written, keys sorted as kubectl prints objects (it prints unstructured maps).
 * The {@code put…} variants encode the API's omitempty rules in one place: null is never written,
 * empty collections only where the API always shows them.
 */
public final class ObjectBuilder {
  private final TreeMap<String, Object> fields = new TreeMap<>();

  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /** A copy of an already built object, to add to it. */
  public static ObjectBuilder copyOf(Map<String, Object> tree) {
    ObjectBuilder b = new ObjectBuilder();
    b.fields.putAll(tree);
    return b;
  }

  /**
   * Writes the value unless it is null. Strings are written even when empty: the model tells ""
   * from null.
   */
  public ObjectBuilder put(String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
    return this;
  }

  public ObjectBuilder put(String name, ObjectBuilder value) {
    return put(name, value == null ? null : value.build());
  }

  /** omitempty for strings where the model normalises null to "" (a taint's value). */
  public ObjectBuilder putNonEmpty(String name, String value) {
    return value == null || value.isEmpty() ? this : put(name, value);
  }

  /** omitempty for slices and maps. */
  public ObjectBuilder putNonEmpty(String name, Collection<?> value) {
    return value == null || value.isEmpty() ? this : put(name, value);
  }

  public ObjectBuilder putNonEmpty(String name, Map<String, ?> value) {
    return value == null || value.isEmpty() ? this : put(name, value);
  }

  /** omitempty for numbers: written unless zero. */
  public ObjectBuilder putNonZero(String name, long value) {
    return value == 0 ? this : put(name, value);
  }

  /** omitempty for bools: written only when true. */
  public ObjectBuilder putTrue(String name, boolean value) {
    return value ? put(name, Boolean.TRUE) : this;
  }

  /** A metav1.Time: RFC 3339 in UTC with seconds precision, as the API serialises it. */
  public ObjectBuilder putTime(String name, Instant value) {
    return value == null ? this : put(name, time(value));
  }

  /** A list of objects, each encoded with {@code encoder}; omitted when empty. */
  public <T> ObjectBuilder putObjects(String name, List<T> values, Function<T, ?> encoder) {
    return values.isEmpty()
        ? this
        : put(name, values.stream().map(v -> (Object) encoder.apply(v)).toList());
  }

  public Map<String, Object> build() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  public static String time(Instant value) {
    return value.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** An intstr.IntOrString: a JSON number or string. */
  public ObjectBuilder putIntOrString(String name, IntOrString value) {
    return value == null
        ? this
        : put(name, value.isInt() ? (Object) value.intValue() : value.stringValue());
  }

  /** A resource.Quantity: its text, always a string (so {@code cpu: "8"} in YAML). */
  public ObjectBuilder putQuantity(String name, Quantity value) {
    return value == null ? this : put(name, value.text());
  }

  /** A {@code map[string]Quantity} (capacity, requests); omitted when empty. */
  public ObjectBuilder putQuantities(String name, Map<String, Quantity> values) {
    if (values.isEmpty()) {
      return this;
    }
    TreeMap<String, Object> texts = new TreeMap<>();
    values.forEach((k, v) -> texts.put(k, v.text()));
    return put(name, Collections.unmodifiableSortedMap(texts));
  }
}
