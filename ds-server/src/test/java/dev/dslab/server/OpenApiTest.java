package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.ApiResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents: every served built-in kind has Kubernetes v1.32's schema, found by its
 * group-version-kind in its group version's document; every reference resolves within its document;
 * the documents and their hashes are the same for the same input, byte for byte, and change with
 * the CRDs served (kube-openapi's handler3 names a document by the hash of its bytes).
 */
class OpenApiTest {
  private static final OpenApi.Served BUILT_IN = new OpenApi.Served(Resource.ALL, Map.of());

  private static final Resource CRON_TABS =
      new Resource(
          Kind.custom(
              new ApiResource(
                  "CronTab",
                  "stable.example.com",
                  "v1",
                  "crontabs",
                  "crontab",
                  List.of("ct"),
                  true,
                  List.of(),
                  ApiResource.STORED_VERBS,
                  true)),
          "v1",
          "crontab",
          List.of("ct"),
          ApiResource.STORED_VERBS,
          List.of());

  private static final Map<String, Object> CRON_TAB_SCHEMA =
      Map.of(
          "type",
          "object",
          "properties",
          Map.of(
              "spec",
              Map.of(
                  "type",
                  "object",
                  "nullable",
                  true,
                  "properties",
                  Map.of("cronSpec", Map.of("type", "string")))));

  @Test
  void everyServedBuiltInKindHasItsSchemaWithItsGroupVersionKindInItsDocument() {
    List<String> missing = new ArrayList<>();
    for (Resource r : Resource.ALL) {
      Map<String, Object> doc =
          OpenApi.v3Document(OpenApi.groupVersionPath(r.group(), r.version()), BUILT_IN);
      String kind = r.kind().apiResource().kind();
      boolean found =
          schemas(doc).values().stream()
              .anyMatch(s -> hasGroupVersionKind(s, r.group(), r.version(), kind));
      if (!found) {
        missing.add(r.groupVersion() + " " + kind);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theDaemonSetSchemaIsUpstreamsWithItsPatchMetadata() {
    Map<String, Object> schemas = schemas(OpenApi.v3Document("apis/apps/v1", BUILT_IN));
    Map<?, ?> ds = (Map<?, ?>) schemas.get("io.k8s.api.apps.v1.DaemonSet");
    assertThat(ds.get("description"))
        .isEqualTo("DaemonSet represents the configuration of a daemon set.");
    Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) ds.get("properties")).get("spec");
    assertThat(spec.get("allOf"))
        .isEqualTo(
            List.of(Map.of("$ref", "#/components/schemas/io.k8s.api.apps.v1.DaemonSetSpec")));
    Map<?, ?> podSpec = (Map<?, ?>) schemas.get("io.k8s.api.core.v1.PodSpec");
    Map<?, ?> containers = (Map<?, ?>) ((Map<?, ?>) podSpec.get("properties")).get("containers");
    assertThat(containers.get("x-kubernetes-patch-merge-key")).isEqualTo("name");
    assertThat(containers.get("x-kubernetes-patch-strategy")).isEqualTo("merge");
    assertThat(containers.get("x-kubernetes-list-type")).isEqualTo("map");
    assertThat(containers.get("x-kubernetes-list-map-keys")).isEqualTo(List.of("name"));
    assertThat(schemas.get("io.k8s.apimachinery.pkg.util.intstr.IntOrString"))
        .isEqualTo(
            Map.of(
                "format",
                "int-or-string",
                "oneOf",
                List.of(Map.of("type", "integer"), Map.of("type", "string"))));
  }

  @Test
  void everyReferenceResolvesWithinItsDocument() {
    OpenApi.Served withCrd =
        new OpenApi.Served(
            plus(Resource.ALL, CRON_TABS), Map.of(CRON_TABS, (Object) CRON_TAB_SCHEMA));
    for (String gv : OpenApi.groupVersionPaths(withCrd.resources())) {
      Map<String, Object> doc = OpenApi.v3Document(gv, withCrd);
      Set<String> refs = new TreeSet<>();
      collectRefs(doc, refs);
      Set<String> unresolved = new TreeSet<>();
      for (String ref : refs) {
        if (!ref.startsWith(OpenApi.V3_REF)
            || !schemas(doc).containsKey(ref.substring(OpenApi.V3_REF.length()))) {
          unresolved.add(ref);
        }
      }
      assertThat(unresolved).as(gv).isEmpty();
    }
    Map<String, Object> v2 = OpenApi.v2Document(withCrd);
    Set<String> refs = new TreeSet<>();
    collectRefs(v2, refs);
    Map<?, ?> definitions = (Map<?, ?>) v2.get("definitions");
    assertThat(refs)
        .isNotEmpty()
        .allMatch(
            r ->
                r.startsWith(OpenApiSchemas.V2_REF)
                    && definitions.containsKey(r.substring(OpenApiSchemas.V2_REF.length())));
  }

  @Test
  void aCrdsSchemaIsPublishedAsTheApiServerCompletesIt() {
    OpenApi.Served withCrd =
        new OpenApi.Served(
            plus(Resource.ALL, CRON_TABS), Map.of(CRON_TABS, (Object) CRON_TAB_SCHEMA));
    Map<String, Object> schemas =
        schemas(OpenApi.v3Document("apis/stable.example.com/v1", withCrd));
    Map<?, ?> cronTab = (Map<?, ?>) schemas.get("com.example.stable.v1.CronTab");
    assertThat(hasGroupVersionKind(cronTab, "stable.example.com", "v1", "CronTab")).isTrue();
    Map<?, ?> props = (Map<?, ?>) cronTab.get("properties");
    assertThat(new TreeSet<Object>(props.keySet()))
        .containsExactly("apiVersion", "kind", "metadata", "spec");
    assertThat(((Map<?, ?>) props.get("metadata")).get("allOf"))
        .isEqualTo(
            List.of(
                Map.of(
                    "$ref",
                    "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")));
    assertThat(((Map<?, ?>) props.get("spec")).get("nullable")).isEqualTo(true);
    assertThat(
            hasGroupVersionKind(
                schemas.get("com.example.stable.v1.CronTabList"),
                "stable.example.com",
                "v1",
                "CronTabList"))
        .isTrue();
    // v2 cannot say nullable: the v2 document leaves it out, as the API server's v2 conversion does
    Map<?, ?> v2 =
        (Map<?, ?>)
            ((Map<?, ?>) OpenApi.v2Document(withCrd).get("definitions"))
                .get("com.example.stable.v1.CronTab");
    assertThat(((Map<?, ?>) ((Map<?, ?>) v2.get("properties")).get("spec")).containsKey("nullable"))
        .isFalse();
    // a custom resource's PATCH takes no strategic merge patch: kubectl sends a JSON merge patch
    assertThat(OpenApi.v3Document("apis/stable.example.com/v1", withCrd).get("paths").toString())
        .contains("application/merge-patch+json")
        .doesNotContain("strategic-merge-patch");
  }

  @Test
  void theSameInputGivesTheSameBytesAndHashAndACrdChangesTheHash() {
    OpenApiResponder.Document first =
        OpenApiResponder.encode(OpenApi.v3Document("apis/apps/v1", BUILT_IN));
    OpenApiResponder.Document again =
        OpenApiResponder.encode(
            OpenApi.v3Document("apis/apps/v1", new OpenApi.Served(Resource.ALL, Map.of())));
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.hash()).isEqualTo(first.hash()).matches("[0-9A-F]{128}");

    OpenApi.Served withCrd =
        new OpenApi.Served(
            plus(Resource.ALL, CRON_TABS), Map.of(CRON_TABS, (Object) CRON_TAB_SCHEMA));
    String v2Before = OpenApiResponder.encode(OpenApi.v2Document(BUILT_IN)).hash();
    String v2After = OpenApiResponder.encode(OpenApi.v2Document(withCrd)).hash();
    assertThat(v2After).isNotEqualTo(v2Before);
    assertThat(OpenApi.v3Document("apis/stable.example.com/v1", BUILT_IN)).isNull();
  }

  @Test
  void aGroupVersionNotServedHasNoDocument() {
    assertThat(OpenApi.v3Document("apis/apps/v1beta1", BUILT_IN)).isNull();
    assertThat(OpenApi.v3Document("apis/apps", BUILT_IN)).isNull();
    assertThat(OpenApi.v3Document("nonsense", BUILT_IN)).isNull();
  }

  private static List<Resource> plus(List<Resource> resources, Resource extra) {
    List<Resource> all = new ArrayList<>(resources);
    all.add(extra);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemas(Map<String, Object> doc) {
    return (Map<String, Object>) ((Map<?, ?>) doc.get("components")).get("schemas");
  }

  private static boolean hasGroupVersionKind(
      Object schema, String group, String version, String kind) {
    return schema instanceof Map<?, ?> m
        && m.get("x-kubernetes-group-version-kind") instanceof List<?> gvks
        && gvks.contains(Map.of("group", group, "version", version, "kind", kind));
  }

  private static void collectRefs(Object node, Set<String> into) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            // (JSONSchemaProps has a property named $ref: its schema is a map, not a reference)
            if ("$ref".equals(k) && v instanceof String ref) {
              into.add(ref);
            } else {
              collectRefs(v, into);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectRefs(v, into));
    }
  }
}
