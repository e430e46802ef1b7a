package dev.dslab.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Kubernetes v1.32's published schemas (the {@code definitions} of kubernetes/kubernetes'
 * api/openapi-spec/swagger.json at v1.32.0, trimmed to what this server serves: see
 * openapi/SOURCE.md beside the resource). Read once per JVM, on the first OpenAPI request, so that
 * starting a server costs nothing for them.
 */
final class OpenApiSchemas {
  static final String RESOURCE = "openapi/definitions-v1.32.json.gz";

  /** The v2 spelling of a reference to a definition. */
  static final String V2_REF = "#/definitions/";

  /** The kinds every group version's document describes besides its resources (paths use them). */
  static final List<String> META_ROOTS =
      List.of(
          "io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList",
          "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions",
          "io.k8s.apimachinery.pkg.apis.meta.v1.Patch",
          "io.k8s.apimachinery.pkg.apis.meta.v1.Status",
          "io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent");

  static final String PATCH = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch";
  static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
  static final String LIST_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta";

  private OpenApiSchemas() {}

  private static final class Loaded {
    static final Map<String, Object> DEFINITIONS = read();
    static final Map<String, String> BY_GVK = indexByGroupVersionKind(DEFINITIONS);
  }

  /** The definitions by name, sorted; immutable trees of maps, lists and scalars. */
  static Map<String, Object> definitions() {
    return Loaded.DEFINITIONS;
  }

  /** The definition whose {@code x-kubernetes-group-version-kind} names exactly this kind. */
  static Optional<String> nameOf(String group, String version, String kind) {
    return Optional.ofNullable(Loaded.BY_GVK.get(group + "/" + version + "/" + kind));
  }

  private static Map<String, Object> read() {
    try (InputStream in = OpenApiSchemas.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses a {@code {"definitions": {...}}} document. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(InputStream json) throws IOException {
    Map<String, Object> doc = new ObjectMapper().readValue(json, Map.class);
    Object defs = doc.get("definitions");
    if (!(defs instanceof Map<?, ?> m)) {
      throw new IOException("no definitions object");
    }
    return java.util.Collections.unmodifiableMap(new TreeMap<>((Map<String, Object>) m));
  }

  /**
   * Definitions with one group-version-kind by it; those naming several (DeleteOptions, WatchEvent)
   * are found by name.
   */
  static Map<String, String> indexByGroupVersionKind(Map<String, Object> definitions) {
    Map<String, String> index = new LinkedHashMap<>();
    definitions.forEach(
        (name, schema) -> {
          if (schema instanceof Map<?, ?> m
              && m.get("x-kubernetes-group-version-kind") instanceof List<?> gvks
              && gvks.size() == 1
              && gvks.get(0) instanceof Map<?, ?> gvk) {
            index.put(gvk.get("group") + "/" + gvk.get("version") + "/" + gvk.get("kind"), name);
          }
        });
    return index;
  }

  /**
   * The names of {@code roots} and of every definition they reach through {@code $ref}s of the form
   * {@code prefix + name}, sorted; names absent from {@code definitions} are left out.
   */
  static SortedSet<String> closure(
      Map<String, Object> definitions, Collection<String> roots, String prefix) {
    SortedSet<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      Object schema = definitions.get(name);
      if (schema == null || !seen.add(name)) {
        continue;
      }
      collectRefs(schema, prefix, todo);
    }
    return seen;
  }

  private static void collectRefs(Object node, String prefix, Deque<String> into) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if ("$ref".equals(k) && v instanceof String ref && ref.startsWith(prefix)) {
              into.push(ref.substring(prefix.length()));
            } else {
              collectRefs(v, prefix, into);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectRefs(v, prefix, into));
    }
  }
}
