package dev.dslab.server.fieldmanager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Setting an applied configuration onto a live object and removing fields an apply gave up, on JSON
 * trees: maps merge, associative lists ({@link FieldSets#LIST_KEYS}) merge by key, every other list
 * is replaced whole (atomic), as structured-merge-diff's merge does with the built-in types'
 * schemas.
 */
final class Merging {
  private Merging() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> live, Map<String, Object> applied) {
    // the result is changed in place by remove: it shares nothing with either input
    return (Map<String, Object>) merge(copy(live), copy(applied), null);
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return o;
  }

  @SuppressWarnings("unchecked")
  private static Object merge(Object live, Object applied, String field) {
    if (applied instanceof Map<?, ?> a && !FieldSets.atomicMap(field, applied)) {
      Map<String, Object> out =
          live instanceof Map<?, ?> l
              ? new LinkedHashMap<>((Map<String, Object>) l)
              : new LinkedHashMap<>();
      ((Map<String, Object>) a).forEach((k, v) -> out.put(k, merge(out.get(k), v, k)));
      return out;
    }
    String key = field == null ? null : FieldSets.LIST_KEYS.get(field);
    if (applied instanceof List<?> a && key != null && live instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l);
      for (Object item : a) {
        int at = item instanceof Map<?, ?> m ? indexOf(out, key, m.get(key)) : -1;
        if (at >= 0) {
          out.set(at, merge(out.get(at), item, null));
        } else {
          out.add(item);
        }
      }
      return out;
    }
    return applied;
  }

  private static int indexOf(List<Object> list, String key, Object id) {
    String wanted = FieldSets.elementKey(key, id);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m
          && wanted.equals(FieldSets.elementKey(key, m.get(key)))) {
        return i;
      }
    }
    return -1;
  }

  /** Removes the field (or list element) at a path from a tree made by {@link #merge}. */
  @SuppressWarnings("unchecked")
  static void remove(Map<String, Object> tree, FieldPath path) {
    List<String> e = path.elements();
    if (e.isEmpty()) {
      return;
    }
    Object parent = FieldSets.valueAt(tree, new FieldPath(e.subList(0, e.size() - 1)));
    String last = e.get(e.size() - 1);
    if (last.startsWith("f:") && parent instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).remove(last.substring(2));
    } else if (last.startsWith("k:") && parent instanceof List<?> l) {
      Map<?, ?> element = FieldSets.findElement(l, last);
      if (element != null) {
        ((List<Object>) l).remove(element);
      }
    }
  }
}
