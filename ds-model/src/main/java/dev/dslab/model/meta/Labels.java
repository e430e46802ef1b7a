package dev.dslab.model.meta;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * labels.FormatLabels: {@code k=v} pairs sorted by key and comma-joined, {@code <none>} when empty.
 */
public final class Labels {
  private Labels() {}

  public static String format(Map<String, String> labels) {
    if (labels == null || labels.isEmpty()) {
      return "<none>";
    }
    return new java.util.TreeMap<>(labels)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }
}
