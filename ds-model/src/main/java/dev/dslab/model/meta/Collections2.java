package dev.dslab.model.meta;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Defensive copies for record components. Maps are copied into sorted maps on purpose: iteration
 * order must never depend on hashing, so that the same input always prints the same output.
 */
public final class Collections2 {
  private Collections2() {}

  public static SortedMap<String, String> sortedCopy(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptySortedMap();
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
