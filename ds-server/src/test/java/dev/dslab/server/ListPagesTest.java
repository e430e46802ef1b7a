package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lists in chunks as upstream's storage pages them (k8s.io/apiserver/pkg/storage/continue.go,
 * etcd3/store.go GetList): the pages add up to the whole list, read at the first page's
 * resourceVersion even when the cluster changed in between.
 */
class ListPagesTest {
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

  private record Reply(int code, Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata() {
      return (Map<String, Object>) body.get("metadata");
    }

    @SuppressWarnings("unchecked")
    List<String> names() {
      List<String> names = new ArrayList<>();
      for (Object item : (List<Object>) body.get("items")) {
        names.add(
            ((Map<String, Object>) ((Map<String, Object>) item).get("metadata"))
                .get("name")
                .toString());
      }
      return names;
    }
  }

  private Reply send(String method, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), Trees.parse("response", r.body()));
  }

  private static String encoded(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  @Test
  void pagesAddUpToTheWholeListWithTheRemainingCount() throws Exception {
    List<String> whole = send("GET", "/api/v1/pods").names();
    assertThat(whole).hasSizeGreaterThan(4);
    List<String> paged = new ArrayList<>();
    Reply page = send("GET", "/api/v1/pods?limit=2");
    assertThat(page.metadata()).containsEntry("remainingItemCount", whole.size() - 2);
    paged.addAll(page.names());
    while (page.metadata().get("continue") != null) {
      page =
          send(
              "GET",
              "/api/v1/pods?limit=2&continue="
                  + encoded(page.metadata().get("continue").toString()));
      assertThat(page.code()).isEqualTo(200);
      paged.addAll(page.names());
    }
    assertThat(page.metadata()).doesNotContainKey("remainingItemCount");
    assertThat(paged).isEqualTo(whole);
  }

  @Test
  void laterPagesReadTheFirstPagesSnapshot_etcd3GetListAtTheContinueRevision() throws Exception {
    Reply first = send("GET", "/api/v1/namespaces/kube-system/pods?limit=1");
    List<String> before = send("GET", "/api/v1/namespaces/kube-system/pods").names();
    String last = before.get(before.size() - 1);
    // the last pod goes away after the first page: the second page still lists it
    assertThat(send("DELETE", "/api/v1/namespaces/kube-system/pods/" + last).code()).isEqualTo(200);
    Reply rest =
        send(
            "GET",
            "/api/v1/namespaces/kube-system/pods?limit=500&continue="
                + encoded(first.metadata().get("continue").toString()));
    assertThat(rest.names()).contains(last);
    assertThat(rest.metadata().get("resourceVersion"))
        .isEqualTo(first.metadata().get("resourceVersion"));
  }

  @Test
  void aTokenOfAGoneRevisionIs410WithATokenThatGoesOn_handleCompactedErrorForPaging()
      throws Exception {
    String old =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"v\":\"meta.k8s.io/v1\",\"rv\":1,\"start\":\"kube-system/a\\u0000\"}"
                    .getBytes(StandardCharsets.UTF_8));
    Reply gone = send("GET", "/api/v1/pods?limit=2&continue=" + old);
    assertThat(gone.code()).isEqualTo(410);
    assertThat(gone.body()).containsEntry("reason", "Expired");
    assertThat(gone.body().get("message").toString())
        .startsWith("The provided continue parameter is too old to display a consistent list");
    Reply inconsistent =
        send(
            "GET",
            "/api/v1/pods?limit=2&continue=" + encoded(gone.metadata().get("continue").toString()));
    assertThat(inconsistent.code()).isEqualTo(200);
    assertThat(inconsistent.names()).isNotEmpty();
  }

  @Test
  void aTamperedTokenIs400AsDecodeContinueRefusesIt() throws Exception {
    Reply garbage = send("GET", "/api/v1/pods?limit=2&continue=not-a-token!");
    assertThat(garbage.code()).isEqualTo(400);
    assertThat(garbage.body().get("message").toString())
        .startsWith("invalid continue token: continue key is not valid");
    String otherVersion =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"v\":\"v1\",\"rv\":5,\"start\":\"a\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(send("GET", "/api/v1/pods?continue=" + otherVersion).body().get("message"))
        .isEqualTo(
            "invalid continue token: continue key is not valid: server does not recognize this"
                + " encoded version");
  }
}
