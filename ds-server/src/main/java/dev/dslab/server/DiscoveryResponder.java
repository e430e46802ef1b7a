package dev.dslab.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the discovery paths: {@code /version}, {@code /api}, {@code /apis}, each group version's
 * resource list (the OpenAPI documents are {@link OpenApiResponder}'s). Any other path is left to
 * the resources.
 */
final class DiscoveryResponder {
  private final String serverAddress;
  private final Supplier<List<Resource>> resources;

  /**
   * @param serverAddress host:port, as {@code /api} tells clients to reach the server
   * @param resources what the cluster serves now (its CRDs change it)
   */
  DiscoveryResponder(String serverAddress, Supplier<List<Resource>> resources) {
    this.serverAddress = serverAddress;
    this.resources = resources;
  }

  /**
   * The document at {@code path} (a trailing slash ignored), or empty when it is not a discovery
   * path.
   */
  Optional<Map<String, Object>> answer(String path) {
    String p =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    List<Resource> served = resources.get();
    return switch (p) {
      case "/version" -> Optional.of(Discovery.version());
      case "/api" -> Optional.of(Discovery.coreVersions(serverAddress));
      case "/apis" -> Optional.of(Discovery.groups(served));
      case "/api/v1" -> Optional.ofNullable(Discovery.resources("", "v1", served));
      default -> {
        String[] parts = p.split("/");
        if (parts.length == 4 && parts[1].equals("apis")) {
          Optional<Map<String, Object>> reviews = SelfReviews.resources(parts[2], parts[3]);
          if (reviews.isPresent()) {
            yield reviews;
          }
          yield Optional.ofNullable(Discovery.resources(parts[2], parts[3], served));
        }
        yield Optional.empty();
      }
    };
  }
}
