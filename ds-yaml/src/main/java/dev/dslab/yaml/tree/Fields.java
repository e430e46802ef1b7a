package dev.dslab.yaml.tree;

import dev.dslab.model.core.Quantity;
import dev.dslab.model.meta.IntOrString;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of one object of a parsed document, read the way the API server's strict decoding
 * reads JSON into Go structs: every accessor checks the JSON type and names the field path and line
 * when it is wrong; a missing or {@code null} field is "not set". The decoder of a record asks for
 * every field it knows (or {@link #ignore}s it); whatever it never asked for is reported as an
 * unknown field once it is done (see {@link #decode}).
 */
public final class Fields {
  private static final int INT32_MIN = Integer.MIN_VALUE;
  private static final int INT32_MAX = Integer.MAX_VALUE;

  private final YMap map;
  private final FieldPath path;
  private final List<Issue> issues;
  private final Set<String> asked = new HashSet<>();

  private Fields(YMap map, FieldPath path, List<Issue> issues) {
    this.map = map;
    this.path = path;
    this.issues = issues;
  }

  /**
   * Decodes {@code node}, which must be an object, with {@code decoder}; then adds an unknown-field
   * issue for every key the decoder did not ask for.
   *
   * @param line the line to blame when {@code node} is not an object (the line of its key)
   * @throws DecodeException when a field has the wrong type or a required one is missing
   */
  public static <T> T decode(YNode node, FieldPath path, int line, List<Issue> issues, Function<Fields, T> decoder) {
    if (!(node instanceof YMap map)) {
      throw new DecodeException(path, line, "expected an object, got " + node.describe());
    }
    Fields fields = new Fields(map, path, issues);
    T value = decoder.apply(fields);
    fields.reportUnknown();
    return value;
  }

  public FieldPath path() {
    return path;
  }

  /** The line the object starts on. */
  public int line() {
    return map.line();
  }

  /** A problem with the object as a whole (e.g. two volume sources), blamed on its first line. */
  public DecodeException invalid(String message) {
    return new DecodeException(path, map.line(), message);
  }

  /** Whether the field is present with a non-null value. Does not count as reading it. */
  public boolean has(String name) {
    YEntry e = map.entry(name);
    return e != null && !e.value().isNull();
  }

  /** Fields the model does not carry but real manifests have: accepted and dropped. */
  public void ignore(String... names) {
    asked.addAll(Arrays.asList(names));
  }

  /** Accepts every remaining field: for free-form parts such as a ControllerRevision's data. */
  public void ignoreRest() {
    asked.addAll(map.entries().keySet());
  }

  // ------------------------------------------------------------------ scalars

  public String string(String name) {
    YEntry e = entry(name);
    return e == null ? null : asString(e.value(), path.field(name), e.line());
  }

  /** A string the model cannot do without (a container's name): missing is the API's "Required value". */
  public String requiredString(String name) {
    String value = string(name);
    if (value == null) {
      throw new DecodeException(path.field(name), map.line(), "Required value");
    }
    return value;
  }

  /** An int32; 0 when not set (Go's zero value). */
  public int int32(String name) {
    Integer value = optionalInt32(name);
    return value == null ? 0 : value;
  }

  public Integer optionalInt32(String name) {
    YEntry e = entry(name);
    return e == null ? null : (int) asInteger(e.value(), path.field(name), e.line(), INT32_MIN, INT32_MAX);
  }

  /** An int64; 0 when not set. */
  public long int64(String name) {
    Long value = optionalInt64(name);
    return value == null ? 0 : value;
  }

  public Long optionalInt64(String name) {
    YEntry e = entry(name);
    return e == null ? null : asInteger(e.value(), path.field(name), e.line(), Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A bool; false when not set. */
  public boolean bool(String name) {
    Boolean value = optionalBool(name);
    return value != null && value;
  }

  public Boolean optionalBool(String name) {
    YEntry e = entry(name);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN) {
      return (Boolean) s.value();
    }
    throw expected("a boolean", e.value(), path.field(name), e.line());
  }

  /** A metav1.Time: RFC 3339, e.g. {@code 2024-05-01T10:00:00Z}. */
  public Instant time(String name) {
    String text = string(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      YEntry entry = map.entry(name);
      throw new DecodeException(path.field(name), entry.line(),
          "expected an RFC 3339 time such as \"2024-05-01T10:00:00Z\", got " + Quoting.quote(text));
    }
  }

  /** A resource.Quantity, written as a string ({@code 200Mi}) or a number ({@code 1}). */
  public Quantity quantity(String name) {
    YEntry e = entry(name);
    return e == null ? null : asQuantity(e.value(), path.field(name), e.line());
  }

  /** An intstr.IntOrString: an int32 or a string. */
  public IntOrString intOrString(String name) {
    YEntry e = entry(name);
    if (e == null) {
      return null;
    }
    FieldPath p = path.field(name);
    if (e.value() instanceof YScalar s && s.type() == YScalar.Type.STRING) {
      return IntOrString.of((String) s.value());
    }
    if (e.value() instanceof YScalar s && s.type() == YScalar.Type.INTEGER) {
      return IntOrString.of((int) asInteger(s, p, e.line(), INT32_MIN, INT32_MAX));
    }
    throw expected("an integer or a string", e.value(), p, e.line());
  }

  /**
   * A string enum spelled as the API spells it ({@code NoSchedule}, {@code True}, {@code Running});
   * empty or not set is null.
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String text = string(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String supported = Arrays.stream(constants).map(c -> Quoting.quote(c.name())).collect(Collectors.joining(", "));
    throw new DecodeException(path.field(name), map.entry(name).line(),
        "Unsupported value: " + Quoting.quote(text) + ": supported values: " + supported);
  }

  // ------------------------------------------------------------------ maps and lists

  /** A {@code map[string]string} (labels, annotations, nodeSelector): every value must be a string. */
  public SortedMap<String, String> stringMap(String name) {
    return map(name, (value, p, line) -> value.isNull() ? "" : asString(value, p, line));
  }

  /** A {@code map[string]Quantity} (requests, limits, capacity). */
  public SortedMap<String, Quantity> quantityMap(String name) {
    return map(name, Fields::asQuantity);
  }

  public List<String> strings(String name) {
    return list(name, (item, p) -> item.isNull() ? "" : asString(item, p, item.line()));
  }

  /** A nested object, or null when not set. */
  public <T> T object(String name, Function<Fields, T> decoder) {
    YEntry e = entry(name);
    return e == null ? null : decode(e.value(), path.field(name), e.line(), issues, decoder);
  }

  /** A list of objects; empty when not set. */
  public <T> List<T> objects(String name, Function<Fields, T> decoder) {
    return list(name, (item, p) -> decode(item, p, item.line(), issues, decoder));
  }

  /**
   * A part the model keeps as an opaque tree (pod affinity, env valueFrom): plain Maps, Lists,
   * Strings, Numbers, Booleans and nulls, never parser types.
   */
  public Object opaque(String name) {
    YEntry e = entry(name);
    return e == null ? null : plain(e.value());
  }

  /** An opaque tree that must be an object (the fields of a volume source the model does not type). */
  public SortedMap<String, Object> opaqueObject(String name) {
    YEntry e = entry(name);
    if (e == null) {
      return null;
    }
    if (!(e.value() instanceof YMap)) {
      throw expected("an object", e.value(), path.field(name), e.line());
    }
    @SuppressWarnings("unchecked")
    SortedMap<String, Object> tree = (SortedMap<String, Object>) plain(e.value());
    return tree;
  }

  // ------------------------------------------------------------------ conversions of single values

  /** Converts one value; shared by fields and list items. */
  @FunctionalInterface
  private interface Conversion<T> {
    T apply(YNode value, FieldPath path, int line);
  }

  private <T> SortedMap<String, T> map(String name, Conversion<T> conversion) {
    YEntry e = map.entry(name);
    asked.add(name);
    if (e == null || e.value().isNull()) {
      return Collections.emptySortedMap();
    }
    FieldPath p = path.field(name);
    if (!(e.value() instanceof YMap m)) {
      throw expected("an object", e.value(), p, e.line());
    }
    SortedMap<String, T> out = new TreeMap<>();
    for (YEntry item : m.entries().values()) {
      out.put(item.key(), conversion.apply(item.value(), p.key(item.key()), item.line()));
    }
    return out;
  }

  private <T> List<T> list(String name, java.util.function.BiFunction<YNode, FieldPath, T> conversion) {
    YEntry e = entry(name);
    if (e == null) {
      return List.of();
    }
    FieldPath p = path.field(name);
    if (!(e.value() instanceof YList list)) {
      throw expected("a list", e.value(), p, e.line());
    }
    List<T> out = new ArrayList<>(list.items().size());
    for (int i = 0; i < list.items().size(); i++) {
      out.add(conversion.apply(list.items().get(i), p.index(i)));
    }
    return out;
  }

  static String asString(YNode value, FieldPath path, int line) {
    if (value instanceof YScalar s) {
      if (s.type() == YScalar.Type.STRING) {
        return (String) s.value();
      }
      if (s.type() != YScalar.Type.NULL) {
        // The API server rejects `ssd: true` in a map[string]string; YAML users need the fix spelled out.
        String what = s.type() == YScalar.Type.BOOLEAN ? "a boolean" : "a number";
        throw new DecodeException(path, line,
            "expected a string, got " + what + " (quote it: " + Quoting.quote(s.text()) + ")");
      }
    }
    throw expected("a string", value, path, line);
  }

  static long asInteger(YNode value, FieldPath path, int line, long min, long max) {
    if (!(value instanceof YScalar s) || s.type() != YScalar.Type.INTEGER) {
      throw expected("an integer", value, path, line);
    }
    BigInteger n = s.value() instanceof BigInteger b ? b : BigInteger.valueOf(((Number) s.value()).longValue());
    if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new DecodeException(path, line, "value " + s.text() + " is out of range ["
          + min + ", " + max + "]");
    }
    return n.longValue();
  }

  static Quantity asQuantity(YNode value, FieldPath path, int line) {
    if (!(value instanceof YScalar s) || (s.type() != YScalar.Type.STRING && s.type() != YScalar.Type.INTEGER
        && s.type() != YScalar.Type.FLOAT)) {
      throw expected("a quantity (a string such as \"100m\" or a number)", value, path, line);
    }
    try {
      return Quantity.parse(s.text());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new DecodeException(path, line, "invalid quantity " + Quoting.quote(s.text()) + ": "
          + "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }
  }

  static DecodeException expected(String what, YNode value, FieldPath path, int line) {
    return new DecodeException(path, line, "expected " + what + ", got " + value.describe());
  }

  /** A parsed value as plain Java values, maps sorted so that equal trees print the same. */
  static Object plain(YNode node) {
    if (node instanceof YScalar s) {
      return s.value();
    }
    if (node instanceof YList list) {
      List<Object> out = new ArrayList<>(list.items().size());
      for (YNode item : list.items()) {
        out.add(plain(item));
      }
      return Collections.unmodifiableList(out);
    }
    SortedMap<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, YEntry> e : ((YMap) node).entries().entrySet()) {
      out.put(e.getKey(), plain(e.getValue().value()));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  // ------------------------------------------------------------------ bookkeeping

  /** The entry, marked as asked for; null when absent or null-valued (Go leaves the zero value). */
  private YEntry entry(String name) {
    asked.add(name);
    YEntry e = map.entry(name);
    return e == null || e.value().isNull() ? null : e;
  }

  private void reportUnknown() {
    for (YEntry e : map.entries().values()) {
      if (!asked.contains(e.key())) {
        String field = path.field(e.key()).toString();
        String hint = Suggestions.closest(e.key(), asked).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        issues.add(new Issue(path.field(e.key()), e.line(), "unknown field \"" + field + "\"" + hint));
      }
    }
  }
}
