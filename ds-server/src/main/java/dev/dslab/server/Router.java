package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Every request's first stop: the bearer token, the WebSocket refusal, then by path the discovery
 * documents, the node leases or a resource's verbs; a path that names nothing is 404. A bug answers
 * 500 and the endpoint stays up.
 */
final class Router {
  private final String token;
  private final DiscoveryResponder discovery;
  private final OpenApiResponder openApi;
  private final EngineLoop engine;
  private final VerbDispatch verbs;
  private final java.util.function.Supplier<java.util.List<Resource>> served;

  /**
   * @param token the bearer token every request must carry, or null for none
   */
  Router(
      String token,
      DiscoveryResponder discovery,
      OpenApiResponder openApi,
      EngineLoop engine,
      VerbDispatch verbs,
      java.util.function.Supplier<java.util.List<Resource>> served) {
    this.served = served;
    this.token = token;
    this.discovery = discovery;
    this.openApi = openApi;
    this.engine = engine;
    this.verbs = verbs;
  }

  void handle(HttpExchange ex) throws IOException {
    // the exchange closes after the failure is answered (a try-with-resources would close it first)
    try (ex) {
      handleOrFail(ex);
    }
  }

  /** Compared in constant time: how long a refusal takes tells nothing of the token. */
  private boolean carriesToken(HttpExchange ex) {
    String sent = ex.getRequestHeaders().getFirst("Authorization");
    return sent != null
        && java.security.MessageDigest.isEqual(
            sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void handleOrFail(HttpExchange ex) throws IOException {
    try {
      if (token != null && !carriesToken(ex)) {
        Exchanges.send(ex, 401, StatusObjects.failure("Unauthorized", "Unauthorized", 401, null));
        return;
      }
      if ("websocket".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Upgrade"))
          && !PodStreams.serves(ex.getRequestURI().getRawPath())) {
        // Watches are streamed over plain HTTP; a client that tries WebSocket first (fabric8) falls
        // back on 503.
        Exchanges.send(
            ex,
            503,
            StatusObjects.failure(
                "watches are served over HTTP, not WebSocket", "ServiceUnavailable", 503, null));
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      Map<String, String> query = Exchanges.query(ex.getRequestURI().getRawQuery());
      if (OpenApiResponder.serves(path) && openApi.serve(ex, path, query)) {
        return;
      }
      Optional<Map<String, Object>> document = discovery.answer(path);
      if (document.isPresent()) {
        Exchanges.send(ex, 200, document.get());
        return;
      }
      if (HealthChecks.serves(path)) {
        HealthChecks.serve(ex, path, query);
        return;
      }
      if (SelfReviews.serves(path)) {
        SelfReviews.serve(ex, path);
        return;
      }
      if (NodeLeases.serves(path)) {
        NodeLeases.serve(ex, path, engine);
        return;
      }
      Optional<ApiPath> parsed = ApiPath.parse(path);
      Optional<Resource> resource =
          parsed.flatMap(p -> Resource.find(served.get(), p.group(), p.version(), p.resource()));
      if (resource.isEmpty()) {
        Exchanges.send(
            ex,
            404,
            StatusObjects.failure(
                "the server could not find the requested resource", "NotFound", 404, null));
        return;
      }
      verbs.serve(new ResourceRequest(ex, parsed.get(), resource.get(), query));
    } catch (RuntimeException e) {
      // a bug, never the client's fault: the API server's InternalError, and the endpoint stays up
      try {
        Exchanges.send(
            ex,
            500,
            StatusObjects.failure("Internal error occurred: " + e, "InternalError", 500, null));
      } catch (IOException | RuntimeException ignored) {
        // the connection is gone
      }
    }
  }
}
