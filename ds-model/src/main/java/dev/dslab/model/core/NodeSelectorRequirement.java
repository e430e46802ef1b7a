package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;
import java.util.Objects;

/** A node selector requirement: key, operator (In, NotIn, Exists, DoesNotExist, Gt, Lt), values. */
public record NodeSelectorRequirement(String key, String operator, List<String> values) {
  public static final String IN = "In";
  public static final String NOT_IN = "NotIn";
  public static final String EXISTS = "Exists";
  public static final String DOES_NOT_EXIST = "DoesNotExist";
  public static final String GT = "Gt";
  public static final String LT = "Lt";

  public NodeSelectorRequirement {
    Objects.requireNonNull(key, "key");
    values = Collections2.copy(values);
  }

  public static NodeSelectorRequirement of(String key, String operator, String... values) {
    return new NodeSelectorRequirement(key, operator, List.of(values));
  }
}
