package dev.dslab.model.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * metav1.LabelSelector: matchLabels and matchExpressions, ANDed. An empty selector matches
 * everything (and is invalid for a DaemonSet); a {@code null} selector, in the API, matches
 * nothing.
 */
public record LabelSelector(
    SortedMap<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions) {
  public LabelSelector {
    matchLabels = Collections2.sortedCopy(matchLabels);
    matchExpressions = Collections2.copy(matchExpressions);
  }

  public static LabelSelector ofLabels(Map<String, String> labels) {
    return new LabelSelector(Collections2.sortedCopy(labels), List.of());
  }

  public boolean isEmpty() {
    return matchLabels.isEmpty() && matchExpressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement r : matchExpressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /**
   * metav1.FormatLabelSelector: {@code k=v} for matchLabels, {@code k in (a,b)}, {@code k notin
   * (a)}, {@code k}, {@code !k} for expressions, comma-joined in key order; {@code <none>} when
   * empty.
   */
  public String format() {
    List<Map.Entry<String, String>> parts = new ArrayList<>();
    matchLabels.forEach((k, v) -> parts.add(Map.entry(k, k + "=" + v)));
    for (LabelSelectorRequirement r : matchExpressions) {
      String values = r.values().stream().sorted().collect(Collectors.joining(","));
      switch (r.operator()) {
        case LabelSelectorRequirement.IN ->
            parts.add(Map.entry(r.key(), r.key() + " in (" + values + ")"));
        case LabelSelectorRequirement.NOT_IN ->
            parts.add(Map.entry(r.key(), r.key() + " notin (" + values + ")"));
        case LabelSelectorRequirement.EXISTS -> parts.add(Map.entry(r.key(), r.key()));
        case LabelSelectorRequirement.DOES_NOT_EXIST ->
            parts.add(Map.entry(r.key(), "!" + r.key()));
        default ->
            parts.add(Map.entry(r.key(), r.key() + " " + r.operator() + " (" + values + ")"));
      }
    }
    if (parts.isEmpty()) {
      return "<none>";
    }
    parts.sort(
        Map.Entry.comparingByKey()); // stable: matchLabels before expressions of the same key
    return parts.stream().map(Map.Entry::getValue).collect(Collectors.joining(","));
  }
}
