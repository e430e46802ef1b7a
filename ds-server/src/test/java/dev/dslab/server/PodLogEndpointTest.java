package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.kubelet.ImageBehaviour;
import dev.dslab.model.core.Pod;
import dev.dslab.session.presets.ClusterPresets;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * pods/log over HTTP as the API server's LogREST serves it (pkg/registry/core/pod/rest/log.go), and
 * exec, attach and portforward refused as the kubelet refuses a stream it cannot give.
 */
class PodLogEndpointTest {
  private static final String DS =
      """
      {"apiVersion": "apps/v1", "kind": "DaemonSet",
       "metadata": {"name": "agent", "namespace": "default"},
       "spec": {"selector": {"matchLabels": {"app": "agent"}},
        "template": {"metadata": {"labels": {"app": "agent"}},
         "spec": {"nodeSelector": {"kubernetes.io/hostname": "kind-multinodes-worker"},
          "containers": [{"name": "agent", "image": "agent:1"}]}}}}
      """;

  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private ApiEndpoint endpoint;
  private final HttpClient http = HttpClient.newHttpClient();
  private String pod;

  @BeforeEach
  void start() throws Exception {
    cluster
        .images()
        .set(
            "agent:1",
            new ImageBehaviour(
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                false,
                Duration.ofSeconds(30),
                false,
                List.of("one", "two")));
    endpoint = ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null);
    assertThat(send("POST", "/apis/apps/v1/namespaces/default/daemonsets", DS).statusCode())
        .isEqualTo(201);
    advance(Duration.ofSeconds(2));
    pod =
        endpoint
            .engine()
            .call(
                c ->
                    c.<Pod>list(Kind.POD, "default").stream()
                        .filter(p -> p.metadata().name().startsWith("agent-"))
                        .findFirst()
                        .orElseThrow()
                        .metadata()
                        .name());
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private void advance(Duration d) throws Exception {
    endpoint
        .engine()
        .call(
            c -> {
              c.advance(d);
              return null;
            });
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String method, String path, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private String log(String query) {
    return "/api/v1/namespaces/default/pods/" + pod + "/log" + query;
  }

  @Test
  void logIsPlainTextWithTheOptionsTheKubeletReads() throws Exception {
    HttpResponse<String> all = send("GET", log(""), null);
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(all.body())
        .isEqualTo(
            """
            dslab: container agent started (image agent:1, restart 0)
            one
            two
            dslab: container agent is ready
            """);
    assertThat(send("GET", log("?tailLines=1&timestamps=true"), null).body())
        .isEqualTo("2025-01-01T00:00:02.000000000Z dslab: container agent is ready\n");
    assertThat(send("GET", log("?limitBytes=5&container=agent"), null).body()).isEqualTo("dslab");
    advance(Duration.ofSeconds(20));
    assertThat(send("GET", log("?sinceSeconds=10"), null).body()).isEmpty();
    assertThat(send("GET", log("?sinceTime=2025-01-01T00:00:02Z"), null).body()).hasLineCount(4);
    assertThat(send("GET", log("?sinceTime=2025-01-01T00:00:03Z"), null).body()).isEmpty();
    HttpResponse<String> both =
        send("GET", log("?sinceTime=2025-01-01T00:00:03Z&sinceSeconds=5"), null);
    assertThat(both.statusCode()).isEqualTo(422);
    assertThat(both.body())
        .contains("at most one of `sinceTime` or `sinceSeconds` may be specified");
    assertThat(send("GET", log("?sinceTime=yesterday"), null).statusCode()).isEqualTo(400);
  }

  @Test
  void refusalsAreStatusObjectsWithTheApiServersAndKubeletsWords() throws Exception {
    HttpResponse<String> previous = send("GET", log("?previous=true"), null);
    assertThat(previous.statusCode()).isEqualTo(400);
    assertThat(previous.body())
        .contains("\"reason\":\"BadRequest\"")
        .contains(
            "\"message\":\"previous terminated container \\\"agent\\\" in pod \\\""
                + pod
                + "\\\" not found\"");
    HttpResponse<String> wrong = send("GET", log("?container=nope"), null);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("container nope is not valid for pod " + pod);
    HttpResponse<String> missing = send("GET", "/api/v1/namespaces/default/pods/nope/log", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("pods \\\"nope\\\" not found");
    HttpResponse<String> negative = send("GET", log("?tailLines=-1"), null);
    assertThat(negative.statusCode()).isEqualTo(422);
    assertThat(negative.body()).contains("tailLines: Invalid value: -1");
    assertThat(send("POST", log(""), "{}").statusCode()).isEqualTo(405);
  }

  /** follow=true: chunks as the clock runs; the stream ends when the container exits. */
  @Test
  void followStreamsNewLinesAndEndsWhenTheContainerExits() throws Exception {
    HttpResponse<InputStream> r =
        http.send(
            request("GET", log("?follow=true&tailLines=1"), null),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      lines.add(in.readLine());
      advance(Duration.ofSeconds(30));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    }
    assertThat(lines)
        .containsExactly(
            "dslab: container agent is ready",
            "dslab: container agent exited with code 1 (Error) after 30s"
                + " (sim image --fail-after)");
  }

  @Test
  void execAttachAndPortForwardGetTheKubeletsStreamingDisabledAnswer() throws Exception {
    String base = "/api/v1/namespaces/default/pods/" + pod;
    for (String sub : List.of("exec?command=ls", "attach", "portforward?ports=80")) {
      HttpResponse<String> r = send("POST", base + "/" + sub, null);
      assertThat(r.statusCode()).as(sub).isEqualTo(404);
      assertThat(r.body())
          .as(sub)
          .startsWith("streaming method ")
          .contains("runs no processes")
          .doesNotContain(": ");
    }
    HttpResponse<String> missing =
        send("POST", "/api/v1/namespaces/default/pods/nope/exec?command=ls", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"kind\":\"Status\"");
  }

  @Test
  void discoveryListsThePodSubresourcesAsA132ServerDoes() throws Exception {
    String body = send("GET", "/api/v1", null).body();
    assertThat(body)
        .contains(
            "{\"kind\":\"PodExecOptions\",\"name\":\"pods/exec\",\"namespaced\":true,"
                + "\"singularName\":\"\",\"verbs\":[\"create\",\"get\"]}")
        .contains(
            "{\"kind\":\"Pod\",\"name\":\"pods/log\",\"namespaced\":true,"
                + "\"singularName\":\"\",\"verbs\":[\"get\"]}")
        .contains("\"name\":\"pods/attach\"")
        .contains("\"name\":\"pods/portforward\"");
  }
}
