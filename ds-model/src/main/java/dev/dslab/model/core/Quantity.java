package dev.dslab.model.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * resource.Quantity: the text as written ({@code 100m}, {@code 200Mi}, {@code 1.5}, {@code 1e3})
 * and its exact decimal value. Equality is on the text, so a manifest prints back as it was written.
 */
public record Quantity(String text, BigDecimal amount) {
  private static final Pattern FORMAT =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

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
      throw new IllegalArgumentException("quantities must match the regular expression "
          + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal factor = switch (suffix) {
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
      default -> BigDecimal.TEN.pow(Integer.parseInt(suffix.substring(1)), java.math.MathContext.DECIMAL128);
    };
    return new Quantity(text.trim(), number.multiply(factor));
  }

  /** The value in thousandths, rounded up as the API does for milli-values. */
  public long milliValue() {
    return amount.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** The value rounded up to a whole number. */
  public long value() {
    return amount.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  @Override
  public String toString() {
    return text;
  }
}
