package dev.dslab.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enough OpenAPI v3 for kubectl: each group version's paths with their operations, the resource's
 * group-version-kind and the {@code fieldValidation} query parameter on writes. Seeing it, kubectl
 * leaves validation to the server ({@code fieldValidation=Strict}, which this server always
 * applies: unknown fields are refused) instead of downloading schemas, and builds strategic merge
 * patches from its compiled-in types. There are no schemas here, and no OpenAPI v2.
 */
final class OpenApi {
  private OpenApi() {}

  /** GET /openapi/v3: where each group version's document is. */
  static Map<String, Object> root(List<Resource> resources) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (String group : Resource.groups(resources)) {
      for (String version : Resource.versionsOf(resources, group)) {
        String gv = group.isEmpty() ? "api/v1" : "apis/" + group + "/" + version;
        paths.put(gv, Map.of("serverRelativeURL", "/openapi/v3/" + gv + "?hash=" + HASH));
      }
    }
    return Map.of("paths", paths);
  }

  /** The documents do not change while the server runs: one hash for them all. */
  static final String HASH = "DSLAB0001";

  /** GET /openapi/v3/api/v1 or /openapi/v3/apis/apps/v1; null when not served. */
  static Map<String, Object> document(String groupVersionPath, List<Resource> resources) {
    String group;
    String version = "v1";
    if (groupVersionPath.equals("api/v1")) {
      group = "";
    } else if (groupVersionPath.startsWith("apis/") && groupVersionPath.lastIndexOf('/') > 5) {
      int slash = groupVersionPath.lastIndexOf('/');
      group = groupVersionPath.substring(5, slash);
      version = groupVersionPath.substring(slash + 1);
      if (!Resource.versionsOf(resources, group).contains(version)) {
        return null;
      }
    } else {
      return null;
    }
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Resource r : resources) {
      if (!r.group().equals(group) || !r.version().equals(version)) {
        continue;
      }
      String prefix =
          "/"
              + groupVersionPath
              + (r.kind().namespaced() ? "/namespaces/{namespace}/" : "/")
              + r.plural();
      Map<String, Object> gvk = new LinkedHashMap<>();
      gvk.put("group", r.group());
      gvk.put("version", r.version());
      gvk.put("kind", r.kind().apiResource().kind());
      Map<String, Object> collection = new LinkedHashMap<>();
      collection.put("get", operation("list", gvk, false));
      collection.put("post", operation("post", gvk, true));
      paths.put(prefix, collection);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("get", operation("get", gvk, false));
      item.put("put", operation("put", gvk, true));
      item.put("patch", operation("patch", gvk, true));
      item.put("delete", operation("delete", gvk, false));
      paths.put(prefix + "/{name}", item);
    }
    if (paths.isEmpty()) {
      return null;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.0");
    doc.put("info", Map.of("title", "DaemonSet Lab", "version", "v1.33.0-dslab"));
    doc.put("paths", paths);
    doc.put("components", Map.of("schemas", Map.of()));
    return doc;
  }

  private static Map<String, Object> operation(
      String action, Map<String, Object> gvk, boolean writes) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("x-kubernetes-action", action);
    op.put("x-kubernetes-group-version-kind", gvk);
    if (writes) {
      op.put(
          "parameters",
          List.of(
              Map.of(
                  "name",
                  "fieldValidation",
                  "in",
                  "query",
                  "schema",
                  Map.of("type", "string", "uniqueItems", true))));
    }
    op.put("responses", Map.of("200", Map.of("description", "OK")));
    return op;
  }
}
