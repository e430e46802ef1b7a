package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kubelets' heartbeat leases ({@code coordination.k8s.io/v1}, namespace kube-node-lease), read
 * only, made from the nodes: {@code kubectl describe node} reads the one of its node. The
 * simulation keeps no Lease objects; a node's lease was renewed when its Ready condition last heard
 * from it.
 */
final class NodeLeases {
  private static final String PREFIX =
      "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/";

  /** RFC 3339 with microseconds, as metav1.MicroTime is written. */
  private static final DateTimeFormatter MICRO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private NodeLeases() {}

  static boolean serves(String path) {
    return path.startsWith(PREFIX)
        && path.length() > PREFIX.length()
        && path.indexOf('/', PREFIX.length()) < 0;
  }

  static void serve(HttpExchange ex, String path, EngineLoop engine) throws IOException {
    String name = path.substring(PREFIX.length());
    if (!"GET".equals(ex.getRequestMethod())) {
      Exchanges.send(
          ex,
          405,
          StatusObjects.failure(
              "the server does not allow this method on the requested " + "resource",
              "MethodNotAllowed",
              405,
              null));
      return;
    }
    try {
      Node node =
          engine.call(
              c ->
                  c.store()
                      .<Node>get(Kind.NODE, null, name)
                      .orElseThrow(
                          () ->
                              new ApiException(
                                  ApiException.Reason.NotFound,
                                  "leases.coordination.k8s.io \"" + name + "\" not found")));
      Exchanges.send(ex, 200, lease(node));
    } catch (ApiException e) {
      Exchanges.send(
          ex,
          e.reason().code(),
          StatusObjects.failure(
              e.getMessage(),
              e.reason().name(),
              e.reason().code(),
              Map.of("name", name, "group", "coordination.k8s.io", "kind", "leases")));
    }
  }

  static Map<String, Object> lease(Node node) {
    Instant renewed =
        node.status()
            .condition(NodeCondition.READY)
            .map(NodeCondition::lastHeartbeatTime)
            .orElse(node.metadata().creationTimestamp());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", node.metadata().name());
    meta.put("namespace", "kube-node-lease");
    meta.put("uid", node.metadata().uid());
    meta.put("resourceVersion", node.metadata().resourceVersion());
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("holderIdentity", node.metadata().name());
    spec.put("leaseDurationSeconds", 40);
    if (renewed != null) {
      spec.put("renewTime", MICRO.format(renewed));
    }
    Map<String, Object> lease = new LinkedHashMap<>();
    lease.put("apiVersion", "coordination.k8s.io/v1");
    lease.put("kind", "Lease");
    lease.put("metadata", meta);
    lease.put("spec", spec);
    return lease;
  }
}
