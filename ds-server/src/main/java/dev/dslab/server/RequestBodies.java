package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.ManifestProblem;
import dev.dslab.yaml.ManifestReader;
import dev.dslab.yaml.ManifestWriter;
import dev.dslab.yaml.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's body, decoded: the raw bytes within the API server's limit, a JSON tree, or an object
 * of the request's kind in the request's namespace; and a tree (a patched object) decoded the same
 * way.
 */
final class RequestBodies {
  /** The API server's request body limit (3 MiB): larger bodies are refused with 413. */
  static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

  private final ResourceRequest request;

  RequestBodies(ResourceRequest request) {
    this.request = request;
  }

  /** The body's bytes: 413 past {@link #MAX_BODY_BYTES}. */
  byte[] bytes() throws IOException, BadRequest {
    try (InputStream in = request.exchange().getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new BadRequest(
            413, "RequestEntityTooLarge", "Request entity too large: limit is " + MAX_BODY_BYTES);
      }
      return bytes;
    }
  }

  /** The body as a JSON (or YAML) tree, or null when it is empty. */
  Object jsonOrNull() throws IOException, BadRequest {
    byte[] body = bytes();
    return body.length == 0 ? null : parseJson(body);
  }

  /** JSON is YAML: the tree reader takes either, with its limits against hostile documents. */
  static Object parseJson(byte[] body) throws BadRequest {
    try {
      return Trees.parseAny("request", new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw BadRequest.of("error decoding the request body: " + e.getMessage());
    }
  }

  /** The body as an object of the request's kind, in the request's namespace. */
  KubeObject object() throws IOException, BadRequest, ApiException {
    byte[] body = bytes();
    Map<String, Object> tree =
        ProtobufBodies.isProtobuf(body)
            ? ProtobufBodies.decode(body, request.resource())
            : jsonObjectOrNull(body);
    if (tree != null) {
      body = ManifestWriter.compactJson(withUrlKind(tree)).getBytes(StandardCharsets.UTF_8);
    }
    LoadResult loaded = ManifestReader.read("request", body);
    // a custom resource is no built-in kind: the path's resource says what it is
    if (!loaded.problemsButUnmapped().isEmpty()) {
      throw BadRequest.of(loaded.problemsButUnmapped().get(0).message());
    }
    if (loaded.all().size() != 1) {
      throw BadRequest.of("the request body must hold one object");
    }
    return inRequestNamespace(loaded.all().get(0).object());
  }

  /** A JSON or YAML body that is one object, or null (the manifest reader then says what it is). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObjectOrNull(byte[] body) {
    try {
      return parseJson(body) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    } catch (BadRequest e) {
      return null;
    }
  }

  /**
   * The body's apiVersion and kind, the URL's where it leaves them out (json.go Decode:
   * gvkWithDefaults); a kind other than the URL's gets handlers/rest.go transformDecodeError's 400.
   */
  private Map<String, Object> withUrlKind(Map<String, Object> tree) throws BadRequest {
    Resource resource = request.resource();
    String urlKind = resource.kind().kindName();
    Map<String, Object> filled = new LinkedHashMap<>(tree);
    Object apiVersion = tree.get("apiVersion");
    Object kind = tree.get("kind");
    if (apiVersion == null || "".equals(apiVersion)) {
      filled.put("apiVersion", resource.groupVersion());
    }
    if (kind == null || "".equals(kind)) {
      filled.put("kind", urlKind);
    } else if (!urlKind.equals(kind)) {
      String version = String.valueOf(filled.get("apiVersion"));
      version = version.substring(version.indexOf('/') + 1);
      String group = resource.group().isEmpty() ? "core" : resource.group().split("\\.")[0];
      throw ProtobufBodies.cannotBeHandled(
          String.valueOf(kind),
          version,
          urlKind,
          "converting ("
              + version
              + "."
              + kind
              + ") to ("
              + group
              + "."
              + urlKind
              + "): unknown conversion");
    }
    return filled;
  }

  /**
   * A tree the endpoint made (a patched object) as an object of the request's kind: Invalid when it
   * is none.
   */
  KubeObject decode(Map<String, Object> tree) throws ApiException {
    LoadResult loaded = ManifestReader.read("patch", ManifestWriter.compactJson(tree));
    List<ManifestProblem> problems = loaded.problemsButUnmapped();
    if (!problems.isEmpty() || loaded.all().size() != 1) {
      throw new ApiException(
          ApiException.Reason.Invalid,
          problems.isEmpty()
              ? "the patch did not give " + "one object"
              : problems.get(0).message());
    }
    return inRequestNamespace(loaded.all().get(0).object());
  }

  private KubeObject inRequestNamespace(KubeObject object) throws ApiException {
    Resource resource = request.resource();
    if (!object.kind().equals(resource.kind().kindName())
        || !object.apiVersion().equals(resource.groupVersion())) {
      throw new ApiException(
          ApiException.Reason.BadRequest,
          "the API version in the data ("
              + object.apiVersion()
              + ") does not match the expected API version ("
              + resource.groupVersion()
              + ")");
    }
    if (!resource.kind().namespaced()) {
      return object;
    }
    String ns = object.metadata().namespace();
    String pathNamespace = request.path().namespace();
    if (ns != null && !ns.isEmpty() && pathNamespace != null && !ns.equals(pathNamespace)) {
      throw new ApiException(
          ApiException.Reason.BadRequest,
          "the namespace of the provided object does not match the namespace sent on the request");
    }
    return ns == null || ns.isEmpty()
        ? object.withMetadata(object.metadata().withNamespace(pathNamespace))
        : object;
  }
}
