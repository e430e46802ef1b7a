package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The create-only review resources kubectl's {@code auth} commands post: a SelfSubjectAccessReview
 * ({@code auth can-i}), a SelfSubjectRulesReview ({@code auth can-i --list}) and a
 * SelfSubjectReview ({@code auth whoami}). The simulated cluster has one user who may do everything
 * (upstream's AlwaysAllow authorizer), so every access review is allowed and the rules are
 * upstream's wildcard rules. Nothing is stored: upstream's review REST storage
 * (pkg/registry/authorization/selfsubjectaccessreview/rest.go) answers the object it was sent with
 * its status filled in.
 */
final class SelfReviews {
  /** The user every request acts as: the kubeconfig's user, whose bearer token it carries. */
  static final String USER = Kubeconfigs.NAME;

  /** The user's groups: the admin group that RBAC never refuses, and every authenticated user's. */
  static final List<String> GROUPS = List.of("system:masters", "system:authenticated");

  private record Review(String group, String plural, String kind, boolean namespaced) {
    String path() {
      return "/apis/" + group + "/v1/" + plural;
    }
  }

  private static final List<Review> REVIEWS =
      List.of(
          new Review("authentication.k8s.io", "selfsubjectreviews", "SelfSubjectReview", false),
          new Review(
              "authorization.k8s.io", "selfsubjectaccessreviews", "SelfSubjectAccessReview", false),
          new Review(
              "authorization.k8s.io", "selfsubjectrulesreviews", "SelfSubjectRulesReview", false));

  private SelfReviews() {}

  /** The review groups, for {@code /apis}. */
  static List<String> groups() {
    return REVIEWS.stream().map(Review::group).distinct().toList();
  }

  /** The APIResourceList of {@code group}/{@code version}, or empty when it is no review group. */
  static Optional<Map<String, Object>> resources(String group, String version) {
    if (!version.equals("v1")) {
      return Optional.empty();
    }
    List<Object> list =
        REVIEWS.stream()
            .filter(r -> r.group().equals(group))
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", r.plural());
                  m.put("singularName", r.kind().toLowerCase(java.util.Locale.ROOT));
                  m.put("namespaced", r.namespaced());
                  m.put("kind", r.kind());
                  m.put("verbs", List.of("create"));
                  return (Object) m;
                })
            .toList();
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "APIResourceList");
    m.put("apiVersion", "v1");
    m.put("groupVersion", group + "/v1");
    m.put("resources", list);
    return Optional.of(m);
  }

  /** Whether {@code path} is a review collection. */
  static boolean serves(String path) {
    return review(path).isPresent();
  }

  /**
   * Answers a POST with the review and its status (201, as upstream's create); any other verb is
   * the API server's 405.
   */
  static void serve(HttpExchange ex, String path) throws IOException {
    Review review = review(path).orElseThrow();
    if (!ex.getRequestMethod().equals("POST")) {
      Exchanges.send(
          ex,
          405,
          StatusObjects.failure(
              "the server does not allow this method on the requested resource",
              "MethodNotAllowed",
              405,
              null));
      return;
    }
    Object sent;
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(RequestBodies.MAX_BODY_BYTES + 1);
      // kubectl's typed clients post these as protobuf: the spec is not decoded (only the status is
      // read back, and JSON answers are accepted), so it is echoed as empty
      String type = ex.getRequestHeaders().getFirst("Content-Type");
      boolean protobuf = type != null && type.contains("protobuf");
      sent = bytes.length == 0 || protobuf ? null : RequestBodies.parseJson(bytes);
    } catch (BadRequest e) {
      Exchanges.send(ex, e.code, StatusObjects.failure(e.getMessage(), e.reason, e.code, null));
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("kind", review.kind());
    answer.put("apiVersion", review.group() + "/v1");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("creationTimestamp", null);
    answer.put("metadata", metadata);
    Object spec = sent instanceof Map<?, ?> m ? m.get("spec") : null;
    answer.put("spec", spec instanceof Map<?, ?> ? spec : Map.of());
    answer.put("status", status(review.kind()));
    if (review.kind().equals("SelfSubjectReview")) {
      answer.remove("spec");
    }
    Exchanges.send(ex, 201, answer);
  }

  /** What the one all-powerful user is told, its keys in upstream's order. */
  private static Map<String, Object> status(String kind) {
    return switch (kind) {
      case "SelfSubjectReview" -> ordered("userInfo", ordered("username", USER, "groups", GROUPS));
      case "SelfSubjectRulesReview" ->
          ordered(
              "resourceRules",
              List.of(
                  ordered(
                      "verbs", List.of("*"), "apiGroups", List.of("*"), "resources", List.of("*"))),
              "nonResourceRules",
              List.of(ordered("verbs", List.of("*"), "nonResourceURLs", List.of("*"))),
              "incomplete",
              false);
      default -> ordered("allowed", true);
    };
  }

  /** A map that keeps its keys' order (Map.of's order changes from run to run). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Optional<Review> review(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return REVIEWS.stream().filter(r -> r.path().equals(p)).findFirst();
  }
}
