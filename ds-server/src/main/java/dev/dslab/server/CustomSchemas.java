package dev.dslab.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom resource's published schemas, in v2 form (refs {@code #/definitions/}), as
 * apiextensions-apiserver's pkg/controller/openapi/builder/builder.go makes them: the CRD's
 * openAPIV3Schema with {@code metadata} an ObjectMeta and TypeMeta's {@code apiVersion} and {@code
 * kind} (buildKubeNative, addTypeMetaProperties), and a list kind (buildListSchema); both carry
 * their group-version-kind.
 */
final class CustomSchemas {
  private CustomSchemas() {}

  /** Where the standard descriptions are read: any built-in kind and list has the same ones. */
  private static final String SAMPLE_KIND = "io.k8s.api.apps.v1.DaemonSet";

  private static final String SAMPLE_LIST = "io.k8s.api.apps.v1.DaemonSetList";

  /**
   * The kind's schema; without an openAPIV3Schema just an object, so that kubectl assumes nothing
   * about its fields (builder.go's "only add properties if we have a schema").
   */
  static Map<String, Object> kind(Resource r, String kind, Object openApiV3Schema) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (openApiV3Schema instanceof Map<?, ?> given) {
      given.forEach((k, v) -> schema.put(String.valueOf(k), v));
      Map<String, Object> props = new LinkedHashMap<>();
      if (given.get("properties") instanceof Map<?, ?> p) {
        p.forEach((k, v) -> props.put(String.valueOf(k), v));
      }
      props.put("apiVersion", sampleProperty(SAMPLE_KIND, "apiVersion"));
      props.put("kind", sampleProperty(SAMPLE_KIND, "kind"));
      props.put("metadata", sampleProperty(SAMPLE_KIND, "metadata"));
      schema.put("properties", props);
      schema.putIfAbsent("type", "object");
    } else {
      schema.put("type", "object");
    }
    schema.put("x-kubernetes-group-version-kind", List.of(gvk(r, kind)));
    return schema;
  }

  /** The list kind's schema ({@code <Kind>List}). */
  static Map<String, Object> list(Resource r, String kind, String itemName) {
    Map<String, Object> items = new LinkedHashMap<>();
    items.put(
        "description",
        "List of "
            + r.plural()
            + ". More info: https://git.k8s.io/community/contributors/devel/api-conventions.md");
    items.put("items", Map.of("$ref", OpenApiSchemas.V2_REF + itemName));
    items.put("type", "array");
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("apiVersion", sampleProperty(SAMPLE_LIST, "apiVersion"));
    props.put("items", items);
    props.put("kind", sampleProperty(SAMPLE_LIST, "kind"));
    props.put("metadata", sampleProperty(SAMPLE_LIST, "metadata"));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", kind + "List is a list of " + kind);
    schema.put("properties", props);
    schema.put("required", List.of("items"));
    schema.put("type", "object");
    schema.put("x-kubernetes-group-version-kind", List.of(gvk(r, kind + "List")));
    return schema;
  }

  private static Map<String, Object> gvk(Resource r, String kind) {
    Map<String, Object> gvk = new LinkedHashMap<>();
    gvk.put("group", r.group());
    gvk.put("kind", kind);
    gvk.put("version", r.version());
    return gvk;
  }

  private static Object sampleProperty(String definition, String property) {
    Map<?, ?> sample = (Map<?, ?>) OpenApiSchemas.definitions().get(definition);
    return ((Map<?, ?>) sample.get("properties")).get(property);
  }
}
