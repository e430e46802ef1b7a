package dev.dslab.engine.kubelet;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One line of a container's log: the virtual instant it was written and its text (no newline).
 *
 * @param time when the container wrote it, on the virtual clock
 */
public record LogLine(Instant time, String text) {
  /**
   * The CRI log's timestamp as the kubelet writes it with {@code timestamps=true}: Go's
   * RFC3339NanoFixed ({@code 2006-01-02T15:04:05.000000000Z07:00}, always nine fraction digits, in
   * UTC), from pkg/kubelet/kuberuntime/logs/logs.go's timeFormatOut.
   */
  public static final DateTimeFormatter RFC3339_NANO_FIXED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  public LogLine {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The line as the log endpoint sends it: optionally its timestamp and a space, then a newline.
   */
  public String render(boolean timestamps) {
    return (timestamps ? RFC3339_NANO_FIXED.format(time) + " " : "") + text + "\n";
  }
}
