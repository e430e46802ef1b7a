package dev.dslab.engine.crd;

import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** CustomResourceDefinitions and custom resources for the tests, as manifests would send them. */
final class Definitions {
  private Definitions() {}

  static final Map<String, Object> OBJECT_SCHEMA =
      Map.of(
          "type",
          "object",
          "properties",
          Map.of(
              "spec",
              Map.of(
                  "type",
                  "object",
                  "properties",
                  Map.of(
                      "cronSpec",
                      Map.of("type", "string"),
                      "replicas",
                      Map.of("type", "integer")))));

  /** The CronTab CRD of the Kubernetes docs: stable.example.com/v1, namespaced, short name ct. */
  static Unstructured cronTabs() {
    return definition(
        "stable.example.com",
        "crontabs",
        "CronTab",
        "Namespaced",
        List.of("ct"),
        version("v1", true, true, OBJECT_SCHEMA));
  }

  static Map<String, Object> version(
      String name, boolean served, boolean storage, Map<String, Object> schema) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", name);
    v.put("served", served);
    v.put("storage", storage);
    if (schema != null) {
      v.put("schema", Map.of("openAPIV3Schema", schema));
    }
    return v;
  }

  @SafeVarargs
  static Unstructured definition(
      String group,
      String plural,
      String kind,
      String scope,
      List<String> shortNames,
      Map<String, Object>... versions) {
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("plural", plural);
    names.put("singular", kind.toLowerCase());
    names.put("kind", kind);
    names.put("listKind", kind + "List");
    names.put("shortNames", shortNames);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("group", group);
    spec.put("scope", scope);
    spec.put("names", names);
    spec.put("versions", new ArrayList<>(List.of(versions)));
    return new Unstructured(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        ObjectMeta.named(plural + "." + group),
        new TreeMap<>(Map.of("spec", spec)));
  }

  static Unstructured with(Unstructured o, String field, Object value) {
    TreeMap<String, Object> content = new TreeMap<>(o.content());
    content.put(field, value);
    return new Unstructured(o.apiVersion(), o.kind(), o.metadata(), content);
  }

  static Unstructured cronTab(String namespace, String name, String cronSpec) {
    return new Unstructured(
        "stable.example.com/v1",
        "CronTab",
        ObjectMeta.named(namespace, name),
        new TreeMap<>(Map.of("spec", Map.of("cronSpec", cronSpec))));
  }
}
