package dev.dslab.model.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * resource.Quantity: the text as written ({@code 100m}, {@code 200Mi}, {@code 1.5}, {@code 1e3})
 * and its exact decimal value. Equality is on the text, so a manifest prints back as it was
 * written.
 */
public record Quantity(String text, BigDecimal amount) {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private static final Pattern FORMAT =
      Pattern.compile(
          "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * Parses a quantity.
   *
   * @throws IllegalArgumentException with the API server's wording when the text is not a quantity
   */
  public static Quantity parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "quantities must match the regular expression "
              + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal factor =
        switch (suffix) {
          case "" -> BigDecimal.ONE;
          case "n" -> new BigDecimal("1e-9");
          case "u" -> new BigDecimal("1e-6");
          case "m" -> new BigDecimal("1e-3");
          case "k" -> new BigDecimal("1e3");
          case "M" -> new BigDecimal("1e6");
          case "G" -> new BigDecimal("1e9");
          case "T" -> new BigDecimal("1e12");
          case "P" -> new BigDecimal("1e15");
          case "E" -> new BigDecimal("1e18");
          case "Ki" -> BigDecimal.valueOf(1L << 10);
          case "Mi" -> BigDecimal.valueOf(1L << 20);
          case "Gi" -> BigDecimal.valueOf(1L << 30);
          case "Ti" -> BigDecimal.valueOf(1L << 40);
          case "Pi" -> BigDecimal.valueOf(1L << 50);
          case "Ei" -> BigDecimal.valueOf(1L << 60);
          default ->
              BigDecimal.TEN.pow(
                  Integer.parseInt(suffix.substring(1)), java.math.MathContext.DECIMAL128);
        };
    return new Quantity(text.trim(), number.multiply(factor));
  }

  /**
   * The value in thousandths, rounded up as the API does for milli-values. Values beyond a long (a
   * request of 10E) saturate: such a pod fits on no node instead of failing the scheduler.
   */
  public long milliValue() {
    return saturated(amount.movePointRight(3));
  }

  /** The value rounded up to a whole number, saturating as {@link #milliValue()} does. */
  public long value() {
    return saturated(amount);
  }

  private static long saturated(BigDecimal value) {
    BigDecimal whole = value.setScale(0, RoundingMode.CEILING);
    if (whole.compareTo(LONG_MAX) > 0) {
      return Long.MAX_VALUE;
    }
    if (whole.compareTo(LONG_MIN) < 0) {
      return Long.MIN_VALUE;
    }
    return whole.longValueExact();
  }

  @Override
  public String toString() {
    return text;
  }
}
