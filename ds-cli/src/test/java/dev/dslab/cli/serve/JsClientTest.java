package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Kubernetes JavaScript client (@kubernetes/client-node, pinned in
 * src/test/js/package-lock.json) on the kubeconfig as written, over TLS: src/test/js/clients.mjs
 * lists nodes, creates and reads a DaemonSet, and a dry-run create stores nothing. Skipped, with a
 * notice, where node or the installed module is missing ({@code npm ci} in src/test/js installs
 * it).
 */
class JsClientTest {
  private static final Path SCRIPTS = Path.of("src", "test", "js").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void theJsClientListsCreatesReadsAndDryRunsOnTheKubeconfigAsWritten() throws Exception {
    Path node = KubectlTest.onPath("node").orElse(null);
    String skip =
        node == null
            ? "node is not on the PATH"
            : !Files.isDirectory(SCRIPTS.resolve("node_modules/@kubernetes/client-node"))
                ? "@kubernetes/client-node is not installed (npm ci in " + SCRIPTS + ")"
                : null;
    if (skip != null) {
      System.err.println("NOTICE: " + skip + ": the JavaScript client test is skipped");
    }
    Assumptions.assumeTrue(skip == null, skip);

    Cluster cluster =
        ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    Path kubeconfig = dir.resolve("kubeconfig");
    try (ApiEndpoint endpoint = ServedOverTls.start(cluster, kubeconfig)) {
      Process p =
          new ProcessBuilder(node.toString(), "clients.mjs", kubeconfig.toString())
              .directory(SCRIPTS.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(out)
          .as(err)
          .isEqualTo(
              """
              server https://127.0.0.1:PORT
              nodes kind-multinodes-control-plane kind-multinodes-worker kind-multinodes-worker2
              created js-agent generation 1
              read busybox:1.36
              dry-run answered js-dry
              stored js-agent
              """);
      assertThat(p.exitValue()).isZero();
      // the dry run answered but stored nothing
      java.util.List<String> stored =
          endpoint
              .engine()
              .call(
                  c ->
                      c.store().<KubeObject>list(Kind.DAEMON_SET, "default").stream()
                          .map(o -> o.metadata().name())
                          .toList());
      assertThat(stored).containsExactly("js-agent");
    }
  }
}
