package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The five seeds of shared/seeds, shipped unmodified in docs/lessons with their presets in
 * sidecars, run through {@code dsctl tutorial check}: the report lists every kubectl command of
 * each (counted here on their own), and the counts of matched, differing, failed and uncompared
 * commands stay as the README records them.
 */
class LessonsCheckTest {
  static final Path LESSONS = Path.of("../docs/lessons");

  /** The project's input the lessons were copied from, where the build has it. */
  static final Path SEEDS = Path.of("/work/shared/seeds");

  /** A kubectl line after an optional blockquote marker or prompt, counted without the parser. */
  private static final Pattern KUBECTL_LINE =
      Pattern.compile("^\\s*(?:>\\s*|\\$\\s+|#\\s+|\\S+@\\S+[#$]\\s+)?kubectl\\s.*$");

  private static List<Integer> kubectlLines(Path lesson) throws Exception {
    List<String> lines = Files.readAllLines(lesson);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (KUBECTL_LINE.matcher(lines.get(i)).matches()) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }

  private static void checks(String lesson, String counts) throws Exception {
    Path file = LESSONS.resolve(lesson);
    if (Files.isDirectory(SEEDS)) {
      assertThat(Files.readString(file))
          .as("the lesson is the seed as it was written")
          .isEqualTo(Files.readString(seedOf(lesson)));
    }
    TutorialCommandTest.Run run = TutorialCommandTest.dsctl(LESSONS, "tutorial", "check", lesson);
    List<Integer> expected = kubectlLines(file);
    assertThat(expected).isNotEmpty();
    List<Integer> reported = new ArrayList<>();
    var m =
        Pattern.compile(
                "^" + Pattern.quote(lesson) + ":(\\d+): (matched|differs|failed|ran): kubectl",
                Pattern.MULTILINE)
            .matcher(run.out());
    while (m.find()) {
      reported.add(Integer.parseInt(m.group(1)));
    }
    assertThat(reported).as(run.out()).isEqualTo(expected);
    assertThat(run.out()).endsWith(counts + "\n");
  }

  private static Path seedOf(String lesson) throws Exception {
    try (var seeds = Files.list(SEEDS)) {
      String prefix = lesson.substring(0, 3) + "_";
      return seeds
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void seed000GreetOnDockerDesktop() throws Exception {
    checks(
        "000-greet-docker-desktop.md",
        "10 commands: 5 matched, 1 differ, 0 failed, 4 ran with no printed output to compare");
  }

  @Test
  void seed001FluentbitConcepts() throws Exception {
    checks(
        "001-fluentbit-concepts.md",
        "1 commands: 0 matched, 0 differ, 1 failed, 0 ran with no printed output to compare");
  }

  @Test
  void seed002FluentdOnGke() throws Exception {
    checks(
        "002-fluentd-gke.md",
        "5 commands: 0 matched, 0 differ, 2 failed, 3 ran with no printed output to compare");
  }

  @Test
  void seed003NodeExporterOnKind() throws Exception {
    checks(
        "003-node-exporter-kind.md",
        "7 commands: 4 matched, 0 differ, 1 failed, 2 ran with no printed output to compare");
  }

  @Test
  void seed004HttpdOnKubeadm() throws Exception {
    checks(
        "004-httpd-kubeadm.md",
        "9 commands: 7 matched, 2 differ, 0 failed, 0 ran with no printed output to compare");
  }
}
