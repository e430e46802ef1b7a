package dev.dslab.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-item backoff of client-go's default controller rate limiter. */
class ItemExponentialFailureRateLimiterTest {
  @Test
  void eachFailureDoublesTheDelayFromFiveMillisecondsUpToOneThousandSeconds() {
    ItemExponentialFailureRateLimiter<String> limiter =
        ItemExponentialFailureRateLimiter.forControllers();
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      delays.add(limiter.when("default/agent"));
    }
    assertThat(delays.subList(0, 4))
        .containsExactly(
            Duration.ofMillis(5),
            Duration.ofMillis(10),
            Duration.ofMillis(20),
            Duration.ofMillis(40));
    // 5 ms × 2^17 = 655.36 s is the last doubling below the cap; from the 19th failure on it is
    // 1,000 s.
    assertThat(delays.get(17)).isEqualTo(Duration.ofMillis(655_360));
    assertThat(delays.subList(18, 25)).containsOnly(Duration.ofSeconds(1000));
    assertThat(limiter.numRequeues("default/agent")).isEqualTo(25);
  }

  @Test
  void forgettingAKeyStartsItsBackoffOver() {
    ItemExponentialFailureRateLimiter<String> limiter =
        ItemExponentialFailureRateLimiter.forControllers();
    limiter.when("default/agent");
    limiter.when("default/agent");
    limiter.forget("default/agent");
    assertThat(limiter.numRequeues("default/agent")).isZero();
    assertThat(limiter.when("default/agent")).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void keysBackOffIndependently() {
    ItemExponentialFailureRateLimiter<String> limiter =
        ItemExponentialFailureRateLimiter.forControllers();
    limiter.when("default/agent");
    limiter.when("default/agent");
    assertThat(limiter.when("default/other")).isEqualTo(Duration.ofMillis(5));
    assertThat(limiter.when("default/agent")).isEqualTo(Duration.ofMillis(20));
  }
}
