package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.kubelet.PodLogs;
import dev.dslab.model.core.Pod;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The pod subresources that reach into a container through the kubelet: log (served, {@link
 * PodLogStream}), and exec, attach and portforward, which need a running process and a stream to
 * it. The simulation runs no processes: for those, the API server does what it does before it
 * proxies (pkg/registry/core/pod/strategy.go streamLocation: the pod, the container choice, a node)
 * and then passes on the kubelet's refusal as the kubelet's streaming server words it when it
 * cannot stream (pkg/kubelet/cri/streaming/errors.go NewErrorStreamingDisabled, 404, plain text),
 * with why. kubectl prints {@code error: unable to upgrade connection: streaming method exec
 * disabled: ...} and exits 1.
 */
final class PodStreams {
  private PodStreams() {}

  /** The subresources as a 1.32 API server lists them: the kind each takes and its verbs. */
  record Listed(String kind, List<String> verbs) {}

  static final Map<String, Listed> SUBRESOURCES =
      Map.of(
          "attach", new Listed("PodAttachOptions", List.of("create", "get")),
          "exec", new Listed("PodExecOptions", List.of("create", "get")),
          "log", new Listed("Pod", List.of("get")),
          "portforward", new Listed("PodPortForwardOptions", List.of("create", "get")));

  /** Whether a path names one of these subresources of a pod. */
  static boolean serves(String rawPath) {
    return ApiPath.parse(rawPath)
        .filter(p -> p.group().isEmpty() && p.resource().equals("pods"))
        .map(p -> p.subresource() != null && SUBRESOURCES.containsKey(p.subresource()))
        .orElse(false);
  }

  static boolean on(ResourceRequest r) {
    return r.kind().apiResource().plural().equals("pods")
        && r.path().subresource() != null
        && SUBRESOURCES.containsKey(r.path().subresource());
  }

  static void serve(ResourceRequest r, EngineLoop engine)
      throws ApiException, BadRequest, IOException {
    String sub = r.path().subresource();
    if (sub.equals("log")) {
      PodLogStream.serve(r, engine);
      return;
    }
    String method = r.exchange().getRequestMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      throw VerbDispatch.notAllowed();
    }
    String node =
        engine.call(
            cluster -> {
              Pod pod = (Pod) r.existing(cluster);
              if (!sub.equals("portforward")) {
                PodLogs.container(pod, r.query().get("container"));
              }
              if (pod.spec().nodeName() == null) {
                throw new ApiException(
                    ApiException.Reason.BadRequest,
                    "pod " + pod.metadata().name() + " does not have a host assigned");
              }
              return pod.spec().nodeName();
            });
    String streamingMethod = sub.equals("portforward") ? "port forward" : sub;
    refuse(r.exchange(), streamingMethod, node);
  }

  /**
   * The kubelet's answer, passed on as the API server passes on a backend that did not upgrade.
   * client-go reads such a body as a Status when it parses as YAML, so the text has no {@code ": "}
   * (a mapping would be read as an empty Status and kubectl would print nothing).
   */
  private static void refuse(HttpExchange ex, String method, String node) throws IOException {
    byte[] body =
        ("streaming method "
                + method
                + " disabled - the simulated kubelet on node "
                + node
                + " runs no processes, so DaemonSet Lab cannot exec, attach or port-forward into a"
                + " container")
            .getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(404, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
