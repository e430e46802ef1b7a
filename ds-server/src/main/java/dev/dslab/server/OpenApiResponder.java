package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serves {@code /openapi/v2}, {@code /openapi/v3} and the group versions' {@code /openapi/v3/...}
 * documents as kube-openapi's handlers do (pkg/handler/handler.go, pkg/handler3/handler.go): each
 * document's hash is a digest of its bytes (SHA-512, upper-case hex), the v3 root points at every
 * document with {@code ?hash=}, a request with the current hash is answered {@code Cache-Control:
 * public, immutable}, one with an old hash is redirected (301) to the current one, and an {@code
 * If-None-Match} with the ETag gets 304. Documents are built on first request and kept until what
 * the cluster serves changes (a CRD added, changed or removed), so their hashes change with it.
 */
final class OpenApiResponder {
  private static final String V3 = "/openapi/v3";

  /** What kubectl asks /openapi/v2 for. */
  static final String V2_PROTOBUF = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";

  private final Supplier<OpenApi.Served> served;
  private volatile Built built = new Built(null);

  /** A document's bytes and the hash that names them. */
  record Document(byte[] json, String hash) {}

  /** The documents of one {@link OpenApi.Served}, made as they are asked for. */
  private static final class Built {
    final OpenApi.Served input;
    final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();

    Built(OpenApi.Served input) {
      this.input = input;
    }

    Optional<Document> document(String key) {
      return documents.computeIfAbsent(
          key,
          k ->
              Optional.ofNullable(
                      k.equals("v2") ? OpenApi.v2Document(input) : OpenApi.v3Document(k, input))
                  .map(OpenApiResponder::encode));
    }
  }

  OpenApiResponder(Supplier<OpenApi.Served> served) {
    this.served = served;
  }

  /** What a cluster's registry serves, with the schema of each custom resource's version. */
  static OpenApi.Served served(KindRegistry kinds) {
    List<Resource> resources = Resource.served(kinds);
    Map<Resource, Object> schemas = new LinkedHashMap<>();
    for (Resource r : resources) {
      if (r.kind().custom()) {
        kinds
            .custom(r.kind())
            .map(c -> c.schemas().get(r.version()))
            .ifPresent(schema -> schemas.put(r, schema));
      }
    }
    return new OpenApi.Served(resources, schemas);
  }

  static boolean serves(String path) {
    return path.equals("/openapi/v2") || path.equals(V3) || path.startsWith(V3 + "/");
  }

  /**
   * Answers an OpenAPI request; false, answering nothing, for a group version not served (the
   * router's 404 then answers it as for any unknown path).
   */
  boolean serve(HttpExchange ex, String path, Map<String, String> query) throws IOException {
    Built now = current();
    if (path.equals("/openapi/v2")) {
      if (wantsProtobufOnly(ex.getRequestHeaders().getFirst("Accept"))) {
        // kubectl asks for v2 only in protobuf, which this server does not encode. An empty v2
        // message tells it there are no v2 schemas: it explains and patches with v3, and to
        // validate a kind no v3 document describes (a custom resource whose CRD is not there
        // yet) finds no schema, so the REST mapping's "no matches for kind" error is the one a
        // real cluster gives.
        ex.getResponseHeaders().set("Content-Type", V2_PROTOBUF.replace('@', '.'));
        ex.sendResponseHeaders(200, -1);
        return true;
      }
      send(ex, now.document("v2").orElseThrow(), null, query);
      return true;
    }
    if (path.equals(V3) || path.equals(V3 + "/")) {
      Map<String, Object> paths = new LinkedHashMap<>();
      for (String gv : OpenApi.groupVersionPaths(now.input.resources())) {
        String hash = now.document(gv).orElseThrow().hash();
        paths.put(gv, Map.of("serverRelativeURL", V3 + "/" + gv + "?hash=" + hash));
      }
      Exchanges.send(ex, 200, Map.of("paths", paths));
      return true;
    }
    String gv = path.substring(V3.length() + 1);
    Optional<Document> doc = now.document(gv);
    if (doc.isEmpty()) {
      return false;
    }
    send(ex, doc.get(), V3 + "/" + gv, query);
    return true;
  }

  private Built current() {
    OpenApi.Served input = served.get();
    Built b = built;
    if (!input.equals(b.input)) {
      b = new Built(input);
      built = b;
    }
    return b;
  }

  private static boolean wantsProtobufOnly(String accept) {
    return accept != null
        && accept.contains("protobuf")
        && !accept.contains("json")
        && !accept.contains("*/*");
  }

  /**
   * Answers with a document: 301 to the current hash for an old one (v3 only), 304 when the client
   * has it, else the bytes with their ETag and, asked by hash, as immutable.
   */
  private static void send(
      HttpExchange ex, Document doc, String redirectBase, Map<String, String> query)
      throws IOException {
    String asked = query.get("hash");
    var headers = ex.getResponseHeaders();
    if (redirectBase != null && asked != null && !asked.isEmpty() && !asked.equals(doc.hash())) {
      headers.set("Location", redirectBase + "?hash=" + doc.hash());
      ex.sendResponseHeaders(301, -1);
      return;
    }
    String etag = "\"" + doc.hash() + "\"";
    headers.set("Etag", etag);
    if (redirectBase != null && asked != null && !asked.isEmpty()) {
      headers.set("Cache-Control", "public, immutable");
      headers.set(
          "Expires",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              ZonedDateTime.now(ZoneOffset.UTC).plusYears(1)));
    }
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    headers.set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, doc.json().length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(doc.json());
    }
  }

  static Document encode(Map<String, Object> document) {
    byte[] json = ManifestWriter.compactJson(document).getBytes(StandardCharsets.UTF_8);
    return new Document(json, hash(json));
  }

  /** kube-openapi's computeETag: the SHA-512 of the bytes, upper-case hex. */
  static String hash(byte[] bytes) {
    try {
      return HexFormat.of()
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
