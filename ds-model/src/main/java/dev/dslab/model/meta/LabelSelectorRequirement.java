package dev.dslab.model.meta;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One matchExpressions entry of a label selector: {@code key operator values}. */
public record LabelSelectorRequirement(String key, String operator, List<String> values) {
  public static final String IN = "In";
  public static final String NOT_IN = "NotIn";
  public static final String EXISTS = "Exists";
  public static final String DOES_NOT_EXIST = "DoesNotExist";

  public LabelSelectorRequirement {
    Objects.requireNonNull(key, "key");
    values = Collections2.copy(values);
  }

  /**
   * Label-selector semantics (apimachinery labels.Requirement.Matches); unknown operators match
   * nothing.
   */
  public boolean matches(Map<String, String> labels) {
    boolean present = labels.containsKey(key);
    return switch (operator == null ? "" : operator) {
      case IN -> present && values.contains(labels.get(key));
      case NOT_IN -> !present || !values.contains(labels.get(key));
      case EXISTS -> present;
      case DOES_NOT_EXIST -> !present;
      default -> false;
    };
  }
}
