package dev.dslab.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./desktop --bench [SECONDS] [--seed N]}: the script passes its whole command line on. */
class FrameBenchOptionsTest {
  @Test
  void readsTheSecondsAndTheSeedAsTheDesktopScriptPassesThem() {
    assertThat(FrameBench.Options.parse(List.of("--bench")))
        .isEqualTo(new FrameBench.Options(20, 1));
    assertThat(FrameBench.Options.parse(List.of("--bench", "5")))
        .isEqualTo(new FrameBench.Options(5, 1));
    assertThat(FrameBench.Options.parse(List.of("--seed", "7", "--bench", "10")))
        .isEqualTo(new FrameBench.Options(10, 7));
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> FrameBench.Options.parse(List.of("--bench", "--seed", "x")))
        .hasMessageContaining("number");
    assertThatThrownBy(() -> FrameBench.Options.parse(List.of("--bench", "--preset", "kind")))
        .hasMessageContaining("unknown");
  }
}
