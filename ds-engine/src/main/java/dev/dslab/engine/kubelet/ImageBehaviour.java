package dev.dslab.engine.kubelet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How containers of one image behave ({@code sim image}): how long they take to start and to stop,
 * whether they ever become ready, whether they crash after running a while, whether their image can
 * be pulled at all, and the lines each container prints to its log when it starts.
 */
public record ImageBehaviour(
    Duration start,
    Duration stop,
    boolean neverReady,
    Duration failAfter,
    boolean pullError,
    List<String> log) {
  /** dsctl.md: containers start in 2 s and a deleted pod is Terminating for 1 s. */
  public static final ImageBehaviour DEFAULT =
      new ImageBehaviour(Duration.ofSeconds(2), Duration.ofSeconds(1), false, null, false);

  public ImageBehaviour {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(stop, "stop");
    log = List.copyOf(log);
    if (start.isNegative() || stop.isNegative() || (failAfter != null && failAfter.isNegative())) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** A behaviour that prints nothing of its own. */
  public ImageBehaviour(
      Duration start, Duration stop, boolean neverReady, Duration failAfter, boolean pullError) {
    this(start, stop, neverReady, failAfter, pullError, List.of());
  }
}
