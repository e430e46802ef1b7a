package dev.dslab.engine.runtime;

import dev.dslab.engine.clock.SimClock;
import java.time.Duration;

/**
 * client-go's rate-limiting work queue on the virtual clock: a {@link WorkQueue} whose keys can
 * also come back later — after a given delay ({@code AddAfter}) or after the key's own backoff
 * ({@code AddRateLimited}), which grows with each failure until {@link #forget}. Nothing waits on
 * the wall clock: a delayed key is a task of the {@link SimClock}.
 */
public final class RateLimitingQueue<K> {
  private final WorkQueue<K> waiting = new WorkQueue<>();
  private final SimClock clock;
  private final ItemExponentialFailureRateLimiter<K> limiter;

  public RateLimitingQueue(SimClock clock, ItemExponentialFailureRateLimiter<K> limiter) {
    this.clock = clock;
    this.limiter = limiter;
  }

  public void add(K key) {
    waiting.add(key);
  }

  /**
   * AddAfter: the key is added once {@code delay} has passed; {@code why} names the clock's task.
   */
  public void addAfter(K key, Duration delay, String why) {
    clock.schedule(delay, why + " " + key, () -> waiting.add(key));
  }

  /**
   * AddRateLimited: the key comes back after its backoff, which this failure doubles.
   *
   * @return the backoff it waits
   */
  public Duration addRateLimited(K key) {
    Duration delay = limiter.when(key);
    addAfter(key, delay, "retry");
    return delay;
  }

  /** Forget: the key's next failure waits the base delay again. */
  public void forget(K key) {
    limiter.forget(key);
  }

  public boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Takes the oldest waiting key, or null. */
  public K poll() {
    return waiting.poll();
  }
}
