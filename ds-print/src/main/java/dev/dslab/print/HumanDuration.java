package dev.dslab.print;

import java.time.Duration;
import java.time.Instant;

/** k8s.io/apimachinery/pkg/util/duration.HumanDuration, and the AGE kubectl derives from it. */
public final class HumanDuration {
  private HumanDuration() {}

  /**
   * A duration as kubectl shows it: precise while short ({@code 104s}, {@code 4m45s}, {@code 3h5m},
   * {@code 2d5h}, {@code 2y10d}), coarser as it grows ({@code 8m}, {@code 47h}, {@code 20d}). Up to
   * a second in the future still reads {@code 0s}, to tolerate clock skew; more is {@code
   * <invalid>}.
   */
  public static String format(Duration d) {
    long seconds = secondsTruncatedTowardZero(d);
    if (seconds < -1) {
      return "<invalid>";
    }
    if (seconds < 0) {
      return "0s";
    }
    if (seconds < 2 * 60) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      return withRemainder(minutes, "m", seconds % 60, "s");
    }
    if (minutes < 3 * 60) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      return withRemainder(hours, "h", minutes % 60, "m");
    }
    if (hours < 48) {
      return hours + "h";
    }
    long days = hours / 24;
    if (hours < 24 * 8) {
      return withRemainder(days, "d", hours % 24, "h");
    }
    if (hours < 24 * 365 * 2) {
      return days + "d";
    }
    long years = days / 365;
    if (hours < 24 * 365 * 8) {
      return withRemainder(years, "y", days % 365, "d");
    }
    return years + "y";
  }

  /**
   * kubectl's translateTimestampSince: how long ago {@code created} was, {@code <unknown>} for an
   * unset (Go: zero) timestamp.
   */
  public static String age(Instant created, Instant now) {
    return created == null ? "<unknown>" : format(Duration.between(created, now));
  }

  /** Go's int(d.Seconds()) truncates toward zero, where Duration.getSeconds() floors. */
  private static long secondsTruncatedTowardZero(Duration d) {
    long seconds = d.getSeconds();
    return seconds < 0 && d.getNano() > 0 ? seconds + 1 : seconds;
  }

  /** {@code 5m5s}, but {@code 8m} rather than {@code 8m0s}. */
  private static String withRemainder(
      long value, String unit, long remainder, String remainderUnit) {
    return remainder == 0 ? value + unit : value + unit + remainder + remainderUnit;
  }
}
