package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.Dsctl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsctl serve} as a command: it serves the state file's cluster, takes dsctl commands on
 * standard input, and writes back what it and its clients changed, which one-shot commands then
 * see.
 */
class ServeCommandTest {
  @Test
  void whatKubectlAndTheShellChangeIsInTheStateFileAfterwards(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.yaml");
    assertThat(
            new Dsctl(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    System.err,
                    new ByteArrayInputStream(new byte[0]),
                    dir)
                .run(
                    new String[] {"--state", state.toString(), "--preset", "kind", "get", "nodes"}))
        .isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Dsctl dsctl =
        new Dsctl(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err,
            new ByteArrayInputStream(
                "label node kind-multinodes-worker from=shell\n".getBytes(StandardCharsets.UTF_8)),
            dir);
    int[] code = {-1};
    Thread serving =
        new Thread(
            () ->
                code[0] =
                    dsctl.run(
                        new String[] {
                          "--state",
                          state.toString(),
                          "serve",
                          "--speed",
                          "0",
                          "--kubeconfig",
                          dir.resolve("kubeconfig").toString()
                        }));
    serving.start();
    int port = -1;
    for (int i = 0; i < 500 && port < 0; i++) {
      Matcher m =
          Pattern.compile("http://127.0.0.1:(\\d+)").matcher(out.toString(StandardCharsets.UTF_8));
      port = m.find() ? Integer.parseInt(m.group(1)) : -1;
      Thread.sleep(20);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("export KUBECONFIG=" + dir.resolve("kubeconfig"));
    HttpResponse<String> patched =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/nodes/kind-multinodes-worker2"))
                    .header("Content-Type", "application/merge-patch+json")
                    .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                            "{\"metadata\":{\"labels\":{\"from\":\"kubectl\"}}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(patched.statusCode()).isEqualTo(200);
    dsctl.stopServing();
    serving.join(30_000);
    assertThat(code[0]).isZero();

    assertThat(Files.readString(state))
        .contains("from=shell")
        .contains("api-nodes-kind-multinodes-worker2.json");
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    new Dsctl(
            new PrintStream(labels, true, StandardCharsets.UTF_8),
            System.err,
            new ByteArrayInputStream(new byte[0]),
            dir)
        .run(new String[] {"--state", state.toString(), "get", "nodes", "--show-labels"});
    assertThat(labels.toString(StandardCharsets.UTF_8))
        .contains("from=shell")
        .contains("from=kubectl");
  }
}
