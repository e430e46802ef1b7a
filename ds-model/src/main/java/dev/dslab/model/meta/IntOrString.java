package dev.dslab.model.meta;

import java.util.Objects;

/**
 * intstr.IntOrString: either an int or a string (a percentage such as {@code "25%"}, or a named
 * port).
 */
public record IntOrString(Integer intValue, String stringValue) {
  public IntOrString {
    if ((intValue == null) == (stringValue == null)) {
      throw new IllegalArgumentException("exactly one of intValue and stringValue must be set");
    }
  }

  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  public static IntOrString of(String value) {
    return new IntOrString(null, Objects.requireNonNull(value));
  }

  public boolean isInt() {
    return intValue != null;
  }

  public boolean isPercent() {
    return stringValue != null && stringValue.endsWith("%");
  }

  /**
   * intstr.GetScaledValueFromIntOrPercent: an int as it is; {@code p%} of {@code total}, rounded up
   * or down.
   *
   * @throws IllegalArgumentException for a string that is not a percentage (upstream's "invalid
   *     value for IntOrString: invalid type: string is not a percentage")
   */
  public int scaledValue(int total, boolean roundUp) {
    if (intValue != null) {
      return intValue;
    }
    if (!isPercent()) {
      throw new IllegalArgumentException(
          "invalid value for IntOrString: invalid type: string is not a percentage");
    }
    int percent;
    try {
      percent = Integer.parseInt(stringValue.substring(0, stringValue.length() - 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "invalid value for IntOrString: invalid value for percentage: " + stringValue);
    }
    long product = (long) percent * total;
    return (int) (roundUp ? (product + 99) / 100 : product / 100);
  }

  /** Go's {@code %#v} rendering, which is what validation messages show. */
  public String goString() {
    return intValue != null
        ? "intstr.IntOrString{Type:0, IntVal:" + intValue + ", StrVal:\"\"}"
        : "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"" + stringValue + "\"}";
  }

  @Override
  public String toString() {
    return intValue != null ? intValue.toString() : stringValue;
  }
}
