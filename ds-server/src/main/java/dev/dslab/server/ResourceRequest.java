package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.model.meta.KubeObject;
import java.io.IOException;
import java.util.Map;

/**
 * A request on a resource: the exchange, its path's parts, the resource the path names and the
 * query.
 */
record ResourceRequest(
    HttpExchange exchange, ApiPath path, Resource resource, Map<String, String> query) {
  Kind kind() {
    return resource.kind();
  }

  /** The object's name, or null for the collection. */
  String name() {
    return path.name();
  }

  /**
   * The namespace a request is in: the path's, or for a namespaced kind without one, every
   * namespace.
   */
  String namespace() {
    return kind().namespaced() ? path.namespace() : null;
  }

  /** Whether the request is on the status subresource. */
  boolean onStatus() {
    return "status".equals(path.subresource());
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The stored object the path names, or NotFound. */
  KubeObject existing(Cluster cluster) throws ApiException {
    return cluster
        .store()
        .<KubeObject>get(new ObjectKey(kind(), namespace(), name()))
        .orElseThrow(() -> ApiException.notFound(kind(), name()));
  }

  RequestBodies bodies() {
    return new RequestBodies(this);
  }

  void send(int code, Map<String, ?> body) throws IOException {
    Exchanges.send(exchange, code, body);
  }
}
