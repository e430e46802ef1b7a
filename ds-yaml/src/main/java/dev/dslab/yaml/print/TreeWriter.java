package dev.dslab.yaml.print;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Streams a tree of plain values to a Jackson generator, JSON or YAML alike. Map keys come out
 * sorted whatever map they are in: kubectl prints objects as unstructured maps.
 */
final class TreeWriter {
  private TreeWriter() {}

  static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<String, ?> e : sorted(map).entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger n) {
      g.writeNumber(n);
    } else if (value instanceof BigDecimal n) {
      g.writeNumber(n);
    } else if (value instanceof Double || value instanceof Float) {
      g.writeNumber(((Number) value).doubleValue());
    } else {
      throw new IllegalArgumentException(
          "cannot write a "
              + value.getClass().getName()
              + ": trees hold only maps, lists, strings, numbers, booleans and nulls");
    }
  }

  private static SortedMap<String, ?> sorted(Map<?, ?> map) {
    // in natural order, one String key means all are (a TreeMap compares each key with the others)
    if (map instanceof SortedMap<?, ?> s
        && s.comparator() == null
        && (s.isEmpty() || s.firstKey() instanceof String)) {
      @SuppressWarnings("unchecked")
      SortedMap<String, ?> typed = (SortedMap<String, ?>) s;
      return typed;
    }
    TreeMap<String, Object> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }
}
