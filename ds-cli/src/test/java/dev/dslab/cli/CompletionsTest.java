package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.session.Session;
import dev.dslab.session.presets.ClusterPresets;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Tab completion of the interactive shell: commands, subcommands, types, names and flags. */
class CompletionsTest {
  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private final CommandLine root =
      new Shell(
              new Session(
                  cluster,
                  1,
                  new PrintStream(
                      java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                  System.err,
                  Path.of("."),
                  new ByteArrayInputStream(new byte[0])))
          .commandLine();

  private List<String> complete(String partial, String... done) {
    return Completions.candidates(root, cluster, List.of(done), partial);
  }

  @Test
  void completesCommandsAndSubcommands() {
    assertThat(complete("ro")).containsExactly("rollout");
    assertThat(complete("", "rollout")).containsExactly("history", "restart", "status", "undo");
    assertThat(complete("n", "sim")).containsExactly("node", "nodes", "now");
    assertThat(complete("ge", "kubectl")).containsExactly("get");
  }

  @Test
  void completesTypesThenNamesOfThatType() {
    assertThat(complete("no", "get")).containsExactly("no", "nodes");
    assertThat(complete("kind-multinodes-w", "get", "nodes"))
        .containsExactly("kind-multinodes-worker", "kind-multinodes-worker2");
    assertThat(complete("kind-multinodes-c", "cordon"))
        .containsExactly("kind-multinodes-control-plane");
    assertThat(complete("", "sim", "preset"))
        .containsExactly("docker-desktop", "gke", "kind", "kubeadm");
  }

  @Test
  void completesFlagsOfTheCommandBeingTyped() {
    assertThat(complete("--sh", "get", "pods")).containsExactly("--show-labels");
    assertThat(complete("--to", "rollout", "undo", "ds/x")).containsExactly("--to-revision");
  }
}
