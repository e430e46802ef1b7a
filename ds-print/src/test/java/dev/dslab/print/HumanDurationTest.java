package dev.dslab.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

  @ParameterizedTest(name = "{0}s reads {1}")
  @CsvSource({
    "0, 0s",
    "1, 1s",
    "104, 104s",
    "119, 119s",
    "120, 2m",
    "285, 4m45s",
    "305, 5m5s",
    "410, 6m50s",
    "480, 8m",
    "599, 9m59s",
    "600, 10m",
    "659, 10m",
    "10799, 179m",
    "10800, 3h",
    "11100, 3h5m",
    "28799, 7h59m",
    "28800, 8h",
    "172799, 47h",
    "172800, 2d",
    "190800, 2d5h",
    "691199, 7d23h",
    "691200, 8d",
    "1728000, 20d",
    "63071999, 729d",
    "63072000, 2y",
    "63936000, 2y10d",
    "252287999, 7y364d",
    "252288000, 8y",
    "315360000, 10y"
  })
  void formatsLikeApimachineryHumanDuration(long seconds, String expected) {
    assertThat(HumanDuration.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
  }

  @Test
  void fractionsOfASecondAreCutOff() {
    assertThat(HumanDuration.format(Duration.ofMillis(104_999))).isEqualTo("104s");
  }

  @Test
  void upToASecondInTheFutureReadsZeroToTolerateClockSkew() {
    assertThat(HumanDuration.format(Duration.ofMillis(-500))).isEqualTo("0s");
    assertThat(HumanDuration.format(Duration.ofMillis(-1_999))).isEqualTo("0s");
  }

  @Test
  void twoSecondsOrMoreInTheFutureIsInvalid() {
    assertThat(HumanDuration.format(Duration.ofSeconds(-2))).isEqualTo("<invalid>");
  }

  @Test
  void ageIsTheTimeSinceCreation() {
    Instant now = Instant.parse("2024-06-01T12:00:00Z");

    assertThat(HumanDuration.age(now.minusSeconds(285), now)).isEqualTo("4m45s");
  }

  @Test
  void ageOfAnUnsetTimestampIsUnknown() {
    assertThat(HumanDuration.age(null, Instant.EPOCH)).isEqualTo("<unknown>");
  }
}
