package dev.dslab.model.apiextensions;

import dev.dslab.model.meta.Unstructured;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API server's defaults for a CustomResourceDefinition (apiextensions v1 defaults.go,
 * SetDefaults_CustomResourceDefinitionSpec): the singular name is the kind in lower case, the list
 * kind the kind followed by List, and the conversion strategy None.
 */
public final class DefinitionDefaults {
  private DefinitionDefaults() {}

  public static Unstructured apply(Unstructured crd) {
    if (!(crd.get("spec") instanceof Map<?, ?> specTree)) {
      return crd;
    }
    Map<String, Object> spec = copy(specTree);
    if (spec.get("names") instanceof Map<?, ?> namesTree) {
      Map<String, Object> names = copy(namesTree);
      if (names.get("kind") instanceof String kind && !kind.isEmpty()) {
        if (!(names.get("singular") instanceof String s) || s.isEmpty()) {
          names.put("singular", kind.toLowerCase(Locale.ROOT));
        }
        if (!(names.get("listKind") instanceof String l) || l.isEmpty()) {
          names.put("listKind", kind + "List");
        }
      }
      spec.put("names", names);
    }
    if (spec.get("conversion") == null) {
      spec.put("conversion", Map.of("strategy", "None"));
    }
    TreeMap<String, Object> content = new TreeMap<>(crd.content());
    content.put("spec", spec);
    return new Unstructured(crd.apiVersion(), crd.kind(), crd.metadata(), content);
  }

  private static Map<String, Object> copy(Map<?, ?> tree) {
    Map<String, Object> out = new TreeMap<>();
    tree.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
