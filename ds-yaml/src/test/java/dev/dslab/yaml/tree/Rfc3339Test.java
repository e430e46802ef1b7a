package dev.dslab.yaml.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @Test
  void readsTheApiFormAndEveryOtherRfc3339Form() {
    assertThat(Rfc3339.parse("2024-05-01T10:00:00Z"))
        .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(Rfc3339.parse("2024-02-29t23:59:59z"))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    assertThat(Rfc3339.parse("2024-05-01T12:00:00+02:00"))
        .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(Rfc3339.parse("2024-05-01T10:00:00.250Z"))
        .isEqualTo(Instant.parse("2024-05-01T10:00:00.250Z"));
  }

  @Test
  void rejectsImpossibleTimes() {
    assertThatThrownBy(() -> Rfc3339.parse("2023-02-29T10:00:00Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01T24:00:00Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01 10:00:00"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
