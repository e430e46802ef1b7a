package dev.dslab.print;

import dev.dslab.model.core.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A sum of quantities as resource.Quantity keeps it: the exact amount and the format of the first
 * quantity added ({@code Quantity.Add} keeps the receiver's format), printed the way {@code
 * Quantity.String} canonicalizes it — so a pod asking for {@code 32M} and {@code 4M} shows {@code
 * 36M}, one asking for {@code 100Mi} and {@code 130Mi} shows {@code 230Mi}, and a sum of mixed
 * units that no suffix divides shows plain bytes, as kubectl prints them.
 */
record CanonicalQuantity(BigDecimal amount, Format format) {
  /** resource.Format. */
  enum Format {
    DECIMAL_SI,
    BINARY_SI,
    DECIMAL_EXPONENT;

    /** The format a quantity's text was written in (resource.ParseQuantity). */
    static Format of(Quantity q) {
      String text = q.text();
      if (text.endsWith("i")) {
        return BINARY_SI;
      }
      int e = Math.max(text.lastIndexOf('e'), text.lastIndexOf('E'));
      return e > 0 && Character.isDigit(text.charAt(e - 1)) ? DECIMAL_EXPONENT : DECIMAL_SI;
    }
  }

  static final CanonicalQuantity ZERO = new CanonicalQuantity(BigDecimal.ZERO, null);

  /** This sum plus a quantity: the first one added sets the format. */
  CanonicalQuantity plus(Quantity q) {
    return new CanonicalQuantity(amount.add(q.amount()), format == null ? Format.of(q) : format);
  }

  boolean isZero() {
    return amount.signum() == 0;
  }

  private static final String[] DECIMAL_UP = {"", "k", "M", "G", "T", "P", "E"};
  private static final String[] DECIMAL_DOWN = {"", "m", "u", "n"};
  private static final String[] BINARY = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final BigInteger KI = BigInteger.valueOf(1024);

  /** Quantity.String: CanonicalizeBytes in the sum's format. */
  @Override
  public String toString() {
    if (amount.signum() == 0) {
      return "0";
    }
    // Values finer than a nano are rounded up to it, as Quantity does.
    BigDecimal value = amount.setScale(Math.min(amount.scale(), 9), RoundingMode.CEILING);
    Format f = format == null ? Format.DECIMAL_SI : format;
    if (f == Format.BINARY_SI) {
      boolean small = value.abs().compareTo(BigDecimal.valueOf(1024)) < 0;
      boolean integral = value.stripTrailingZeros().scale() <= 0;
      if (!small && integral) {
        return base1024(value.toBigIntegerExact());
      }
      f = Format.DECIMAL_SI;
    }
    // Mantissa and an exponent that is a multiple of 3 (int64Amount.AsCanonicalBytes).
    BigDecimal stripped = value.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    int exponent = -stripped.scale();
    int shift = Math.floorMod(exponent, 3);
    mantissa = mantissa.multiply(BigInteger.TEN.pow(shift));
    exponent -= shift;
    if (f == Format.DECIMAL_EXPONENT) {
      return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
    }
    if (exponent >= 0 && exponent / 3 < DECIMAL_UP.length) {
      return mantissa + DECIMAL_UP[exponent / 3];
    }
    if (exponent < 0 && -exponent / 3 < DECIMAL_DOWN.length) {
      return mantissa + DECIMAL_DOWN[-exponent / 3];
    }
    return mantissa + "e" + exponent;
  }

  private static String base1024(BigInteger value) {
    int power = 0;
    while (power < BINARY.length - 1 && value.mod(KI).signum() == 0) {
      value = value.divide(KI);
      power++;
    }
    return value + BINARY[power];
  }
}
