package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsctl tutorial check} and {@code run --write} on the fixture tutorial and bad input. */
class TutorialCommandTest {
  static final Path FIXTURE = Path.of("../docs/tutorials/agent-on-kind.md");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run dsctl(Path dir, String... args) {
    ShellRun r = ShellRun.dsctl(dir, "", args);
    return new Run(r.exitCode(), r.out(), r.err());
  }

  private Path copyOfFixture(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.copy(FIXTURE, p);
    return p;
  }

  @Test
  void theFixtureChecksAndRunWriteGivesAFileThatChecksWithTheSameBytesEveryTime() throws Exception {
    copyOfFixture("t.md");
    Run check = dsctl(dir, "tutorial", "check", "t.md");
    assertThat(check.err()).isEmpty();
    assertThat(check.code()).isZero();
    assertThat(check.out())
        .endsWith(
            "5 commands: 5 matched, 0 differ, 0 failed, 0 ran with no printed output to compare\n");
    assertThat(check.out()).contains("t.md:44: note: figure agent.png: not drawn by this version");
    assertThat(dsctl(dir, "tutorial", "check", "t.md")).isEqualTo(check);

    assertThat(dsctl(dir, "tutorial", "run", "t.md", "--write", "out1.md").code()).isZero();
    assertThat(dsctl(dir, "tutorial", "run", "t.md", "--write", "out2.md").code()).isZero();
    assertThat(Files.readString(dir.resolve("out1.md")))
        .isEqualTo(Files.readString(dir.resolve("out2.md")));
    assertThat(dsctl(dir, "tutorial", "check", "out1.md").code()).isZero();
    // The fixture holds the simulation's own outputs: rewriting it changes nothing.
    assertThat(Files.readString(dir.resolve("out1.md"))).isEqualTo(Files.readString(FIXTURE));
  }

  @Test
  void oneWrongPrintedNumberFailsCheckAndNamesItsLineAndTokens() throws Exception {
    Path t = copyOfFixture("t.md");
    String text = Files.readString(t);
    String wrong = text.replace("agent   2         2         2", "agent   2         3         2");
    assertThat(wrong).isNotEqualTo(text);
    Files.writeString(t, wrong);
    Run check = dsctl(dir, "tutorial", "check", "t.md");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out())
        .contains("t.md:32: differs: kubectl get ds agent")
        .contains("line 34: expected \"3\", got \"2\"")
        .contains("1 differ");
    // run --write puts the simulated number back.
    assertThat(dsctl(dir, "tutorial", "run", "t.md", "--write", "fixed.md").code()).isZero();
    assertThat(Files.readString(dir.resolve("fixed.md"))).isEqualTo(text);
  }

  @Test
  void anOutputNamingAnObjectOfAManifestNoCommandAppliedSaysSo() throws Exception {
    Files.writeString(
        dir.resolve("t.md"),
        """
        <!-- dslab: preset=kind -->
        The DaemonSet looks like this:

        ```yaml
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          labels:
            app: web
          name: ds-web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: httpd:2.4
        ```

        ```
        $ kubectl get ds
        NAME     DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
        ds-web   2         2         2       2            2           <none>          47s
        ```
        """);

    Run check = dsctl(dir, "tutorial", "check", "t.md");

    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out())
        .contains("t.md:24: differs: kubectl get ds")
        .contains(
            "t.md:24: note: the output names \"ds-web\", which the YAML block at line 4"
                + " defines, and no command applied that block (the tutorial leaves it out)");

    // applied, the same block draws no such note, and the output matches
    String applied =
        Files.readString(dir.resolve("t.md"))
            .replace("```\n$ kubectl get ds", "```\n$ kubectl apply -f web.yaml\n$ kubectl get ds");
    Files.writeString(dir.resolve("t.md"), applied);
    Run again = dsctl(dir, "tutorial", "check", "t.md");
    assertThat(again.out()).doesNotContain("no command applied");
  }

  @Test
  void aFailingCommandsErrorBecomesItsOutputAndTheRestStillRuns() throws Exception {
    Files.writeString(
        dir.resolve("t.md"),
        """
        <!-- dslab: preset=kind -->
        ```
        $ kubectl describe ds nothing
        $ kubectl get nodes | wc -l
        4
        $ kubectl get ds missing
        Error from server (NotFound): daemonsets.apps "missing" not found
        ```
        """);
    Run check = dsctl(dir, "tutorial", "check", "t.md");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out())
        .contains("t.md:3: failed: kubectl describe ds nothing")
        .contains("    Error from server (NotFound): daemonsets.apps \"nothing\" not found")
        .contains("t.md:4: matched: kubectl get nodes | wc -l")
        .contains("t.md:6: matched: kubectl get ds missing")
        .contains("3 commands: 2 matched, 0 differ, 1 failed");
  }

  @Test
  void badInputIsAMessageNamingTheLineOrTheFile() throws Exception {
    Run missing = dsctl(dir, "tutorial", "check", "nope.md");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: tutorial \"nope.md\" does not exist\n");

    Files.writeString(dir.resolve("prose.md"), "# Title\n\nNo commands here.\n");
    Run prose = dsctl(dir, "tutorial", "check", "prose.md");
    assertThat(prose.code()).isEqualTo(1);
    assertThat(prose.out()).contains("prose.md:1: problem: no kubectl or dsctl command found");

    Files.writeString(
        dir.resolve("marker.md"),
        "<!-- dslab: figure x.png colour=red -->\n\n    $ kubectl get nodes\n");
    Run marker = dsctl(dir, "tutorial", "check", "marker.md", "--preset", "kind");
    assertThat(marker.code()).isEqualTo(1);
    assertThat(marker.out())
        .contains("marker.md:1: problem: dslab marker: unknown figure option \"colour=red\"")
        .contains("marker.md:3: ran: kubectl get nodes");

    Run verb = dsctl(dir, "tutorial", "draw", "marker.md");
    assertThat(verb.code()).isEqualTo(2);
    assertThat(verb.err()).startsWith("error: unknown command \"draw\" for \"dsctl tutorial\"");
  }

  @Test
  void theCommandLinesPresetWinsOverTheMarkers() throws Exception {
    copyOfFixture("t.md");
    Run run = dsctl(dir, "tutorial", "check", "t.md", "--preset", "docker-desktop", "--seed", "3");
    assertThat(run.out()).startsWith("t.md: preset docker-desktop, seed 3\n");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void nothingIsWrittenBesideTheTutorial() throws Exception {
    copyOfFixture("t.md");
    dsctl(dir, "tutorial", "check", "t.md");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t.md");
    }
  }
}
