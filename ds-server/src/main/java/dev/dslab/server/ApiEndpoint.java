package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dslab.print.Printers;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.model.meta.SelectorParseException;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.ManifestReader;
import dev.dslab.yaml.ManifestWriter;
import dev.dslab.yaml.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The simulated cluster over the Kubernetes REST API, for kubectl and any other client: discovery,
 * get and list (JSON, or the server-side Table kubectl prints), watch, create, update, patch (merge,
 * JSON and strategic merge), delete, the status and eviction subresources, and the API server's
 * Status objects for whatever is refused. Served by the JDK's HTTP server; every request runs on the
 * {@link EngineLoop}'s thread.
 */
public final class ApiEndpoint implements AutoCloseable {
  /** The API server's request body limit (3 MiB): larger bodies are refused with 413. */
  static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "api");
    t.setDaemon(true);
    return t;
  });
  private final EngineLoop engine;
  private final Watches watches;
  private final String token;

  private final WriteListener listener;

  private ApiEndpoint(HttpServer server, EngineLoop engine, Watches watches, String token, WriteListener listener) {
    this.server = server;
    this.engine = engine;
    this.watches = watches;
    this.token = token;
    this.listener = listener;
  }

  /**
   * Serves {@code cluster} on {@code address} (port 0: any free port), its clock following the wall
   * clock times {@code speed}. With a {@code token}, every request must carry it as a bearer token.
   */
  public static ApiEndpoint start(Cluster cluster, InetSocketAddress address, double speed, String token)
      throws IOException {
    EngineLoop engine = new EngineLoop(cluster, speed);
    ApiEndpoint endpoint = start(cluster, address, engine, token, WriteListener.NONE);
    engine.start();
    return endpoint;
  }

  /** A write the endpoint made: the desktop app records it in its session, as the dsctl line that repeats it. */
  public interface WriteListener {
    /**
     * On the engine's thread, after a write went through.
     *
     * @param verb create, update, patch, delete or evict
     * @param object the object as stored (for delete and evict: as it was)
     * @param status whether only the status subresource was written
     */
    void written(String verb, KubeObject object, boolean status);

    WriteListener NONE = (verb, object, status) -> { };
  }

  /** Serves on an engine loop that someone else runs (the desktop app's), telling {@code listener} of each write. */
  public static ApiEndpoint start(Cluster cluster, InetSocketAddress address, EngineLoop engine, String token,
      WriteListener listener) throws IOException {
    // The JDK server writes headers and body apart; with Nagle's algorithm and delayed ACKs every
    // small response then waits 40 ms. Read once, when the server classes load: set it first.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    Watches watches = new Watches(cluster, engine);
    HttpServer server = HttpServer.create(address, 128);
    ApiEndpoint endpoint = new ApiEndpoint(server, engine, watches, token, listener);
    server.createContext("/", endpoint::handle);
    server.setExecutor(endpoint.workers);
    server.start();
    return endpoint;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The engine's thread: the desktop app reads the cluster through it while it is served. */
  public EngineLoop engine() {
    return engine;
  }

  @Override
  public void close() {
    watches.close();
    server.stop(0);
    workers.shutdownNow();
    engine.close();
  }

  // ------------------------------------------------------------------ routing

  private void handle(HttpExchange ex) throws IOException {
    // the exchange closes after the failure is answered (a try-with-resources would close it first)
    try (ex) {
      handleOrFail(ex);
    }
  }

  private void handleOrFail(HttpExchange ex) throws IOException {
    try {
      if (token != null && !("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(ex, 401, StatusObjects.failure("Unauthorized", "Unauthorized", 401, null));
        return;
      }
      if ("websocket".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Upgrade"))) {
        // Watches are streamed over plain HTTP; a client that tries WebSocket first (fabric8) falls back on 503.
        send(ex, 503, StatusObjects.failure("watches are served over HTTP, not WebSocket", "ServiceUnavailable", 503,
            null));
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      Map<String, String> query = query(ex.getRequestURI().getRawQuery());
      Optional<Map<String, Object>> discovery = discovery(path);
      if (discovery.isPresent()) {
        send(ex, 200, discovery.get());
        return;
      }
      if (NodeLeases.serves(path)) {
        NodeLeases.serve(ex, path, engine);
        return;
      }
      Optional<ApiPath> parsed = ApiPath.parse(path);
      Optional<Resource> resource = parsed.flatMap(p -> Resource.find(p.group(), p.version(), p.resource()));
      if (resource.isEmpty()) {
        send(ex, 404, StatusObjects.failure("the server could not find the requested resource", "NotFound", 404,
            null));
        return;
      }
      new Request(ex, parsed.get(), resource.get(), query).serve();
    } catch (RuntimeException e) {
      // a bug, never the client's fault: the API server's InternalError, and the endpoint stays up
      try {
        send(ex, 500, StatusObjects.failure("Internal error occurred: " + e, "InternalError", 500, null));
      } catch (IOException | RuntimeException ignored) {
        // the connection is gone
      }
    }
  }

  private Optional<Map<String, Object>> discovery(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    return switch (p) {
      case "/version" -> Optional.of(Discovery.version());
      case "/api" -> Optional.of(Discovery.coreVersions("127.0.0.1:" + port()));
      case "/apis" -> Optional.of(Discovery.groups());
      case "/openapi/v3" -> Optional.of(OpenApi.root());
      case "/api/v1" -> Optional.ofNullable(Discovery.resources("", "v1"));
      default -> {
        String[] parts = p.split("/");
        if (p.startsWith("/openapi/v3/")) {
          yield Optional.ofNullable(OpenApi.document(p.substring("/openapi/v3/".length())));
        }
        if (parts.length == 4 && parts[1].equals("apis")) {
          yield Optional.ofNullable(Discovery.resources(parts[2], parts[3]));
        }
        yield Optional.empty();
      }
    };
  }

  static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  static void send(HttpExchange ex, int code, Map<String, ?> body) throws IOException {
    byte[] bytes = ManifestWriter.compactJson(body).getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ------------------------------------------------------------------ one request

  /** A request on a resource: its verb decided by the method, the name and the query. */
  private final class Request {
    private final HttpExchange ex;
    private final ApiPath path;
    private final Resource resource;
    private final Map<String, String> query;
    /** Whether the client asked for dryRun=All: the answer of the write, and nothing written. */
    private boolean dryRun;

    Request(HttpExchange ex, ApiPath path, Resource resource, Map<String, String> query) {
      this.ex = ex;
      this.path = path;
      this.resource = resource;
      this.query = query;
    }

    private Kind kind() {
      return resource.kind();
    }

    /** The namespace a request is in: the path's, or for a namespaced kind without one, every namespace. */
    private String namespace() {
      return kind().namespaced() ? path.namespace() : null;
    }

    void serve() throws IOException {
      try {
        String method = ex.getRequestMethod();
        if (path.subresource() != null && !resource.subresources().contains(path.subresource())) {
          throw new ApiException(ApiException.Reason.NotFound, "the server could not find the requested resource");
        }
        if (kind().namespaced() && path.name() != null && path.namespace() == null) {
          throw new ApiException(ApiException.Reason.NotFound, "the server could not find the requested resource");
        }
        switch (method) {
          case "GET" -> {
            if (path.name() == null && isTrue(query.get("watch"))) {
              watches.serve(ex, resource, namespace(), selectors(), query);
            } else if (path.name() == null) {
              list();
            } else {
              get();
            }
          }
          case "POST" -> {
            if ("eviction".equals(path.subresource())) {
              evict();
            } else if (path.name() == null) {
              create();
            } else {
              throw new ApiException(ApiException.Reason.MethodNotAllowed,
                  "the server does not allow this method on the requested resource");
            }
          }
          case "PUT" -> update();
          case "PATCH" -> patch();
          case "DELETE" -> delete();
          default -> throw new ApiException(ApiException.Reason.MethodNotAllowed,
              "the server does not allow this method on the requested resource");
        }
      } catch (ApiException e) {
        send(ex, e.reason().code(), StatusObjects.of(e, resource, path.name()));
      } catch (BadRequest e) {
        send(ex, e.code, StatusObjects.failure(e.getMessage(), e.reason, e.code, null));
      }
    }

    private List<String> queryDryRun() {
      String value = query.get("dryRun");
      return value == null || value.isEmpty() ? List.of() : List.of(value);
    }

    private Selectors selectors() throws BadRequest {
      try {
        Selector labels = query.get("labelSelector") == null || query.get("labelSelector").isBlank()
            ? Selector.everything() : Selector.parse(query.get("labelSelector"));
        return new Selectors(labels, FieldSelectors.parse(query.get("fieldSelector"), resource));
      } catch (SelectorParseException e) {
        throw new BadRequest(400, "BadRequest", "unable to parse requirement: " + e.getMessage());
      }
    }

    private void list() throws ApiException, BadRequest, IOException {
      Selectors selectors = selectors();
      record Listed(List<KubeObject> items, long resourceVersion, java.time.Instant now) {}
      Listed listed = engine.call(cluster -> new Listed(cluster.<KubeObject>list(kind(), namespace()).stream()
          .filter(selectors::matches).toList(), cluster.store().resourceVersion(), cluster.now()));
      if (wantsTable()) {
        send(ex, 200, table(listed.items(), listed.resourceVersion(), listed.now()));
        return;
      }
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("kind", kind().kindName() + "List");
      list.put("apiVersion", resource.groupVersion());
      list.put("metadata", Map.of("resourceVersion", Long.toString(listed.resourceVersion())));
      List<Object> items = new ArrayList<>();
      listed.items().forEach(o -> items.add(ManifestWriter.toTree(o)));
      list.put("items", items);
      send(ex, 200, list);
    }

    private void get() throws ApiException, IOException {
      record Got(KubeObject object, long resourceVersion, java.time.Instant now) {}
      Got got = engine.call(cluster -> new Got(existing(cluster), cluster.store().resourceVersion(), cluster.now()));
      if (wantsTable()) {
        send(ex, 200, table(List.of(got.object()), got.resourceVersion(), got.now()));
        return;
      }
      send(ex, 200, ManifestWriter.toTree(got.object()));
    }

    /** Tells the listener of a write that went through; a dry run wrote nothing and is not told. */
    private KubeObject told(String verb, KubeObject object, boolean status) {
      if (!dryRun) {
        listener.written(verb, object, status);
      }
      return object;
    }

    /** The API server's door for this request: the dry-run one when the client asked for {@code dryRun=All}. */
    private ApiServer api(Cluster cluster) {
      return dryRun ? cluster.api().dryRun() : cluster.api();
    }

    /**
     * metav1 Create/Update/Patch/DeleteOptions' dryRun: absent or All; anything else is refused as the
     * API server's options validation refuses it (422, before anything is read).
     */
    private boolean dryRunOf(List<String> values, String options) throws BadRequest {
      for (String v : values) {
        if (!"All".equals(v)) {
          String listed = values.stream().map(x -> "\"" + x + "\"").collect(java.util.stream.Collectors.joining(", "));
          throw new BadRequest(422, "Invalid", options + ".meta.k8s.io \"\" is invalid: dryRun: Unsupported value: "
              + "[]string{" + listed + "}: supported values: \"All\"");
        }
      }
      return !values.isEmpty();
    }

    private KubeObject existing(Cluster cluster) throws ApiException {
      return cluster.store().<KubeObject>get(new ObjectKey(kind(), namespace(), path.name()))
          .orElseThrow(() -> ApiException.notFound(kind(), path.name()));
    }

    private boolean wantsTable() {
      String accept = ex.getRequestHeaders().getFirst("Accept");
      return accept != null && accept.contains("as=Table");
    }

    /** meta.k8s.io/v1 Table: the columns kubectl prints, one row per object with its metadata. */
    private Map<String, Object> table(List<KubeObject> objects, long resourceVersion, java.time.Instant now) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("kind", "Table");
      t.put("apiVersion", "meta.k8s.io/v1");
      t.put("metadata", Map.of("resourceVersion", Long.toString(resourceVersion)));
      Printers.ServerTable table = Printers.serverTable(kind().kindName(), objects, now)
          .orElse(new Printers.ServerTable(List.of(new Printers.ServerColumn("Name", "string", "name", 0)),
              objects.stream().map(o -> List.of(o.metadata().name())).toList()));
      List<Object> columns = new ArrayList<>();
      for (Printers.ServerColumn c : table.columns()) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", c.name());
        d.put("type", c.type());
        d.put("format", c.format());
        d.put("description", "");
        d.put("priority", c.priority());
        columns.add(d);
      }
      t.put("columnDefinitions", columns);
      String include = query.getOrDefault("includeObject", "PartialObjectMetadata");
      List<Object> rows = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cells", table.rows().get(i));
        Map<String, Object> tree = ManifestWriter.toTree(objects.get(i));
        if (include.equals("Object")) {
          row.put("object", tree);
        } else if (!include.equals("None")) {
          Map<String, Object> partial = new LinkedHashMap<>();
          partial.put("kind", "PartialObjectMetadata");
          partial.put("apiVersion", "meta.k8s.io/v1");
          partial.put("metadata", tree.get("metadata"));
          row.put("object", partial);
        }
        rows.add(row);
      }
      t.put("rows", rows);
      return t;
    }

    private void create() throws ApiException, BadRequest, IOException {
      dryRun = dryRunOf(queryDryRun(), "CreateOptions");
      KubeObject object = body();
      KubeObject created = engine.call(cluster -> told("create", api(cluster).create(object), false));
      send(ex, 201, ManifestWriter.toTree(created));
    }

    private void update() throws ApiException, BadRequest, IOException {
      dryRun = dryRunOf(queryDryRun(), "UpdateOptions");
      KubeObject object = body();
      if (!path.name().equals(object.metadata().name())) {
        throw new BadRequest(400, "BadRequest", "the name of the object (" + object.metadata().name()
            + ") does not match the name on the URL (" + path.name() + ")");
      }
      boolean status = "status".equals(path.subresource());
      KubeObject updated = engine.call(cluster -> told("update", status
          ? api(cluster).updateStatus(statusOnly(existing(cluster), object)) : api(cluster).update(object), status));
      send(ex, 200, ManifestWriter.toTree(updated));
    }

    /** PUT or PATCH of /status changes the status only, whatever else the body says. */
    private KubeObject statusOnly(KubeObject current, KubeObject requested) throws ApiException {
      Map<String, Object> tree = new LinkedHashMap<>(ManifestWriter.toTree(current));
      Object status = ManifestWriter.toTree(requested).get("status");
      if (status != null) {
        tree.put("status", status);
      }
      return decode(tree);
    }

    @SuppressWarnings("unchecked")
    private void patch() throws ApiException, BadRequest, IOException {
      dryRun = dryRunOf(queryDryRun(), "PatchOptions");
      String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
      String text = new String(readBody(), StandardCharsets.UTF_8);
      Object patch = parseJson(text);
      KubeObject patched = engine.call(cluster -> {
        KubeObject current = existing(cluster);
        Map<String, Object> tree = ManifestWriter.toTree(current);
        Object result;
        try {
          if (type.startsWith("application/json-patch+json")) {
            if (!(patch instanceof List<?> ops)) {
              throw new ApiException(ApiException.Reason.BadRequest, "json: cannot unmarshal object into Go value "
                  + "of type jsonpatch.Patch");
            }
            result = Patches.jsonPatch(tree, (List<Object>) ops);
          } else if (type.startsWith("application/merge-patch+json")) {
            result = Patches.mergePatch(tree, patch);
          } else if (type.startsWith("application/strategic-merge-patch+json")) {
            result = Patches.strategic(tree, patch);
          } else {
            throw new ApiException(ApiException.Reason.BadRequest, "the body of the request was in an unknown "
                + "format - accepted media types include: application/json-patch+json, "
                + "application/merge-patch+json, application/strategic-merge-patch+json");
          }
        } catch (Patches.PatchException e) {
          throw new ApiException(ApiException.Reason.Invalid, e.getMessage());
        }
        if (!(result instanceof Map<?, ?> m)) {
          throw new ApiException(ApiException.Reason.BadRequest, "the patch did not give an object");
        }
        Map<String, Object> after = (Map<String, Object>) m;
        Object patchedRv = ((Map<String, Object>) after.getOrDefault("metadata", Map.of())).get("resourceVersion");
        // a patch that names a resourceVersion is a precondition; otherwise it applies to the current object
        KubeObject object = decode(after);
        if (patchedRv == null || patchedRv.equals(current.metadata().resourceVersion())) {
          object = object.withMetadata(object.metadata().withResourceVersion(null));
        }
        if ("status".equals(path.subresource())) {
          return told("patch", api(cluster).updateStatus(statusOnly(current, object)), true);
        }
        return told("patch", api(cluster).update(object), false);
      });
      send(ex, 200, ManifestWriter.toTree(patched));
    }

    private void delete() throws ApiException, BadRequest, IOException {
      if (path.name() == null) {
        throw new ApiException(ApiException.Reason.MethodNotAllowed,
            "the server does not allow this method on the requested resource");
      }
      DeleteOptions options = deleteOptions(readBody());
      KubeObject deleted = engine.call(cluster -> told("delete",
          api(cluster).delete(kind(), namespace(), path.name(), options), false));
      send(ex, 200, ManifestWriter.toTree(deleted));
    }

    /** POST pods/NAME/eviction: the pod is deleted as a drain asks (no disruption budgets here). */
    private void evict() throws ApiException, BadRequest, IOException {
      DeleteOptions options = DeleteOptions.DEFAULT;
      dryRun = dryRunOf(queryDryRun(), "CreateOptions");
      byte[] body = readBody();
      Object tree = body.length == 0 ? null : parseJson(new String(body, StandardCharsets.UTF_8));
      if (tree instanceof Map<?, ?> m && m.get("deleteOptions") instanceof Map<?, ?> d) {
        options = deleteOptions(d);
      }
      DeleteOptions chosen = options;
      engine.call(cluster -> told("evict", api(cluster).delete(kind(), namespace(), path.name(), chosen), false));
      send(ex, 201, StatusObjects.success(resource, path.name()));
    }

    private DeleteOptions deleteOptions(byte[] body) throws BadRequest {
      if (body.length == 0) {
        dryRun = dryRunOf(queryDryRun(), "DeleteOptions");
        return deleteOptionsFrom(query.get("propagationPolicy"), query.get("gracePeriodSeconds"));
      }
      Object tree = parseJson(new String(body, StandardCharsets.UTF_8));
      return deleteOptions(tree instanceof Map<?, ?> m ? m : Map.of());
    }

    private DeleteOptions deleteOptions(Map<?, ?> m) throws BadRequest {
      // kubectl delete --dry-run=server and drain's evictions say it in the body's DeleteOptions
      List<String> bodyDryRun = m.get("dryRun") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
          : List.of();
      dryRun = dryRun || dryRunOf(bodyDryRun.isEmpty() ? queryDryRun() : bodyDryRun, "DeleteOptions");
      Object policy = m.get("propagationPolicy");
      Object grace = m.get("gracePeriodSeconds");
      return deleteOptionsFrom(policy == null ? query.get("propagationPolicy") : policy.toString(),
          grace == null ? query.get("gracePeriodSeconds") : grace.toString());
    }

    private DeleteOptions deleteOptionsFrom(String policy, String grace) throws BadRequest {
      try {
        DeleteOptions.Propagation p = policy == null || policy.isEmpty() ? null
            : DeleteOptions.Propagation.valueOf(policy);
        Long g = grace == null || grace.isEmpty() ? null : Long.parseLong(grace);
        return new DeleteOptions(p, g);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, "BadRequest", "invalid delete options: propagationPolicy " + policy
            + ", gracePeriodSeconds " + grace);
      }
    }

    // ------------------------------------------------------------------ bodies

    private byte[] readBody() throws IOException, BadRequest {
      try (InputStream in = ex.getRequestBody()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new BadRequest(413, "RequestEntityTooLarge", "Request entity too large: limit is " + MAX_BODY_BYTES);
        }
        return bytes;
      }
    }

    private Object parseJson(String text) throws BadRequest {
      try {
        // JSON is YAML: the tree reader takes either, with its limits against hostile documents
        return Trees.parseAny("request", text);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, "BadRequest", "error decoding the request body: " + e.getMessage());
      }
    }

    /** The body as an object of this resource's kind, in this request's namespace. */
    private KubeObject body() throws IOException, BadRequest, ApiException {
      byte[] bytes = readBody();
      LoadResult loaded = ManifestReader.read("request", bytes);
      if (!loaded.problems().isEmpty()) {
        throw new BadRequest(400, "BadRequest", loaded.problems().get(0).message());
      }
      if (loaded.objects().size() != 1) {
        throw new BadRequest(400, "BadRequest", "the request body must hold one object");
      }
      return inRequestNamespace(loaded.objects().get(0).object());
    }

    private KubeObject decode(Map<String, Object> tree) throws ApiException {
      LoadResult loaded = ManifestReader.read("patch", ManifestWriter.compactJson(tree));
      if (!loaded.problems().isEmpty() || loaded.objects().size() != 1) {
        throw new ApiException(ApiException.Reason.Invalid, loaded.problems().isEmpty() ? "the patch did not give "
            + "one object" : loaded.problems().get(0).message());
      }
      return inRequestNamespace(loaded.objects().get(0).object());
    }

    private KubeObject inRequestNamespace(KubeObject object) throws ApiException {
      if (!object.kind().equals(kind().kindName())) {
        throw new ApiException(ApiException.Reason.BadRequest, "the API version in the data (" + object.apiVersion()
            + ") does not match the expected API version (" + resource.groupVersion() + ")");
      }
      if (!kind().namespaced()) {
        return object;
      }
      String ns = object.metadata().namespace();
      if (ns != null && !ns.isEmpty() && path.namespace() != null && !ns.equals(path.namespace())) {
        throw new ApiException(ApiException.Reason.BadRequest,
            "the namespace of the provided object does not match the namespace sent on the request");
      }
      return ns == null || ns.isEmpty() ? object.withMetadata(object.metadata().withNamespace(path.namespace()))
          : object;
    }
  }

  static boolean isTrue(String value) {
    return "true".equals(value) || "1".equals(value);
  }

  /** A refusal before the engine is asked: malformed input, an oversized body. */
  static final class BadRequest extends Exception {
    final int code;
    final String reason;

    BadRequest(int code, String reason, String message) {
      super(message);
      this.code = code;
      this.reason = reason;
    }
  }
}
