package dev.dslab.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The OpenAPI documents, as pure functions of what is served: {@code /openapi/v2} (paths and
 * definitions) and each group version's {@code /openapi/v3/...} document (paths and {@code
 * components.schemas}). Schemas are Kubernetes v1.32's published ones ({@link OpenApiSchemas}) for
 * the built-in kinds, and each CRD's openAPIV3Schema for its kind, completed as
 * apiextensions-apiserver's controller/openapi/builder (buildKubeNative, buildListSchema) does.
 * kubectl explains with them and builds strategic merge patches from their {@code
 * x-kubernetes-patch-*} extensions; the {@code fieldValidation} parameter on writes tells it to
 * leave validation to the server.
 */
final class OpenApi {
  private OpenApi() {}

  /** The v3 spelling of a reference to a schema. */
  static final String V3_REF = "#/components/schemas/";

  /**
   * What the documents are made of.
   *
   * @param resources what the cluster serves now, built-in then custom
   * @param customSchemas the openAPIV3Schema of each custom resource that has one
   */
  record Served(List<Resource> resources, Map<Resource, Object> customSchemas) {
    Served {
      resources = List.copyOf(resources);
      customSchemas = Map.copyOf(customSchemas);
    }
  }

  /** {@code api/v1} or {@code apis/GROUP/VERSION}: the path of a group version's document. */
  static String groupVersionPath(String group, String version) {
    return group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
  }

  /** Every group version's document path, in discovery's order. */
  static List<String> groupVersionPaths(List<Resource> resources) {
    List<String> paths = new ArrayList<>();
    for (String group : Resource.groups(resources)) {
      for (String version : Resource.versionsOf(resources, group)) {
        paths.add(groupVersionPath(group, version));
      }
    }
    return paths;
  }

  /** The resources of the group version at {@code groupVersionPath}; empty when not served. */
  static List<Resource> resourcesAt(String groupVersionPath, List<Resource> resources) {
    return resources.stream()
        .filter(r -> groupVersionPath(r.group(), r.version()).equals(groupVersionPath))
        .toList();
  }

  /** GET /openapi/v3/api/v1 or /openapi/v3/apis/apps/v1; null when not served. */
  static Map<String, Object> v3Document(String groupVersionPath, Served served) {
    List<Resource> here = resourcesAt(groupVersionPath, served.resources());
    if (here.isEmpty()) {
      return null;
    }
    Map<String, Object> definitions = definitionsFor(here, served);
    Map<String, Object> schemas = new LinkedHashMap<>();
    definitions.forEach((name, schema) -> schemas.put(name, v3Definition(name, schema)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.0");
    doc.put("info", info());
    doc.put("paths", paths(here, false));
    doc.put("components", Map.of("schemas", schemas));
    return doc;
  }

  /** GET /openapi/v2: every served resource's paths and definitions in one document. */
  static Map<String, Object> v2Document(Served served) {
    Map<String, Object> definitions = new LinkedHashMap<>();
    definitionsFor(served.resources(), served)
        .forEach((name, schema) -> definitions.put(name, v2Only(schema)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("swagger", "2.0");
    doc.put("info", info());
    doc.put("paths", paths(served.resources(), true));
    doc.put("definitions", definitions);
    return doc;
  }

  private static Map<String, Object> info() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Kubernetes");
    info.put("version", Discovery.version().get("gitVersion"));
    return info;
  }

  /**
   * The v2 definitions (refs {@code #/definitions/NAME}) that {@code resources} need: each kind's
   * and its list's, the meta kinds the paths use, and everything they reach; sorted by name.
   */
  static Map<String, Object> definitionsFor(List<Resource> resources, Served served) {
    Map<String, Object> all = new LinkedHashMap<>(OpenApiSchemas.definitions());
    List<String> roots = new ArrayList<>(OpenApiSchemas.META_ROOTS);
    for (Resource r : resources) {
      String kind = r.kind().apiResource().kind();
      if (r.kind().custom()) {
        String name = customName(r, kind);
        all.put(name, CustomSchemas.kind(r, kind, served.customSchemas().get(r)));
        all.put(name + "List", CustomSchemas.list(r, kind, name));
        roots.add(name);
        roots.add(name + "List");
      } else {
        OpenApiSchemas.nameOf(r.group(), r.version(), kind).ifPresent(roots::add);
        OpenApiSchemas.nameOf(r.group(), r.version(), kind + "List").ifPresent(roots::add);
      }
    }
    SortedSet<String> names = OpenApiSchemas.closure(all, roots, OpenApiSchemas.V2_REF);
    Map<String, Object> out = new LinkedHashMap<>();
    names.forEach(n -> out.put(n, all.get(n)));
    return out;
  }

  /** A CRD kind's schema name: its group reversed, its version, its kind (com.example.v1.Foo). */
  static String customName(Resource r, String kind) {
    List<String> parts = new ArrayList<>(List.of(r.group().split("\\.")));
    java.util.Collections.reverse(parts);
    return String.join(".", parts) + "." + r.version() + "." + kind;
  }

  /**
   * The two types whose v3 schema is not their v2 one: v2 has no {@code oneOf}, so there they are
   * strings, while their OpenAPIV3OneOfTypes (apimachinery's pkg/api/resource/quantity.go and
   * pkg/util/intstr/intstr.go) make them {@code oneOf}s in v3 (and kubectl explain then names them:
   * {@code <map[string]Quantity>}, {@code <IntOrString>}).
   */
  private static final Map<String, List<String>> V3_ONE_OF_TYPES =
      Map.of(
          "io.k8s.apimachinery.pkg.api.resource.Quantity", List.of("string", "number"),
          "io.k8s.apimachinery.pkg.util.intstr.IntOrString", List.of("integer", "string"));

  /** A definition as the v3 documents publish it. */
  static Object v3Definition(String name, Object schema) {
    List<String> oneOf = V3_ONE_OF_TYPES.get(name);
    if (oneOf == null || !(schema instanceof Map<?, ?> m)) {
      return toV3(schema);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (!"type".equals(k)) {
            out.put(String.valueOf(k), v);
          }
        });
    out.put("oneOf", oneOf.stream().map(t -> Map.of("type", t)).toList());
    return out;
  }

  /**
   * A v2 schema written the v3 way: refs point into {@code components.schemas}, and a ref with
   * siblings (a description, say) is wrapped in {@code allOf}, since a v3 {@code $ref} ignores its
   * siblings (kube-openapi's v3 builder does the same).
   */
  static Object toV3(Object node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (m.get("$ref") instanceof String ref && ref.startsWith(OpenApiSchemas.V2_REF)) {
        Map<String, Object> to =
            Map.of("$ref", V3_REF + ref.substring(OpenApiSchemas.V2_REF.length()));
        if (m.size() == 1) {
          return to;
        }
        out.put("allOf", List.of(to));
      }
      m.forEach(
          (k, v) -> {
            if (!"$ref".equals(k) || !out.containsKey("allOf")) {
              out.put(String.valueOf(k), toV3(v));
            }
          });
      return out;
    }
    if (node instanceof List<?> l) {
      return l.stream().map(OpenApi::toV3).toList();
    }
    return node;
  }

  /**
   * A schema without what OpenAPI v2 cannot say (a CRD's {@code nullable}, {@code oneOf}, {@code
   * anyOf}, {@code not}), as apiextensions-apiserver's v2 conversion drops them.
   */
  static Object v2Only(Object node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach(
          (k, v) -> {
            if (!List.of("nullable", "oneOf", "anyOf", "not").contains(String.valueOf(k))) {
              out.put(String.valueOf(k), "properties".equals(k) ? properties(v) : v2Only(v));
            }
          });
      return out;
    }
    if (node instanceof List<?> l) {
      return l.stream().map(OpenApi::v2Only).toList();
    }
    return node;
  }

  /** Property names are never keywords: only their schemas are cleaned. */
  private static Object properties(Object props) {
    if (!(props instanceof Map<?, ?> m)) {
      return props;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v2Only(v)));
    return out;
  }

  private static Map<String, Object> paths(List<Resource> resources, boolean v2) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Resource r : resources) {
      String prefix =
          "/"
              + groupVersionPath(r.group(), r.version())
              + (r.kind().namespaced() ? "/namespaces/{namespace}/" : "/")
              + r.plural();
      Map<String, Object> gvk = new LinkedHashMap<>();
      gvk.put("group", r.group());
      gvk.put("version", r.version());
      gvk.put("kind", r.kind().apiResource().kind());
      Map<String, Object> collection = new LinkedHashMap<>();
      collection.put("get", operation("list", gvk, false, v2));
      collection.put("post", operation("post", gvk, true, v2));
      paths.put(prefix, collection);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("get", operation("get", gvk, false, v2));
      item.put("put", operation("put", gvk, true, v2));
      Map<String, Object> patch = operation("patch", gvk, true, v2);
      List<String> patchTypes = patchTypes(r);
      if (v2) {
        patch.put("consumes", patchTypes);
      } else {
        Map<String, Object> content = new LinkedHashMap<>();
        patchTypes.forEach(
            t -> content.put(t, Map.of("schema", Map.of("$ref", V3_REF + OpenApiSchemas.PATCH))));
        patch.put("requestBody", Map.of("content", content, "required", true));
      }
      item.put("patch", patch);
      item.put("delete", operation("delete", gvk, false, v2));
      paths.put(prefix + "/{name}", item);
    }
    return paths;
  }

  /**
   * The patch types a resource's PATCH consumes, as the API server lists them: a custom resource
   * has no strategic merge patch (kubectl then sends a JSON merge patch), a built-in one has, and
   * kubectl's apply builds it from these schemas (patcher.go, gvkSupportsPatchOpenAPIV3).
   */
  static List<String> patchTypes(Resource r) {
    return r.kind().custom()
        ? List.of(
            "application/apply-patch+yaml",
            "application/json-patch+json",
            "application/merge-patch+json")
        : List.of(
            "application/apply-patch+yaml",
            "application/json-patch+json",
            "application/merge-patch+json",
            "application/strategic-merge-patch+json");
  }

  private static Map<String, Object> operation(
      String action, Map<String, Object> gvk, boolean writes, boolean v2) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("x-kubernetes-action", action);
    op.put("x-kubernetes-group-version-kind", gvk);
    if (writes) {
      Map<String, Object> param = new LinkedHashMap<>();
      param.put("name", "fieldValidation");
      param.put("in", "query");
      if (v2) {
        param.put("type", "string");
        param.put("uniqueItems", true);
      } else {
        param.put("schema", Map.of("type", "string", "uniqueItems", true));
      }
      op.put("parameters", List.of(param));
    }
    op.put("responses", Map.of("200", Map.of("description", "OK")));
    return op;
  }
}
