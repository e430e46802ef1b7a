package dev.dslab.model.core;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A container's resource requests and limits, by resource name ({@code cpu}, {@code memory}, …).
 */
public record ResourceRequirements(
    SortedMap<String, Quantity> requests, SortedMap<String, Quantity> limits) {
  public static final ResourceRequirements NONE = new ResourceRequirements(null, null);

  public ResourceRequirements {
    requests = copy(requests);
    limits = copy(limits);
  }

  private static SortedMap<String, Quantity> copy(Map<String, Quantity> map) {
    return map == null || map.isEmpty()
        ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  public boolean isEmpty() {
    return requests.isEmpty() && limits.isEmpty();
  }
}
