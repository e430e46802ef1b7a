package dev.dslab.engine.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * flowcontrol.Backoff as the DaemonSet controller configures it (1 s doubling to 15 min) for
 * killing failed pods, keyed by {@code <ds uid>/<observed generation>/<node>}: a new generation
 * starts afresh.
 */
public final class FailedPodBackoff {
  static final Duration INITIAL = Duration.ofSeconds(1);
  static final Duration MAX = Duration.ofMinutes(15);

  private record Entry(Duration delay, Instant lastUpdate) {}

  private final Map<String, Entry> entries = new HashMap<>();

  public static String key(String dsUid, long observedGeneration, String node) {
    return dsUid + "/" + observedGeneration + "/" + node;
  }

  /** IsInBackOffSinceUpdate: the time since the last kill is still below the current delay. */
  public boolean inBackoff(String key, Instant now) {
    Entry e = entries.get(key);
    return e != null && Duration.between(e.lastUpdate, now).compareTo(e.delay) < 0;
  }

  /** The current delay, to requeue after. */
  public Duration delay(String key) {
    Entry e = entries.get(key);
    return e == null ? Duration.ZERO : e.delay;
  }

  /** Next: 1 s at first use or after a quiet spell of twice the maximum, else double (capped). */
  public void next(String key, Instant now) {
    Entry e = entries.get(key);
    Duration delay;
    if (e == null || Duration.between(e.lastUpdate, now).compareTo(MAX.multipliedBy(2)) > 0) {
      delay = INITIAL;
    } else {
      delay = e.delay.multipliedBy(2);
      if (delay.compareTo(MAX) > 0) {
        delay = MAX;
      }
    }
    entries.put(key, new Entry(delay, now));
  }
}
