package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed tutorials replayed through {@code dsctl shell}, compared line by line with the output
 * kept in {@code src/test/resources/golden/<tutorial>/expected.out} (and {@code expected.err}): the
 * tutorials' output with names and ages as seed 1 produces them. The first line of each script
 * names the preset. After a deliberate change of output, regenerate with {@code
 * -Dgolden.update=true} and review the diff.
 */
class GoldenTutorialsTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  static Stream<String> tutorials() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tutorials")
  void tutorialOutputIsExactlyTheGoldenText(String tutorial) throws IOException {
    Path dir = ROOT.resolve(tutorial).toAbsolutePath();
    String script = Files.readString(dir.resolve("script.txt"));
    String preset = script.lines().findFirst().orElseThrow().replace("# --preset", "").trim();
    ShellRun r = ShellRun.run(dir, script, "--preset", preset);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(dir.resolve("expected.out"), r.out(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("expected.err"), r.err(), StandardCharsets.UTF_8);
    }
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(lines(dir.resolve("expected.out")));
    assertThat(r.err().lines().toList())
        .containsExactlyElementsOf(lines(dir.resolve("expected.err")));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
  }
}
