package dev.dslab.yaml.tree;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 3339 timestamps. The form the API writes ({@code 2024-05-01T10:00:00Z}) is parsed by hand:
 * DateTimeFormatter took half the decoding time of a large node list, which has a dozen per node.
 * Anything else (offsets, fractions) goes through the formatter.
 */
final class Rfc3339 {
  private Rfc3339() {}

  static Instant parse(String text) {
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && (text.charAt(10) == 'T' || text.charAt(10) == 't')
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && (text.charAt(19) == 'Z' || text.charAt(19) == 'z')) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if (year >= 0
          && month >= 0
          && day >= 0
          && hour >= 0
          && hour < 24
          && minute >= 0
          && minute < 60
          && second >= 0
          && second < 60) {
        try {
          return Instant.ofEpochSecond(
              LocalDate.of(year, month, day).toEpochDay() * 86_400L
                  + hour * 3_600L
                  + minute * 60L
                  + second);
        } catch (DateTimeException e) {
          // an impossible date such as February 30th: let the formatter say what is wrong
        }
      }
    }
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /** The number written with {@code count} digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
