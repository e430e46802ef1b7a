package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.session.presets.ClusterPresets;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The health endpoints (upstream's k8s.io/apiserver/pkg/server/healthz/healthz.go) and the
 * self-review resources (pkg/registry/authorization/selfsubject*review, authentication's
 * selfsubjectreview) over loopback.
 */
class HealthAndReviewsTest {
  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private final ApiEndpoint endpoint = start();
  private final HttpClient http = HttpClient.newHttpClient();

  private ApiEndpoint start() {
    try {
      return ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthEndpointsAnswerPlainOkAsTheApiServerDoes() throws Exception {
    for (String path : new String[] {"/healthz", "/livez", "/readyz", "/livez/ping"}) {
      HttpResponse<String> r = send("GET", path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).isEqualTo("ok");
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }
    assertThat(send("GET", "/livez/nothing", null).statusCode()).isEqualTo(404);
  }

  @Test
  void verboseHealthListsEveryCheckThenTheClosingLine_healthzHandleRootHealth() throws Exception {
    assertThat(send("GET", "/livez?verbose", null).body())
        .isEqualTo("[+]ping ok\n[+]log ok\n[+]etcd ok\nlivez check passed\n");
    assertThat(send("GET", "/readyz?verbose", null).body())
        .startsWith("[+]ping ok\n")
        .contains("[+]informer-sync ok\n[+]shutdown ok\n")
        .endsWith("readyz check passed\n");
    assertThat(send("GET", "/healthz?verbose&exclude=etcd&exclude=nope", null).body())
        .isEqualTo(
            "[+]ping ok\n[+]log ok\n[+]etcd excluded: ok\n"
                + "warn: some health checks cannot be excluded: no matches for \"nope\"\n"
                + "healthz check passed\n");
  }

  @Test
  void anAccessReviewIsAllowedAndEchoesItsSpec() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
            "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\","
                + "\"spec\":{\"resourceAttributes\":{\"verb\":\"create\",\"resource\":\"pods\"}}}");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body())
        .isEqualTo(
            "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\","
                + "\"metadata\":{\"creationTimestamp\":null},"
                + "\"spec\":{\"resourceAttributes\":{\"resource\":\"pods\",\"verb\":\"create\"}},"
                + "\"status\":{\"allowed\":true}}");
  }

  @Test
  void aSelfSubjectReviewNamesTheOneUser() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/apis/authentication.k8s.io/v1/selfsubjectreviews",
            "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"SelfSubjectReview\"}");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body())
        .contains(
            "\"userInfo\":{\"groups\":[\"system:masters\",\"system:authenticated\"],"
                + "\"username\":\"dslab\"}");
  }

  @Test
  void reviewsAreCreateOnlyAndListedInDiscovery() throws Exception {
    assertThat(
            send("GET", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", null)
                .statusCode())
        .isEqualTo(405);
    assertThat(send("GET", "/apis", null).body())
        .contains("\"name\":\"authorization.k8s.io\"")
        .contains("\"name\":\"authentication.k8s.io\"");
    assertThat(send("GET", "/apis/authorization.k8s.io/v1", null).body())
        .contains("\"name\":\"selfsubjectaccessreviews\"")
        .contains("\"name\":\"selfsubjectrulesreviews\"")
        .contains("\"verbs\":[\"create\"]");
    assertThat(
            send("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", "{")
                .statusCode())
        .isEqualTo(400);
  }
}
