package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-shot commands on a saved state: they continue from each other exactly as a shell would. */
class OneShotStateTest {
  @TempDir Path dir;

  private ShellRun oneShot(String... args) {
    return ShellRun.dsctl(dir, "", args);
  }

  @Test
  void oneShotCommandsGiveWhatTheShellGives() {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    StringBuilder oneShots = new StringBuilder();
    for (String[] command :
        new String[][] {
          {"--preset", "kind", "get", "nodes"},
          {"apply", "-f", "agent.yaml"},
          {"sim", "advance", "36s"},
          {"get", "pods", "-o", "wide"},
          {"label", "node", "kind-multinodes-worker", "a=b"},
          {"get", "ds"},
          {"sim", "now"}
        }) {
      ShellRun r = oneShot(command);
      assertThat(r.err()).isEmpty();
      oneShots.append(r.out());
    }
    ShellRun shell =
        ShellRun.run(
            dir,
            """
        get nodes
        apply -f agent.yaml
        sim advance 36s
        get pods -o wide
        label node kind-multinodes-worker a=b
        get ds
        sim now
        """,
            "--preset",
            "kind");
    assertThat(oneShots.toString()).isEqualTo(shell.out());
    assertThat(dir.resolve(".dsctl-state.yaml")).exists();
  }

  @Test
  void manifestsAreKeptAsTheyWereReadSoALaterEditDoesNotChangeThePast() throws IOException {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    oneShot("sim", "nodes", "add", "n1");
    oneShot("apply", "-f", "agent.yaml");
    ShellRun.write(dir, "agent.yaml", "not: a manifest anymore\n");
    Files.delete(dir.resolve("agent.yaml"));
    assertThat(oneShot("get", "ds", "-o", "name").out()).isEqualTo("daemonset.apps/agent\n");
  }

  @Test
  void anUnreadableStateIsAnErrorAndIsLeftAsItIs() throws IOException {
    Path state = dir.resolve("mine.yaml");
    Files.writeString(state, "this: [is not\n");
    ShellRun r = oneShot("--state", "mine.yaml", "get", "nodes");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: the state file").contains("it was left as it is");
    assertThat(Files.readString(state)).isEqualTo("this: [is not\n");
  }

  @Test
  void startFlagsOnAnExistingStateAreRefused() {
    oneShot("--preset", "kind", "get", "nodes");
    ShellRun r = oneShot("--preset", "gke", "get", "nodes");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("already holds a cluster");
  }

  @Test
  void readOnlyCommandsDoNotGrowTheHistory() throws IOException {
    oneShot("--preset", "kind", "sim", "nodes", "add", "n9");
    String before = Files.readString(dir.resolve(".dsctl-state.yaml"));
    oneShot("get", "nodes");
    oneShot("describe", "ds");
    assertThat(Files.readString(dir.resolve(".dsctl-state.yaml"))).isEqualTo(before);
  }
}
