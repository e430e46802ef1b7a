package dev.dslab.session;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's time.ParseDuration, as kubectl flags take durations: {@code 500ms}, {@code 10s}, {@code
 * 1h30m}.
 */
public final class GoDuration {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDuration() {}

  public static Duration parse(String text) throws CommandException {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(text);
    int at = 0;
    // exact decimal arithmetic: a saved desktop session advances by whole nanoseconds over days
    java.math.BigDecimal nanos = java.math.BigDecimal.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      long unit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      nanos =
          nanos.add(
              new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(unit)));
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new CommandException(
          "error: invalid duration \"" + text + "\" (examples: 500ms, 10s, 2m, 1h30m)");
    }
    try {
      return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    } catch (ArithmeticException e) {
      throw new CommandException("error: invalid duration \"" + text + "\" (too long)");
    }
  }
}
