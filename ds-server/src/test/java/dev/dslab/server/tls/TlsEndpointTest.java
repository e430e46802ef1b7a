package dev.dslab.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.server.Kubeconfigs;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import io.kubernetes.client.proto.Meta.ObjectMeta;
import io.kubernetes.client.proto.Runtime.TypeMeta;
import io.kubernetes.client.proto.Runtime.Unknown;
import io.kubernetes.client.proto.V1;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint over TLS, as dsctl serve starts it by default: a client that trusts the CA of the
 * kubeconfig lists, watches (chunks stream through TLS as they come) and writes protobuf bodies; a
 * client that does not is refused at the handshake; a wrong bearer token is the API server's 401.
 */
class TlsEndpointTest {
  @TempDir Path dir;

  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private ApiEndpoint endpoint;

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /** Serves over TLS and returns a client built from the kubeconfig's CA, as written. */
  private HttpClient serve(String token) throws Exception {
    ServingCertificates certificates =
        ServingCertificates.ensure(
            dir.resolve("tls"), SubjectAltNames.forAddress("127.0.0.1"), Instant.now());
    endpoint =
        ApiEndpoint.start(
            cluster, new InetSocketAddress("127.0.0.1", 0), 0, token, certificates.sslContext());
    String kubeconfig =
        Kubeconfigs.text(endpoint.loopbackUrl(), token, certificates.kubeconfigData());
    return HttpClient.newBuilder()
        .sslContext(ClientTrust.trusting(ClientTrust.certificateAuthorityData(kubeconfig)))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(endpoint.loopbackUrl() + path));
  }

  @Test
  void aClientTrustingTheKubeconfigsCaListsOverHttps() throws Exception {
    HttpClient http = serve(null);
    assertThat(endpoint.loopbackUrl()).startsWith("https://127.0.0.1:");
    HttpResponse<String> nodes =
        http.send(request("/api/v1/nodes").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(nodes.statusCode()).isEqualTo(200);
    assertThat(Trees.parse("nodes", nodes.body())).containsEntry("kind", "NodeList");
    // kubectl's server-side Table too
    HttpResponse<String> table =
        http.send(
            request("/api/v1/nodes")
                .header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(Trees.parse("table", table.body())).containsEntry("kind", "Table");
  }

  @Test
  void aClientWithoutTheCaOrSpeakingPlainHttpIsRefused() throws Exception {
    serve(null);
    assertThatThrownBy(
            () ->
                HttpClient.newHttpClient()
                    .send(request("/version").build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    assertThatThrownBy(
            () ->
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + endpoint.port() + "/version"))
                            .timeout(java.time.Duration.ofSeconds(10))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aWatchStreamsEachEventThroughTlsAsItHappens() throws Exception {
    HttpClient http = serve(null);
    String rv =
        String.valueOf(
            ((Map<?, ?>)
                    Trees.parse(
                            "list",
                            http.send(
                                    request("/api/v1/namespaces").build(),
                                    HttpResponse.BodyHandlers.ofString())
                                .body())
                        .get("metadata"))
                .get("resourceVersion"));
    HttpResponse<InputStream> watch =
        http.send(
            request("/api/v1/namespaces?watch=1&timeoutSeconds=20&resourceVersion=" + rv).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(watch.statusCode()).isEqualTo(200);
    HttpResponse<String> created =
        http.send(
            request("/api/v1/namespaces")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"lab\"}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    try (BufferedReader events =
        new BufferedReader(new InputStreamReader(watch.body(), StandardCharsets.UTF_8))) {
      String event = events.readLine();
      assertThat(event).contains("\"type\":\"ADDED\"").contains("\"name\":\"lab\"");
    }
  }

  @Test
  void aProtobufBodyIsTakenOverTls() throws Exception {
    HttpClient http = serve(null);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {'k', '8', 's', 0});
    body.writeBytes(
        Unknown.newBuilder()
            .setTypeMeta(TypeMeta.newBuilder().setApiVersion("v1").setKind("Namespace"))
            .setRaw(
                V1.Namespace.newBuilder()
                    .setMetadata(ObjectMeta.newBuilder().setName("team-a"))
                    .build()
                    .toByteString())
            .setContentType("")
            .build()
            .toByteArray());
    HttpResponse<String> created =
        http.send(
            request("/api/v1/namespaces")
                .header("Content-Type", "application/vnd.kubernetes.protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @Test
  void aWrongBearerTokenIsTheApiServers401Status() throws Exception {
    HttpClient http = serve("right-token");
    HttpResponse<String> refused =
        http.send(
            request("/api/v1/nodes").header("Authorization", "Bearer wrong-token").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(Trees.parse("status", refused.body()))
        .containsEntry("kind", "Status")
        .containsEntry("status", "Failure")
        .containsEntry("message", "Unauthorized")
        .containsEntry("reason", "Unauthorized")
        .containsEntry("code", 401);
    HttpResponse<String> none =
        http.send(request("/api/v1/nodes").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(401);
    HttpResponse<String> allowed =
        http.send(
            request("/api/v1/nodes").header("Authorization", "Bearer right-token").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void nothingIsServedBeyondLoopbackWithoutAToken() {
    assertThatThrownBy(
            () ->
                ApiEndpoint.start(
                    cluster, new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serving on 0.0.0.0 needs a bearer token");
  }
}
