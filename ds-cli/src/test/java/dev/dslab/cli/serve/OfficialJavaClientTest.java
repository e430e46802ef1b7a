package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.util.Config;
import io.kubernetes.client.util.PatchUtils;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Kubernetes Java client (io.kubernetes:client-java) on the kubeconfig dsctl serve
 * writes, loaded exactly as written ({@link Config#fromConfig(String)}): TLS verified against the
 * CA it carries, the client certificate presented. It lists nodes, creates a DaemonSet, applies one
 * server-side (PatchUtils with apply YAML and a field manager), and a dry-run create stores
 * nothing.
 */
class OfficialJavaClientTest {
  @TempDir Path dir;

  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
          .orElseThrow();
  private ApiEndpoint endpoint;

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private ApiClient client() throws Exception {
    Path kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    return Config.fromConfig(kubeconfig.toString());
  }

  private static V1DaemonSet daemonSet(String name, String image) {
    Map<String, String> labels = Map.of("app", name);
    return new V1DaemonSet()
        .apiVersion("apps/v1")
        .kind("DaemonSet")
        .metadata(new V1ObjectMeta().name(name))
        .spec(
            new V1DaemonSetSpec()
                .selector(new V1LabelSelector().matchLabels(labels))
                .template(
                    new V1PodTemplateSpec()
                        .metadata(new V1ObjectMeta().labels(labels))
                        .spec(
                            new V1PodSpec()
                                .containers(List.of(new V1Container().name(name).image(image))))));
  }

  @Test
  void listsNodesOverTlsFromTheKubeconfigAsWritten() throws Exception {
    ApiClient client = client();
    assertThat(client.getBasePath()).startsWith("https://127.0.0.1:");
    assertThat(new CoreV1Api(client).listNode().execute().getItems())
        .extracting(V1Node::getMetadata)
        .extracting(V1ObjectMeta::getName)
        .containsExactly(
            "kind-multinodes-control-plane", "kind-multinodes-worker", "kind-multinodes-worker2");
  }

  @Test
  void createsADaemonSetAndADryRunCreateStoresNothing() throws Exception {
    AppsV1Api apps = new AppsV1Api(client());
    V1DaemonSet created =
        apps.createNamespacedDaemonSet("default", daemonSet("fluentd", "fluent/fluentd:v1.16"))
            .execute();
    assertThat(created.getMetadata().getUid()).isNotEmpty();
    assertThat(apps.readNamespacedDaemonSet("fluentd", "default").execute().getSpec().getTemplate())
        .extracting(t -> t.getSpec().getContainers().get(0).getImage())
        .isEqualTo("fluent/fluentd:v1.16");

    String versionBefore =
        apps.listNamespacedDaemonSet("default").execute().getMetadata().getResourceVersion();
    V1DaemonSet dry =
        apps.createNamespacedDaemonSet("default", daemonSet("dry", "busybox:1.36"))
            .dryRun("All")
            .execute();
    assertThat(dry.getMetadata().getName()).isEqualTo("dry");
    assertThat(apps.listNamespacedDaemonSet("default").execute().getItems())
        .extracting(d -> d.getMetadata().getName())
        .containsExactly("fluentd");
    assertThat(apps.listNamespacedDaemonSet("default").execute().getMetadata().getResourceVersion())
        .isEqualTo(versionBefore);
  }

  @Test
  void appliesADaemonSetServerSideWithAFieldManager() throws Exception {
    ApiClient client = client();
    AppsV1Api apps = new AppsV1Api(client);
    String yaml = KubectlTest.DS; // a tutorial's DaemonSet, %s its tag

    for (String version : List.of("v1.8.2", "v1.9.0")) {
      V1DaemonSet applied = apply(client, apps, "java-client-test", false, yaml.formatted(version));
      assertThat(applied.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
          .isEqualTo("prom/node-exporter:" + version);
    }
    assertThat(apps.readNamespacedDaemonSet("node-exporter", "default").execute().getMetadata())
        .extracting(V1ObjectMeta::getGeneration)
        .isEqualTo(2L);
    // the image belongs to java-client-test now: another manager conflicts unless it forces.
    // (client-java has dropped managedFields when reading since 22.0.0, kubernetes-client/java
    // issue 3995: ownership is proved by the conflict, not read back.)
    ApiException conflict =
        catchThrowableOfType(
            ApiException.class,
            () -> apply(client, apps, "other", false, yaml.formatted("v2.0.0")));
    assertThat(conflict.getCode()).isEqualTo(409);
    assertThat(conflict.getResponseBody())
        .contains(
            "Apply failed with 1 conflict: conflict with \\\"java-client-test\\\": .spec.template.spec.containers[name=\\\"node-exporter\\\"].image");
    assertThat(
            apply(client, apps, "other", true, yaml.formatted("v2.0.0"))
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getImage())
        .isEqualTo("prom/node-exporter:v2.0.0");
  }

  /** Server-side apply as the client's documentation shows it: PatchUtils with apply YAML. */
  private static V1DaemonSet apply(
      ApiClient client, AppsV1Api apps, String manager, boolean force, String yaml)
      throws ApiException {
    return PatchUtils.patch(
        V1DaemonSet.class,
        () ->
            apps.patchNamespacedDaemonSet("node-exporter", "default", new V1Patch(yaml))
                .fieldManager(manager)
                .force(force)
                .buildCall(null),
        V1Patch.PATCH_FORMAT_APPLY_YAML,
        client);
  }
}
