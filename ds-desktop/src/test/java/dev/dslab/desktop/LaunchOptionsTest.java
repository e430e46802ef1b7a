package dev.dslab.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
  @Test
  void defaultsToTheDemoWithSeedOne() {
    assertThat(LaunchOptions.parse(List.of())).isEqualTo(new LaunchOptions("demo", 1, null, null));
  }

  @Test
  void readsEveryFlag() {
    assertThat(
            LaunchOptions.parse(
                List.of(
                    "--preset", "gke", "--seed", "7", "--render-png", "o.png", "--script", "s")))
        .isEqualTo(new LaunchOptions("gke", 7, Path.of("o.png"), Path.of("s")));
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> LaunchOptions.parse(List.of("--seed", "x")))
        .hasMessageContaining("number");
    assertThatThrownBy(() -> LaunchOptions.parse(List.of("--script", "s")))
        .hasMessageContaining("--render-png");
    assertThatThrownBy(() -> LaunchOptions.parse(List.of("--what")))
        .hasMessageContaining("unknown");
  }
}
