package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.cli.Dsctl;
import dev.dslab.server.tls.ClientTrust;
import dev.dslab.server.tls.ServingCertificates;
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
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsctl serve} as a command: it serves the state file's cluster, takes dsctl commands on
 * standard input, and writes back what it and its clients changed, which one-shot commands then
 * see. TLS by default, with the certificates made once per state file.
 */
class ServeCommandTest {
  /** A GET's status code. */
  private static int get(HttpClient client, String url) throws Exception {
    return client
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** An HTTP client that trusts the CA of the kubeconfig as written, and nothing else. */
  private static HttpClient trusting(Path kubeconfig) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(
            ClientTrust.trusting(
                ClientTrust.certificateAuthorityData(Files.readString(kubeconfig))))
        .build();
  }

  @Test
  void whatKubectlAndTheShellChangeIsInTheStateFileAfterwards(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.yaml");
    ServeRun.newState(dir, state);
    Path kubeconfig = dir.resolve("kubeconfig");
    ServeRun serving =
        ServeRun.start(
            dir,
            "label node kind-multinodes-worker from=shell\n",
            ServeRun.args(state, kubeconfig));
    assertThat(serving.printed()).contains("export KUBECONFIG=" + kubeconfig);
    HttpResponse<String> patched =
        trusting(kubeconfig)
            .send(
                HttpRequest.newBuilder(
                        URI.create(serving.url() + "/api/v1/nodes/kind-multinodes-worker2"))
                    .header("Content-Type", "application/merge-patch+json")
                    .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                            "{\"metadata\":{\"labels\":{\"from\":\"kubectl\"}}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(serving.stop()).isZero();

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

  @Test
  void servesTlsByDefaultWithCertificatesMadeOnceBesideTheStateAndReusedNextTime(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("state.yaml");
    ServeRun.newState(dir, state);
    Path kubeconfig = dir.resolve("kubeconfig");
    ServeRun first = ServeRun.start(dir, "", ServeRun.args(state, kubeconfig));
    assertThat(first.url()).startsWith("https://127.0.0.1:");
    String written = Files.readString(kubeconfig);
    assertThat(written)
        .contains("certificate-authority-data: ")
        .contains("client-certificate-data: ")
        .contains("client-key-data: ")
        .contains("server: " + first.url())
        .doesNotContain("insecure-skip-tls-verify");
    assertThat(get(trusting(kubeconfig), first.url() + "/api/v1/nodes")).isEqualTo(200);
    // a client that does not trust the CA is refused at the handshake
    assertThatThrownBy(() -> get(HttpClient.newHttpClient(), first.url() + "/api/v1/nodes"))
        .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    assertThat(first.stop()).isZero();

    Path folder = dir.resolve("state-tls");
    assertThat(folder.resolve(ServingCertificates.CA_CERTIFICATE)).exists();
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      for (String key : ServingCertificates.KEYS) {
        assertThat(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(key))))
            .as(key)
            .isEqualTo("rw-------");
      }
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kubeconfig)))
          .isEqualTo("rw-------");
    }
    byte[] ca = Files.readAllBytes(folder.resolve(ServingCertificates.CA_CERTIFICATE));
    byte[] server = Files.readAllBytes(folder.resolve(ServingCertificates.SERVER_CERTIFICATE));

    // the next serve of the same state presents the same certificates: old kubeconfigs still work
    ServeRun second = ServeRun.start(dir, "", ServeRun.args(state, dir.resolve("kubeconfig2")));
    assertThat(Files.readAllBytes(folder.resolve(ServingCertificates.CA_CERTIFICATE)))
        .isEqualTo(ca);
    assertThat(Files.readAllBytes(folder.resolve(ServingCertificates.SERVER_CERTIFICATE)))
        .isEqualTo(server);
    assertThat(get(trusting(kubeconfig), second.url() + "/version")).isEqualTo(200);
    assertThat(second.stop()).isZero();
  }

  @Test
  void insecureHttpServesPlainHttpWithNoCertificates(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.yaml");
    ServeRun.newState(dir, state);
    Path kubeconfig = dir.resolve("kubeconfig");
    ServeRun serving = ServeRun.start(dir, "", ServeRun.args(state, kubeconfig, "--insecure-http"));
    assertThat(serving.url()).startsWith("http://127.0.0.1:");
    assertThat(Files.readString(kubeconfig)).doesNotContain("certificate-authority-data");
    assertThat(get(HttpClient.newHttpClient(), serving.url() + "/api/v1/nodes")).isEqualTo(200);
    assertThat(serving.stop()).isZero();
    assertThat(dir.resolve("state-tls")).doesNotExist();
  }

  @Test
  void aCertificateFileThatIsNotPemIsNamedAndLeftAsItIs(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.yaml");
    ServeRun.newState(dir, state);
    Path folder = dir.resolve("state-tls");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("ca.crt"), "not a certificate\n");
    Files.writeString(folder.resolve("ca.key"), "not a key\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Dsctl(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]),
                dir)
            .run(ServeRun.args(state, dir.resolve("kubeconfig")));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: " + folder.resolve("ca.crt") + ": not a PEM certificate");
    assertThat(Files.readString(folder.resolve("ca.crt"))).isEqualTo("not a certificate\n");
    assertThat(dir.resolve("kubeconfig")).doesNotExist();
  }
}
