package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl on {@code dsctl serve}'s default kubeconfig exactly as written: TLS verified
 * against the CA it carries, no insecure flag, the client certificate as the user (without it
 * kubectl would ask for a user name). And with a bearer token, which kubectl sends only over TLS:
 * the right one is served, a wrong one gets kubectl's "You must be logged in" (the API server's
 * 401). Skipped, with a notice, without kubectl v1.32 or later.
 */
class KubectlOverTlsTest {
  private static Path kubectl;

  @BeforeAll
  static void findKubectl() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("kubectl-over-TLS tests");
  }

  @Test
  void kubectlGetsAppliesAndWatchesOnTheKubeconfigDsctlServeWrote(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("state.yaml");
    Path kubeconfig = dir.resolve("kubeconfig");
    ServeRun.newState(dir, state);
    ServeRun serving = ServeRun.start(dir, "", ServeRun.args(state, kubeconfig));
    try {
      assertThat(serving.url()).startsWith("https://127.0.0.1:");
      assertThat(Files.readString(kubeconfig)).doesNotContain("insecure");

      assertThat(run(dir, kubeconfig, "get nodes -o name"))
          .isEqualTo(
              "node/kind-multinodes-control-plane\n"
                  + "node/kind-multinodes-worker\n"
                  + "node/kind-multinodes-worker2\n");
      Files.writeString(dir.resolve("ds.yaml"), KubectlTest.DS.formatted("v1.8.2"));
      assertThat(run(dir, kubeconfig, "apply -f ds.yaml"))
          .isEqualTo("daemonset.apps/node-exporter created\n");
      assertThat(run(dir, kubeconfig, "get ds node-exporter -o name"))
          .isEqualTo("daemonset.apps/node-exporter\n");

      // a watch streams over TLS: the list first, then the change another kubectl makes
      Process watch = start(dir, kubeconfig, "get nodes -w --request-timeout=30s");
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8))) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          seen.add(lines.readLine());
        }
        assertThat(seen.get(0)).startsWith("NAME");
        assertThat(run(dir, kubeconfig, "cordon kind-multinodes-worker"))
            .isEqualTo("node/kind-multinodes-worker cordoned\n");
        String changed = lines.readLine();
        assertThat(changed)
            .startsWith("kind-multinodes-worker ")
            .contains("Ready,SchedulingDisabled");
      } finally {
        watch.destroy();
        watch.waitFor(10, TimeUnit.SECONDS);
      }
    } finally {
      serving.stop();
    }
  }

  @Test
  void withABearerTokenTheRightOneIsServedAndAWrongOneIsUnauthorized(@TempDir Path dir)
      throws Exception {
    Cluster cluster =
        ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    Path kubeconfig = dir.resolve("kubeconfig");
    try (ApiEndpoint endpoint = ServedOverTls.start(cluster, kubeconfig, "0123456789abcdef")) {
      assertThat(Files.readString(kubeconfig)).contains("token: 0123456789abcdef");
      assertThat(run(dir, kubeconfig, "get ns default -o name")).isEqualTo("namespace/default\n");
      Files.writeString(
          kubeconfig,
          Files.readString(kubeconfig).replace("token: 0123456789abcdef", "token: wrong"));
      assertThat(run(dir, kubeconfig, "get nodes"))
          .isEqualTo("--- stderr\nerror: You must be logged in to the server (Unauthorized)\n");
    }
  }

  private static String run(Path dir, Path kubeconfig, String line) throws Exception {
    return KubectlTest.kubectl(kubectl, dir, kubeconfig, line);
  }

  private static Process start(Path dir, Path kubeconfig, String line) throws Exception {
    List<String> command = new ArrayList<>(List.of(kubectl.toString()));
    command.addAll(List.of(line.split(" ")));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return pb.start();
  }
}
