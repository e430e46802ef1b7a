package dev.dslab.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery documents: {@code /version}, {@code /api}, {@code /apis} and each group version's
 * resource list. Aggregated discovery (apidiscovery.k8s.io/v2) is not offered: to a client that
 * asks for it, the plain documents say so, and kubectl falls back to reading each group version.
 */
final class Discovery {
  private Discovery() {}

  /**
   * 1.33, though the catalog and the OpenAPI schemas are 1.32's: kubectl 1.32's autoscale asks a
   * 1.32 server for autoscaling/v1, which is not served (only v2, as kubectl's preferred version),
   * and a newer server for v2 first.
   */
  static Map<String, Object> version() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("major", "1");
    v.put("minor", "33");
    v.put("gitVersion", "v1.33.0-dslab");
    v.put("gitCommit", "daemonset-lab");
    v.put("gitTreeState", "clean");
    v.put("buildDate", "2025-01-01T00:00:00Z");
    v.put("goVersion", "go1.23.0");
    v.put("compiler", "gc");
    v.put("platform", "linux/amd64");
    return v;
  }

  static Map<String, Object> coreVersions(String serverAddress) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "APIVersions");
    m.put("versions", List.of("v1"));
    m.put(
        "serverAddressByClientCIDRs",
        List.of(Map.of("clientCIDR", "0.0.0.0/0", "serverAddress", serverAddress)));
    return m;
  }

  static Map<String, Object> groups(List<Resource> resources) {
    List<Object> groups = new ArrayList<>();
    for (String group : Resource.groups(resources)) {
      if (group.isEmpty()) {
        continue;
      }
      List<Object> versions = new ArrayList<>();
      for (String version : Resource.versionsOf(resources, group)) {
        versions.add(Map.of("groupVersion", group + "/" + version, "version", version));
      }
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("name", group);
      g.put("versions", versions);
      g.put("preferredVersion", versions.get(0));
      groups.add(g);
    }
    // the create-only review groups kubectl's auth commands post to
    for (String group : SelfReviews.groups()) {
      Map<String, Object> v = Map.of("groupVersion", group + "/v1", "version", "v1");
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("name", group);
      g.put("versions", List.of(v));
      g.put("preferredVersion", v);
      groups.add(g);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "APIGroupList");
    m.put("apiVersion", "v1");
    m.put("groups", groups);
    return m;
  }

  /** One group version's APIResourceList, or null when the group version is not served. */
  static Map<String, Object> resources(String group, String version, List<Resource> resources) {
    List<Object> list = new ArrayList<>();
    for (Resource r : resources) {
      if (!r.group().equals(group) || !r.version().equals(version)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.plural());
      m.put("singularName", r.singular());
      m.put("namespaced", r.kind().namespaced());
      m.put("kind", r.kind().apiResource().kind());
      m.put("verbs", r.verbs());
      if (!r.shortNames().isEmpty()) {
        m.put("shortNames", r.shortNames());
      }
      // kubectl get all, kubectl api-resources --categories
      if (!r.categories().isEmpty()) {
        m.put("categories", r.categories());
      }
      list.add(m);
      for (String sub : r.subresources()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", r.plural() + "/" + sub);
        s.put("singularName", "");
        s.put("namespaced", r.kind().namespaced());
        if (sub.equals("eviction")) {
          s.put("group", "policy");
          s.put("version", "v1");
          s.put("kind", "Eviction");
          s.put("verbs", List.of("create"));
        } else if (PodStreams.SUBRESOURCES.containsKey(sub)) {
          s.put("kind", PodStreams.SUBRESOURCES.get(sub).kind());
          s.put("verbs", PodStreams.SUBRESOURCES.get(sub).verbs());
        } else if (sub.equals(ScaleSubresource.NAME)) {
          s.put("group", "autoscaling");
          s.put("version", "v1");
          s.put("kind", "Scale");
          s.put("verbs", List.of("get", "patch", "update"));
        } else {
          s.put("kind", r.kind().kindName());
          s.put("verbs", List.of("get", "patch", "update"));
        }
        list.add(s);
      }
    }
    if (list.isEmpty()) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "APIResourceList");
    m.put("apiVersion", "v1");
    m.put("groupVersion", group.isEmpty() ? version : group + "/" + version);
    m.put("resources", list);
    return m;
  }
}
