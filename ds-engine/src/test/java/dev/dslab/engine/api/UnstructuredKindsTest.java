package dev.dslab.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Cluster;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnstructuredKindsTest {
  private final Cluster cluster = new Cluster(1);
  private final ApiServer api = cluster.api();

  private static Unstructured object(
      String apiVersion, String kind, ObjectMeta meta, Map<String, Object> content) {
    return new Unstructured(apiVersion, kind, meta, new TreeMap<>(content));
  }

  private static Unstructured configMap(String namespace, String name, String level) {
    return object(
        "v1",
        "ConfigMap",
        ObjectMeta.named(namespace, name),
        Map.of("data", Map.of("level", level)));
  }

  @Test
  void aConfigMapIsStoredAsSentWithTheMetadataTheServerSets() throws ApiException {
    Unstructured created = api.create(configMap("default", "settings", "debug"));

    assertThat(created.metadata().uid()).isNotEmpty();
    assertThat(created.metadata().resourceVersion()).isNotEmpty();
    assertThat(created.metadata().creationTimestamp()).isEqualTo(cluster.clock().now());
    assertThat(created.metadata().generation()).isZero();
    assertThat(created.get("data", "level")).isEqualTo("debug");
    Kind cm = Kind.find("v1", "ConfigMap").orElseThrow();
    assertThat(api.store().<Unstructured>get(cm, "default", "settings")).contains(created);
  }

  @Test
  void aNamespacedKindGoesToTheDefaultNamespaceWhichMustExist() throws ApiException {
    Unstructured sa = object("v1", "ServiceAccount", ObjectMeta.named("agent"), Map.of());
    assertThat(api.create(sa).metadata().namespace()).isEqualTo("default");

    assertThatThrownBy(() -> api.create(configMap("nowhere", "x", "1")))
        .isInstanceOf(ApiException.class)
        .hasMessage("namespaces \"nowhere\" not found");
  }

  @Test
  void aClusterScopedKindLosesTheNamespaceItWasSent() throws ApiException {
    Unstructured role =
        object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            ObjectMeta.named("default", "agent"),
            Map.of("rules", java.util.List.of()));

    Unstructured created = api.create(role);

    assertThat(created.metadata().namespace()).isNull();
    assertThat(ObjectKey.of(created).namespace()).isEmpty();
  }

  @Test
  void aBadNameOrLabelIsRefusedWithTheApiServersMessage() {
    assertThatThrownBy(() -> api.create(configMap("default", "Bad_Name", "1")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.kubectlMessage())
                    .startsWith(
                        "The ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value:"
                            + " \"Bad_Name\": a lowercase RFC 1123 subdomain"));
    Unstructured labelled =
        configMap("default", "ok", "1")
            .withMetadata(ObjectMeta.named("default", "ok").withLabels(Map.of("a b", "c")));
    assertThatThrownBy(() -> api.create(labelled))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.kubectlMessage()).contains("metadata.labels: Invalid value: \"a b\""));
  }

  @Test
  void kindsWithAGenerationStartAtOneAndCountChangesButNotMetadata() throws ApiException {
    Unstructured deployment =
        object(
            "apps/v1",
            "StatefulSet",
            ObjectMeta.named("default", "web"),
            Map.of("spec", Map.of("replicas", 1L)));
    Unstructured created = api.create(deployment);
    assertThat(created.metadata().generation()).isEqualTo(1);

    Unstructured relabelled =
        api.update(created.withMetadata(created.metadata().withLabels(Map.of("a", "b"))));
    assertThat(relabelled.metadata().generation()).isEqualTo(1);

    Unstructured scaled =
        api.update(
            object(
                "apps/v1",
                "StatefulSet",
                relabelled.metadata(),
                Map.of("spec", Map.of("replicas", 3L))));
    assertThat(scaled.metadata().generation()).isEqualTo(2);
    assertThat(scaled.get("spec", "replicas")).isEqualTo(3L);
    assertThat(scaled.metadata().uid()).isEqualTo(created.metadata().uid());
  }

  @Test
  void anExistingObjectIsAConflictAndADeletedOneIsGone() throws ApiException {
    api.create(configMap("default", "settings", "debug"));
    assertThatThrownBy(() -> api.create(configMap("default", "settings", "info")))
        .isInstanceOf(ApiException.class)
        .hasMessage("configmaps \"settings\" already exists");

    Kind cm = Kind.find("v1", "ConfigMap").orElseThrow();
    api.delete(cm, "default", "settings", DeleteOptions.DEFAULT);

    assertThat(api.store().get(cm, "default", "settings")).isEmpty();
    assertThatThrownBy(() -> api.delete(cm, "default", "settings", DeleteOptions.DEFAULT))
        .isInstanceOf(ApiException.class)
        .hasMessage("configmaps \"settings\" not found");
  }
}
