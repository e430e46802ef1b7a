package dev.dslab.print;

import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The virtual clock and option sets the table tests share. */
final class Fixtures {
  private Fixtures() {}

  static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  static final TableOptions PLAIN = new TableOptions(false, false, false, false);
  static final TableOptions WIDE = new TableOptions(true, false, false, false);
  static final TableOptions SHOW_LABELS = new TableOptions(false, true, false, false);
  static final TableOptions ALL_NAMESPACES = new TableOptions(false, false, true, false);
  static final TableOptions NO_HEADERS = new TableOptions(false, false, false, true);

  private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

  /**
   * {@link #NOW} minus a duration written the way kubectl prints ages: {@code 8m5s}, {@code 20d}.
   */
  static Instant ago(String age) {
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(age);
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
              });
      end = part.end();
    }
    if (end != age.length()) {
      throw new IllegalArgumentException("not an age: " + age);
    }
    return NOW.minus(total);
  }

  /**
   * Metadata of an object created {@code age} before {@link #NOW}; namespace null for
   * cluster-scoped kinds.
   */
  static ObjectMeta meta(String namespace, String name, String age) {
    return ObjectMeta.named(namespace, name).withCreationTimestamp(ago(age));
  }
}
