package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API server's health endpoints, {@code /healthz}, {@code /livez} and {@code /readyz}: plain
 * {@code ok}, with {@code ?verbose} every check on its own line and {@code NAME check passed}, a
 * check by its path ({@code /livez/ping}), and {@code ?exclude=NAME} as upstream's
 * k8s.io/apiserver/pkg/server/healthz/healthz.go {@code handleRootHealth} writes them. The
 * simulated API server is always healthy once it answers, so every check passes; the checks are the
 * ones an API server without etcd-specific post-start hooks lists.
 */
final class HealthChecks {
  /** The checks of {@code /livez} and {@code /healthz}, in upstream's order. */
  private static final List<String> LIVE = List.of("ping", "log", "etcd");

  /** {@code /readyz} adds the readiness-only checks, as upstream does. */
  private static final List<String> READY =
      List.of("ping", "log", "etcd", "etcd-readiness", "informer-sync", "shutdown");

  private HealthChecks() {}

  /** Whether {@code path} is a health endpoint or one of its checks. */
  static boolean serves(String path) {
    return endpoint(path).isPresent();
  }

  /** Answers a health request (GET or HEAD) in upstream's plain-text shape. */
  static void serve(HttpExchange ex, String path, Map<String, String> query) throws IOException {
    String name = endpoint(path).orElseThrow();
    List<String> checks = name.equals("readyz") ? READY : LIVE;
    String rest = path.substring(name.length() + 1);
    if (rest.startsWith("/") && rest.length() > 1) {
      String check = rest.substring(1);
      if (!checks.contains(check)) {
        send(ex, 404, "404 page not found\n");
        return;
      }
      send(ex, 200, "ok");
      return;
    }
    send(ex, 200, body(name, checks, query, ex.getRequestURI().getRawQuery()));
  }

  /**
   * The body upstream writes: {@code ok}, or with {@code verbose} each check's line, a warning for
   * excluded names that match no check, and the closing line.
   */
  static String body(String name, List<String> checks, Map<String, String> query, String rawQuery) {
    Set<String> excluded = new LinkedHashSet<>(excludes(rawQuery));
    StringBuilder lines = new StringBuilder();
    for (String check : checks) {
      if (excluded.remove(check)) {
        lines.append("[+]").append(check).append(" excluded: ok\n");
      } else {
        lines.append("[+]").append(check).append(" ok\n");
      }
    }
    if (!excluded.isEmpty()) {
      lines
          .append("warn: some health checks cannot be excluded: no matches for ")
          .append(
              excluded.stream()
                  .sorted()
                  .map(e -> "\"" + e + "\"")
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (!query.containsKey("verbose")) {
      return "ok";
    }
    return lines + name + " check passed\n";
  }

  /** Every {@code exclude} parameter: the query reader keeps only a parameter's last value. */
  private static List<String> excludes(String rawQuery) {
    List<String> names = new ArrayList<>();
    if (rawQuery == null) {
      return names;
    }
    Arrays.stream(rawQuery.split("&"))
        .filter(p -> p.startsWith("exclude="))
        .map(p -> Exchanges.query(p).get("exclude"))
        .filter(v -> !v.isEmpty())
        .forEach(names::add);
    return names;
  }

  private static Optional<String> endpoint(String path) {
    for (String name : List.of("healthz", "livez", "readyz")) {
      String root = "/" + name;
      if (path.equals(root) || path.startsWith(root + "/")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange ex, int code, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(code, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
