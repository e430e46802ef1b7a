package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.ApplyLines;
import dev.dslab.session.Recorder;
import dev.dslab.session.RequestRunner;
import dev.dslab.session.SavedState;
import dev.dslab.session.Submission;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.session.request.Request;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state file's two readers agree. dsctl runs its command lines through picocli; a saved state
 * is replayed through the session's own reading of the same words. A tutorial run line by line as
 * one-shot commands (each replaying the state file) ends where the same script ends in one shell;
 * and a session recorded from typed requests, as the desktop records it, opens in dsctl.
 */
class StateFileReplayTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<String> tutorials() throws IOException {
    return GoldenTutorialsTest.tutorials().toList();
  }

  private static String dsctl(Path dir, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Dsctl(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            dir)
        .run(args);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final String[] EVERYTHING = {
    "get", "nodes,pods,daemonsets,services", "-A", "-o", "yaml"
  };

  @ParameterizedTest(name = "{0}")
  @MethodSource("tutorials")
  void aTutorialAsOneShotCommandsEndsWhereTheShellEnds(String tutorial, @TempDir Path dir)
      throws IOException {
    Path source = GOLDEN.resolve(tutorial).toAbsolutePath();
    try (var files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String script = Files.readString(source.resolve("script.txt"));
    String preset = script.lines().findFirst().orElseThrow().replace("# --preset", "").trim();
    String shell =
        dsctl(
            dir,
            script + "\nsim now\n" + String.join(" ", EVERYTHING) + "\n",
            "shell",
            "--preset",
            preset);

    Path state = dir.resolve("state.yaml");
    dsctl(dir, "", "--state", state.toString(), "--preset", preset, "sim", "now");
    for (String line : script.lines().toList()) {
      List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (words.get(0).equals("kubectl")) {
        words.remove(0);
      }
      words.addAll(0, List.of("--state", state.toString()));
      dsctl(dir, "", words.toArray(String[]::new));
    }
    String oneShots =
        dsctl(dir, "", "--state", state.toString(), "sim", "now")
            + dsctl(dir, "", concat("--state", state.toString(), EVERYTHING));
    // the shell printed the script's own output first: its last part is what the one-shots end with
    assertThat(shell).endsWith(oneShots);
  }

  private static String[] concat(String a, String b, String... rest) {
    List<String> all = new ArrayList<>(List.of(a, b));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void aSessionRecordedFromTypedRequestsOpensInDsctl(@TempDir Path dir) throws Exception {
    SavedState start = SavedState.start(1, "kind");
    Cluster cluster = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    RequestRunner runner = new RequestRunner(cluster, 1, dir);
    Recorder recorder = new Recorder(start, cluster);
    List<Submission> requests =
        List.of(
            Submission.of(
                new Request.Label(
                    Kind.NODE,
                    List.of("kind-multinodes-worker"),
                    null,
                    Map.of("disk", "ssd"),
                    List.of(),
                    true)),
            Submission.of(
                new Request.TaintNodes(
                    List.of("kind-multinodes-worker2"),
                    List.of(
                        Request.TaintChange.add(
                            Taint.of("dedicated", "db", TaintEffect.NoSchedule))),
                    false)),
            ApplyLines.apply(
                "agent",
                List.of(
                    ApplyLines.manifest(
                        dev.dslab.yaml.ManifestReader.read("agent.yaml", ShellRun.AGENT_DAEMONSET)
                            .objects()
                            .get(0)
                            .object(),
                        false))),
            Submission.of(
                new Request.AddNodes(
                    List.of("edge-1"), Map.of("logging", "enabled"), List.of(), null)));
    for (Submission s : requests) {
      assertThat(runner.run(s).ok()).as(s.request().toString()).isTrue();
      recorder.record(s.line());
      cluster.advance(Duration.ofSeconds(7));
    }
    Path state = dir.resolve("session.yaml");
    recorder.state().save(state, cluster);
    String afterReplay = dsctl(dir, "", concat("--state", state.toString(), EVERYTHING));
    List<KubeObject> live = new ArrayList<>();
    for (Kind k : List.of(Kind.NODE, Kind.POD, Kind.DAEMON_SET, Kind.SERVICE)) {
      live.addAll(cluster.list(k, null));
    }
    assertThat(afterReplay).isEqualTo(new InProcessDsctl(cluster, 1).run(EVERYTHING).out());
    assertThat(afterReplay).contains("disk: ssd", "key: dedicated", "name: agent", "name: edge-1");
    assertThat(live).isNotEmpty();
  }

  /**
   * A state file written by dsctl before requests had their own module (29 command lines: apply,
   * label, taint, set image, rollout status and undo, cordon, drain, nodes added and generated,
   * image behaviours, kubelets down and up, deletes by selector and with --cascade=orphan, refused
   * lines): it replays to the cluster that dsctl printed then, byte for byte, and is left as it
   * was. The expectation is re-taken, never the file, when what a new cluster holds changes (the
   * kind preset gained its system workloads; the serviceaccounts controller makes every namespace's
   * {@code default} account), which shifts later uids and resourceVersions.
   */
  @Test
  void aStateFileWrittenBeforeTheSessionModuleLoadsTheSame(@TempDir Path dir) throws IOException {
    Path state = dir.resolve("state.yaml");
    Files.copy(Path.of("src/test/resources/state-v0/state.yaml"), state);
    byte[] before = Files.readAllBytes(state);
    assertThat(
            dsctl(
                dir,
                "",
                "--state",
                state.toString(),
                "get",
                "nodes,pods,daemonsets",
                "-A",
                "-o",
                "yaml"))
        .isEqualTo(Files.readString(Path.of("src/test/resources/state-v0/expected.yaml")));
    assertThat(dsctl(dir, "", "--state", state.toString(), "sim", "now"))
        .isEqualTo("2025-01-01T00:04:32.500Z\n");
    assertThat(Files.readAllBytes(state)).isEqualTo(before);
  }
}
