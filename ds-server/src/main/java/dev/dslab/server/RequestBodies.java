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

  /**
   * An apply patch as a tree: a YAML (or JSON) document whose failures are said as patch.go's
   * applyPatcher says them, in sigs.k8s.io/yaml's words (it converts YAML to JSON with go-yaml).
   */
  static Object parseApplyPatch(byte[] body) throws BadRequest {
    try {
      return Trees.parseAny("patch", new String(body, StandardCharsets.UTF_8));
    } catch (Trees.Unreadable e) {
      throw BadRequest.of(
          "error decoding YAML: error converting YAML to JSON: yaml: line "
              + Math.max(1, e.line())
              + ": "
              + GoWords.yamlProblem(e.problem()));
    }
  }

  /** The body as an object of the request's kind, in the request's namespace. */
  KubeObject object() throws IOException, BadRequest, ApiException {
    byte[] body = bytes();
    Map<String, Object> tree =
        ProtobufBodies.isProtobuf(body)
            ? ProtobufBodies.decode(body, request.resource())
            : jsonObjectOrUnrecognized(body);
    Map<String, Object> sent = withUrlKind(tree);
    body = ManifestWriter.compactJson(sent).getBytes(StandardCharsets.UTF_8);
    LoadResult loaded = ManifestReader.read("request", body);
    // a custom resource is no built-in kind: the path's resource says what it is
    if (!loaded.problemsButUnmapped().isEmpty()) {
      String kind = String.valueOf(sent.get("kind"));
      String apiVersion = String.valueOf(sent.get("apiVersion"));
      // the decoder's failure, as transformDecodeError words it with the body's kind
      throw ProtobufBodies.cannotBeHandled(
          kind,
          apiVersion.substring(apiVersion.indexOf('/') + 1),
          request.resource().kind().kindName(),
          decodingError(loaded.problemsButUnmapped()));
    }
    if (loaded.all().size() != 1) {
      throw BadRequest.of("the request body must hold one object");
    }
    return inRequestNamespace(loaded.all().get(0).object());
  }

  /**
   * A JSON or YAML body that is one object; one that is empty, cannot be read, or is no object,
   * gets the 400 of the API server's JSON serializer, which first looks for the body's kind
   * (meta.Interpret) and fails there: handlers/rest.go transformDecodeError.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> jsonObjectOrUnrecognized(byte[] body) throws BadRequest {
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw ProtobufBodies.unrecognized(
          request.resource().kind().kindName(),
          "couldn't get version/kind; json parse error: unexpected end of JSON input",
          body);
    }
    Object tree;
    try {
      tree = Trees.parseAny("request", new String(body, StandardCharsets.UTF_8));
    } catch (Trees.Unreadable e) {
      throw ProtobufBodies.unrecognized(
          request.resource().kind().kindName(),
          "couldn't get version/kind; json parse error: " + GoWords.jsonProblem(e.problem()),
          body);
    }
    if (tree instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw ProtobufBodies.unrecognized(
        request.resource().kind().kindName(),
        "couldn't get version/kind; json parse error: json: cannot unmarshal "
            + GoWords.jsonType(tree)
            + " into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\";"
            + " Kind string \"json:\\\"kind,omitempty\\\"\" }",
        body);
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
      throw kindMismatch(String.valueOf(kind), String.valueOf(filled.get("apiVersion")));
    }
    return filled;
  }

  /**
   * A body of another kind than the URL's: the versioning decoder cannot convert it into the URL's
   * type, and transformDecodeError says so with the kind the body named.
   */
  private BadRequest kindMismatch(String kind, String apiVersion) {
    Resource resource = request.resource();
    String urlKind = resource.kind().kindName();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    String group = resource.group().isEmpty() ? "core" : resource.group().split("\\.")[0];
    return ProtobufBodies.cannotBeHandled(
        kind,
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

  /**
   * A tree the endpoint made (a patched object) as an object of the request's kind: Invalid when it
   * is none.
   */
  KubeObject decode(Map<String, Object> tree) throws ApiException {
    LoadResult loaded = ManifestReader.read("patch", ManifestWriter.compactJson(tree));
    List<ManifestProblem> problems = loaded.problemsButUnmapped();
    if (!problems.isEmpty()) {
      // patch.go: the patched object is decoded as a body is, unknown fields refused (Strict)
      throw new ApiException(ApiException.Reason.BadRequest, decodingError(problems));
    }
    if (loaded.all().size() != 1) {
      throw new ApiException(ApiException.Reason.Invalid, "the patch did not give one object");
    }
    return inRequestNamespace(loaded.all().get(0).object());
  }

  /**
   * Why a body did not decode: unknown fields as the API server's strict decoding lists them
   * (fieldValidation=Strict, which kubectl sends and this server always applies: {@code strict
   * decoding error: unknown field "spec.foo", unknown field "spec.bar"}); another fault with the
   * field it is in.
   */
  static String decodingError(List<ManifestProblem> problems) {
    List<String> unknown =
        problems.stream()
            .filter(p -> p.message().startsWith("unknown field") && p.field() != null)
            .map(p -> "unknown field \"" + p.field() + "\"")
            .toList();
    if (!unknown.isEmpty()) {
      return "strict decoding error: " + String.join(", ", unknown);
    }
    ManifestProblem first = problems.get(0);
    return first.field() == null || first.message().contains("\"" + first.field() + "\"")
        ? first.message()
        : first.field() + ": " + first.message();
  }

  private KubeObject inRequestNamespace(KubeObject object) throws ApiException {
    Resource resource = request.resource();
    if (!object.kind().equals(resource.kind().kindName())
        && object.apiVersion().equals(resource.groupVersion())) {
      BadRequest mismatch = kindMismatch(object.kind(), object.apiVersion());
      throw new ApiException(ApiException.Reason.BadRequest, mismatch.getMessage());
    }
    if (!object.apiVersion().equals(resource.groupVersion())) {
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
