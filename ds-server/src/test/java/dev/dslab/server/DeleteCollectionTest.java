package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DELETE of a collection, as upstream's registry Store.DeleteCollection answers it
 * (k8s.io/apiserver/pkg/registry/generic/registry/store.go): the selected objects deleted, the list
 * of them returned.
 */
class DeleteCollectionTest {
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

  private Map<String, Object> send(String method, String path, String body, int code)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(code);
    return Trees.parse("response", r.body());
  }

  private int configMaps(String namespace) throws Exception {
    return endpoint.engine().call(c -> c.store().list(Kind.CONFIG_MAP, namespace).size());
  }

  private void configMap(String name, String tier) throws Exception {
    send(
        "POST",
        "/api/v1/namespaces/default/configmaps",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\""
            + name
            + "\",\"labels\":{\"tier\":\""
            + tier
            + "\"}}}",
        201);
  }

  @Test
  void theSelectedObjectsAreDeletedAndReturnedAsAList() throws Exception {
    configMap("a", "web");
    configMap("b", "web");
    configMap("c", "db");
    int before = configMaps("default");
    Map<String, Object> deleted =
        send("DELETE", "/api/v1/namespaces/default/configmaps?labelSelector=tier%3Dweb", null, 200);
    assertThat(deleted).containsEntry("kind", "ConfigMapList");
    assertThat(((List<?>) deleted.get("items")).toString()).contains("name=a").contains("name=b");
    assertThat(((List<?>) deleted.get("items"))).hasSize(2);
    assertThat(configMaps("default")).isEqualTo(before - 2);
  }

  @Test
  void aDryRunDeletesNothingAndAResourceWithoutTheVerbIs405() throws Exception {
    configMap("a", "web");
    int before = configMaps("default");
    Map<String, Object> dry =
        send("DELETE", "/api/v1/namespaces/default/configmaps?dryRun=All", null, 200);
    assertThat(((List<?>) dry.get("items"))).hasSize(before);
    assertThat(configMaps("default")).isEqualTo(before);
    send("DELETE", "/api/v1/namespaces", null, 405);
  }
}
