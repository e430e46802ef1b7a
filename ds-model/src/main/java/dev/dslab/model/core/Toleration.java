package dev.dslab.model.core;

/**
 * A pod toleration. {@code operator} is "Equal", "Exists" or null (meaning Equal); {@code effect}
 * null means every effect; {@code key} null or empty means every key (with Exists).
 */
public record Toleration(
    String key, String operator, String value, TaintEffect effect, Long tolerationSeconds) {
  public static final String EQUAL = "Equal";
  public static final String EXISTS = "Exists";

  public static Toleration exists(String key, TaintEffect effect) {
    return new Toleration(key, EXISTS, null, effect, null);
  }

  /** v1.Toleration.ToleratesTaint. */
  public boolean tolerates(Taint taint) {
    if (effect != null && effect != taint.effect()) {
      return false;
    }
    if (key != null && !key.isEmpty() && !key.equals(taint.key())) {
      return false;
    }
    String op = operator == null || operator.isEmpty() ? EQUAL : operator;
    return switch (op) {
      case EXISTS -> true;
      case EQUAL -> (value == null ? "" : value).equals(taint.value());
      default -> false;
    };
  }

  /** The identity used by AddOrUpdateTolerationInPodSpec: key, operator, value and effect. */
  public boolean sameIdentity(Toleration other) {
    return java.util.Objects.equals(nz(key), nz(other.key))
        && java.util.Objects.equals(nz(operator), nz(other.operator))
        && java.util.Objects.equals(nz(value), nz(other.value))
        && effect == other.effect;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
