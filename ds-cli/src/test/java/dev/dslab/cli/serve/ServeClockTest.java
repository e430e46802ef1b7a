package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.Dsctl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The virtual clock of {@code dsctl serve} against the wall clock, which kubectl's ages compare
 * with: a preset served for the first time is minutes old, as a fresh tutorial cluster is, not as
 * old as the default start date; the state keeps the start it was given and replays to the same
 * cluster.
 */
class ServeClockTest {
  @Test
  void aPresetServedForTheFirstTimeIsMinutesOldAndItsStartIsKept(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("state.yaml");
    Instant before = Instant.now();
    serveAndStop(dir, "--state", state.toString(), "--preset", "kind", "serve", "--speed", "0");

    String saved = Files.readString(state);
    Matcher start = Pattern.compile("(?m)^start: \"?([0-9T:.Z-]+)\"?$").matcher(saved);
    assertThat(start.find()).as(saved).isTrue();
    Instant started = Instant.parse(start.group(1));
    assertThat(started).isBetween(before.minusSeconds(2), Instant.now());

    List<Instant> created = creationTimestamps(dir, state);
    assertThat(created).isNotEmpty();
    for (Instant t : created) {
      // the preset's history lies minutes before its start, never in kubectl's future
      assertThat(t).isBetween(started.minus(Duration.ofHours(1)), started);
    }
    // a replay of the state (what every later command does) builds the same objects, same times
    assertThat(creationTimestamps(dir, state)).isEqualTo(created);
  }

  @Test
  void aStateWithHistoryIsShiftedSoThatItEndsNowKeepingItsObjectsAges(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("state.yaml");
    dsctl(dir, "--state", state.toString(), "--preset", "kind", "sim", "advance", "10m");
    List<Instant> unanchored = creationTimestamps(dir, state);
    assertThat(Files.readString(state)).doesNotContainPattern("(?m)^start:");

    serveAndStop(dir, "--state", state.toString(), "serve", "--speed", "0");

    List<Instant> anchored = creationTimestamps(dir, state);
    Duration shift = Duration.between(unanchored.get(0), anchored.get(0));
    assertThat(shift).isPositive();
    for (int i = 0; i < anchored.size(); i++) {
      assertThat(Duration.between(unanchored.get(i), anchored.get(i))).isEqualTo(shift);
    }
    // ten minutes of history before the serve: the oldest node is ten minutes (and the preset's
    // setup) older than the wall clock, not seven hundred days
    assertThat(Duration.between(anchored.get(0), Instant.now()))
        .isBetween(Duration.ofMinutes(10), Duration.ofHours(1));
  }

  @Test
  void aStateFileWithABadStartIsRefusedAndLeftAsItIs(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.yaml");
    String text = "dsctlState: v1\nseed: 1\nstart: yesterday\nhistory: []\n";
    Files.writeString(state, text);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Dsctl(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]),
                dir)
            .run(new String[] {"--state", state.toString(), "get", "nodes"});
    assertThat(code).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(state.toString())
        .contains("start: \"yesterday\" is not an RFC 3339 time")
        .contains("left as it is");
    assertThat(Files.readString(state)).isEqualTo(text);
  }

  private static List<Instant> creationTimestamps(Path dir, Path state) {
    String yaml = dsctl(dir, "--state", state.toString(), "get", "nodes", "-o", "yaml");
    List<Instant> times = new ArrayList<>();
    Matcher m = Pattern.compile("creationTimestamp: \"?([0-9T:.Z-]+)\"?").matcher(yaml);
    while (m.find()) {
      times.add(Instant.parse(m.group(1)));
    }
    return times;
  }

  private static String dsctl(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new Dsctl(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                new ByteArrayInputStream(new byte[0]),
                dir)
            .run(args);
    assertThat(code).as(String.join(" ", args)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Serves until the kubeconfig line is printed, then stops, as an interrupted serve does. */
  private static void serveAndStop(Path dir, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--kubeconfig", dir.resolve("kubeconfig").toString()));
    ServeRun serving = ServeRun.start(dir, "", all.toArray(String[]::new));
    assertThat(serving.stop()).as(serving.printed()).isZero();
  }
}
