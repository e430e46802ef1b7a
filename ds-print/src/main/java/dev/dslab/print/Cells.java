package dev.dslab.print;

/**
 * Go's view of the model's strings, for cells: upstream tests {@code len(s) > 0}, and an unset
 * (null) field is Go's empty string.
 */
final class Cells {
  private Cells() {}

  static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }

  /** The value as Go has it: "" when unset. */
  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The value, or kubectl's {@code <none>} for an unset one. */
  static String orNone(String value) {
    return isSet(value) ? value : "<none>";
  }
}
