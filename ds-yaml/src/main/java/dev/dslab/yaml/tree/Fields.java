package dev.dslab.yaml.tree;

import dev.dslab.model.core.Quantity;
import dev.dslab.model.meta.IntOrString;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
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
  private final YMap map;
  private final FieldPath path;
  private final List<Issue> issues;

  /** Which entries of the map have been asked for, by position. */
  private final boolean[] known;

  /** Every name asked for, present or not: the candidates for "did you mean". */
  private final List<String> asked = new ArrayList<>();

  private Fields(YMap map, FieldPath path, List<Issue> issues) {
    this.map = map;
    this.path = path;
    this.issues = issues;
    this.known = new boolean[map.size()];
  }

  /**
   * Decodes {@code node}, which must be an object, with {@code decoder}; then adds an unknown-field
   * issue for every key the decoder did not ask for.
   *
   * @param line the line to blame when {@code node} is not an object (the line of its key)
   * @throws DecodeException when a field has the wrong type or a required one is missing
   */
  public static <T> T decode(
      YNode node, FieldPath path, int line, List<Issue> issues, Function<Fields, T> decoder) {
    if (!(node instanceof YMap map)) {
      throw expected("an object", node, path, line);
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

  /** Fields the model does not carry but real manifests have: accepted and dropped. */
  public void ignore(String... names) {
    for (String name : names) {
      ask(name);
    }
  }

  /** Accepts every remaining field: for free-form parts such as a ControllerRevision's data. */
  public void ignoreRest() {
    Arrays.fill(known, true);
  }

  /**
   * Every field not asked for so far, as an opaque tree (plain sorted maps, lists and scalars),
   * accepted: the rest of an object kept as it was sent.
   */
  public SortedMap<String, Object> rest() {
    SortedMap<String, Object> out = new TreeMap<>();
    for (int i = 0; i < map.size(); i++) {
      if (!known[i] && !asked.contains(map.keyAt(i))) {
        out.put(map.keyAt(i), plain(map.valueAt(i)));
      }
    }
    ignoreRest();
    return out;
  }

  // ------------------------------------------------------------------ scalars

  public String string(String name) {
    return value(name, Fields::asString);
  }

  /**
   * A string the model cannot do without (a container's name): missing is the API's "Required
   * value".
   */
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
    return value(name, (v, p, l) -> (int) asInteger(v, p, l, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  /** An int64; 0 when not set. */
  public long int64(String name) {
    Long value = optionalInt64(name);
    return value == null ? 0 : value;
  }

  public Long optionalInt64(String name) {
    return value(name, (v, p, l) -> asInteger(v, p, l, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** A bool; false when not set. */
  public boolean bool(String name) {
    Boolean value = optionalBool(name);
    return value != null && value;
  }

  public Boolean optionalBool(String name) {
    return value(
        name,
        (v, p, l) -> {
          if (v instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN) {
            return (Boolean) s.value();
          }
          throw expected("a boolean", v, p, l);
        });
  }

  /** A metav1.Time: RFC 3339, e.g. {@code 2024-05-01T10:00:00Z}; empty is not set. */
  public Instant time(String name) {
    return value(
        name,
        (v, p, l) -> {
          String text = asString(v, p, l);
          if (text.isEmpty()) {
            return null;
          }
          try {
            return Rfc3339.parse(text);
          } catch (DateTimeParseException e) {
            throw new DecodeException(
                p,
                l,
                "expected an RFC 3339 time such as \"2024-05-01T10:00:00Z\", got "
                    + Quoting.quote(text));
          }
        });
  }

  /** A resource.Quantity, written as a string ({@code 200Mi}) or a number ({@code 1}). */
  public Quantity quantity(String name) {
    return value(name, Fields::asQuantity);
  }

  /** An intstr.IntOrString: an int32 or a string. */
  public IntOrString intOrString(String name) {
    return value(
        name,
        (v, p, l) -> {
          if (v instanceof YScalar s && s.type() == YScalar.Type.STRING) {
            return IntOrString.of((String) s.value());
          }
          if (v instanceof YScalar s && s.type() == YScalar.Type.INTEGER) {
            return IntOrString.of((int) asInteger(s, p, l, Integer.MIN_VALUE, Integer.MAX_VALUE));
          }
          throw expected("an integer or a string", v, p, l);
        });
  }

  /**
   * A string enum spelled as the API spells it ({@code NoSchedule}, {@code True}, {@code Running});
   * empty or not set is null.
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return value(
        name,
        (v, p, l) -> {
          String text = asString(v, p, l);
          E[] constants = type.getEnumConstants();
          for (E constant : constants) {
            if (constant.name().equals(text)) {
              return constant;
            }
          }
          if (text.isEmpty()) {
            return null;
          }
          String supported =
              Arrays.stream(constants)
                  .map(c -> Quoting.quote(c.name()))
                  .collect(Collectors.joining(", "));
          throw new DecodeException(
              p,
              l,
              "Unsupported value: " + Quoting.quote(text) + ": supported values: " + supported);
        });
  }

  // ------------------------------------------------------------------ maps and lists

  /**
   * A {@code map[string]string} (labels, annotations, nodeSelector): every value must be a string.
   */
  public SortedMap<String, String> stringMap(String name) {
    return map(name, (v, p, l) -> v.isNull() ? "" : asString(v, p, l));
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
    return value(name, (v, p, l) -> decode(v, p, l, issues, decoder));
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
    return value(name, (v, p, l) -> plain(v));
  }

  /**
   * An opaque tree that must be an object (the fields of a volume source the model does not type).
   */
  @SuppressWarnings("unchecked")
  public SortedMap<String, Object> opaqueObject(String name) {
    return value(
        name,
        (v, p, l) -> {
          if (!(v instanceof YMap)) {
            throw expected("an object", v, p, l);
          }
          return (SortedMap<String, Object>) plain(v);
        });
  }

  // ------------------------------------------------------------------ conversions of single values

  /** Converts one value, knowing where it is; shared by fields, map values and list items. */
  @FunctionalInterface
  private interface Conversion<T> {
    T apply(YNode value, FieldPath path, int line);
  }

  /** The converted value of a field, or null when it is not set. */
  private <T> T value(String name, Conversion<T> conversion) {
    int i = ask(name);
    if (i < 0 || map.valueAt(i).isNull()) {
      return null;
    }
    return conversion.apply(map.valueAt(i), path.field(name), map.lineAt(i));
  }

  private <T> SortedMap<String, T> map(String name, Conversion<T> conversion) {
    SortedMap<String, T> out =
        value(
            name,
            (v, p, l) -> {
              if (!(v instanceof YMap m)) {
                throw expected("an object", v, p, l);
              }
              SortedMap<String, T> entries = new TreeMap<>();
              for (int i = 0; i < m.size(); i++) {
                entries.put(
                    m.keyAt(i), conversion.apply(m.valueAt(i), p.key(m.keyAt(i)), m.lineAt(i)));
              }
              return entries;
            });
    return out == null ? Collections.emptySortedMap() : out;
  }

  private <T> List<T> list(String name, BiFunction<YNode, FieldPath, T> conversion) {
    List<T> out =
        value(
            name,
            (v, p, l) -> {
              if (!(v instanceof YList list)) {
                throw expected("a list", v, p, l);
              }
              List<T> items = new ArrayList<>(list.items().size());
              for (int i = 0; i < list.items().size(); i++) {
                items.add(conversion.apply(list.items().get(i), p.index(i)));
              }
              return items;
            });
    return out == null ? List.of() : out;
  }

  private static String asString(YNode value, FieldPath path, int line) {
    if (value instanceof YScalar s) {
      if (s.type() == YScalar.Type.STRING) {
        return (String) s.value();
      }
      if (s.type() != YScalar.Type.NULL) {
        // The API server rejects `ssd: true` in a map[string]string; YAML users need the fix
        // spelled out.
        String what = s.type() == YScalar.Type.BOOLEAN ? "a boolean" : "a number";
        throw new DecodeException(
            path,
            line,
            "expected a string, got " + what + " (quote it: " + Quoting.quote(s.text()) + ")");
      }
    }
    throw expected("a string", value, path, line);
  }

  private static long asInteger(YNode value, FieldPath path, int line, long min, long max) {
    if (!(value instanceof YScalar s) || s.type() != YScalar.Type.INTEGER) {
      throw expected("an integer", value, path, line);
    }
    BigInteger n =
        s.value() instanceof BigInteger b
            ? b
            : BigInteger.valueOf(((Number) s.value()).longValue());
    if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new DecodeException(
          path, line, "value " + s.text() + " is out of range [" + min + ", " + max + "]");
    }
    return n.longValue();
  }

  private static Quantity asQuantity(YNode value, FieldPath path, int line) {
    if (!(value instanceof YScalar s)
        || (s.type() != YScalar.Type.STRING
            && s.type() != YScalar.Type.INTEGER
            && s.type() != YScalar.Type.FLOAT)) {
      throw expected("a quantity (a string such as \"100m\" or a number)", value, path, line);
    }
    try {
      return Quantity.parse(s.text());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new DecodeException(
          path,
          line,
          "invalid quantity "
              + Quoting.quote(s.text())
              + ": "
              + "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }
  }

  private static DecodeException expected(String what, YNode value, FieldPath path, int line) {
    return new DecodeException(path, line, "expected " + what + ", got " + value.describe());
  }

  /** A parsed value as plain Java values, maps sorted so that equal trees print the same. */
  private static Object plain(YNode node) {
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
    YMap map = (YMap) node;
    SortedMap<String, Object> out = new TreeMap<>();
    for (int i = 0; i < map.size(); i++) {
      out.put(map.keyAt(i), plain(map.valueAt(i)));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  // ------------------------------------------------------------------ bookkeeping

  /** Marks a field as known; its position in the map, or -1 when the map lacks it. */
  private int ask(String name) {
    asked.add(name);
    int i = map.indexOf(name);
    if (i >= 0) {
      known[i] = true;
    }
    return i;
  }

  private void reportUnknown() {
    for (int i = 0; i < known.length; i++) {
      if (!known[i]) {
        String key = map.keyAt(i);
        FieldPath field = path.field(key);
        String hint =
            Suggestions.closest(key, asked).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        issues.add(new Issue(field, map.lineAt(i), "unknown field \"" + field + "\"" + hint));
      }
    }
  }
}
