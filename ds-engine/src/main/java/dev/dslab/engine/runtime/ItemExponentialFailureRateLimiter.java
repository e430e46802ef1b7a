package dev.dslab.engine.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * client-go's ItemExponentialFailureRateLimiter: each failure of a key waits twice as long as the
 * one before, from a base delay up to a maximum, until the key is forgotten (its sync succeeded).
 * Controllers use the workqueue's default, 5 ms doubling to 1,000 s. Only counts: the waiting
 * itself is done on the virtual clock by {@link RateLimitingQueue}.
 */
public final class ItemExponentialFailureRateLimiter<K> {
  /** workqueue.DefaultControllerRateLimiter's per-item part: 5 ms base. */
  public static final Duration CONTROLLER_BASE_DELAY = Duration.ofMillis(5);

  /** workqueue.DefaultControllerRateLimiter's per-item part: 1,000 s at most. */
  public static final Duration CONTROLLER_MAX_DELAY = Duration.ofSeconds(1000);

  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Map<K, Integer> failures = new HashMap<>();

  public ItemExponentialFailureRateLimiter(Duration baseDelay, Duration maxDelay) {
    this.baseDelay = Objects.requireNonNull(baseDelay, "baseDelay");
    this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
  }

  /** The limiter of a controller's workqueue: 5 ms doubling to 1,000 s. */
  public static <K> ItemExponentialFailureRateLimiter<K> forControllers() {
    return new ItemExponentialFailureRateLimiter<>(CONTROLLER_BASE_DELAY, CONTROLLER_MAX_DELAY);
  }

  /**
   * When: counts one more failure of {@code key} and says how long it waits: base × 2^(failures
   * before), capped.
   */
  public Duration when(K key) {
    int before = failures.merge(key, 1, Integer::sum) - 1;
    // In floating point, as upstream: after enough failures base × 2^n would overflow a long before
    // the cap applies.
    double nanos = baseDelay.toNanos() * Math.pow(2, before);
    return nanos > maxDelay.toNanos() ? maxDelay : Duration.ofNanos((long) nanos);
  }

  /** Forget: the key starts from the base delay again. */
  public void forget(K key) {
    failures.remove(key);
  }

  /** NumRequeues: the failures counted for {@code key} since it was last forgotten. */
  public int numRequeues(K key) {
    return failures.getOrDefault(key, 0);
  }
}
