package dev.dslab.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds ds-server's openapi/definitions-v1.32.json.gz (see SOURCE.md beside it): reads the {@code
 * _definitions.json} that openapi2jsonschema made of Kubernetes v1.32.0's swagger.json, undoes its
 * two changes (an {@code enum} of the kind's name on every top-level kind's {@code kind} property;
 * IntOrString and Quantity written as {@code oneOf}s) and keeps the definitions that the built-in
 * resources this server serves and the meta kinds reach.
 *
 * <p>Run: {@code java -cp ... dev.dslab.server.TrimUpstreamDefinitions IN.json OUT.json.gz}.
 */
public final class TrimUpstreamDefinitions {
  private TrimUpstreamDefinitions() {}

  public static void main(String[] args) throws IOException {
    Map<String, Object> upstream;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      upstream = new LinkedHashMap<>(OpenApiSchemas.parse(in));
    }
    Map<String, Object> restored = restore(upstream);
    List<String> roots = new ArrayList<>(OpenApiSchemas.META_ROOTS);
    roots.add(OpenApiSchemas.OBJECT_META);
    roots.add(OpenApiSchemas.LIST_META);
    Map<String, String> byGvk = OpenApiSchemas.indexByGroupVersionKind(restored);
    for (Resource r : Resource.ALL) {
      String kind = r.kind().apiResource().kind();
      for (String k : List.of(kind, kind + "List")) {
        String name = byGvk.get(r.group() + "/" + r.version() + "/" + k);
        if (name == null) {
          System.err.println("no upstream schema for " + r.groupVersion() + " " + k);
        } else {
          roots.add(name);
        }
      }
    }
    SortedSet<String> kept = OpenApiSchemas.closure(restored, roots, OpenApiSchemas.V2_REF);
    Map<String, Object> trimmed = new TreeMap<>();
    kept.forEach(name -> trimmed.put(name, restored.get(name)));
    byte[] json = new ObjectMapper().writeValueAsBytes(Map.of("definitions", trimmed));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      out.write(json);
    }
    System.err.printf(
        "kept %d of %d definitions, %d bytes of JSON%n", kept.size(), upstream.size(), json.length);
  }

  /** The definitions as swagger.json has them, before openapi2jsonschema's changes. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> restore(Map<String, Object> converted) {
    Map<String, Object> restored = new TreeMap<>();
    converted.forEach(
        (name, schema) -> {
          Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) schema);
          if (s.containsKey("x-kubernetes-group-version-kind")
              && s.get("properties") instanceof Map<?, ?> props
              && props.get("kind") instanceof Map<?, ?> kind
              && kind.containsKey("enum")) {
            Map<String, Object> p = new LinkedHashMap<>((Map<String, Object>) props);
            Map<String, Object> k = new LinkedHashMap<>((Map<String, Object>) kind);
            k.remove("enum");
            p.put("kind", k);
            s.put("properties", p);
          }
          restored.put(name, s);
        });
    // swagger.json's IntOrString and Quantity are strings (the first with its format); the
    // conversion replaced them, descriptions included, by oneOfs.
    Map<String, Object> intOrString = new LinkedHashMap<>();
    intOrString.put("format", "int-or-string");
    intOrString.put("type", "string");
    restored.put("io.k8s.apimachinery.pkg.util.intstr.IntOrString", intOrString);
    restored.put("io.k8s.apimachinery.pkg.api.resource.Quantity", Map.of("type", "string"));
    return restored;
  }
}
