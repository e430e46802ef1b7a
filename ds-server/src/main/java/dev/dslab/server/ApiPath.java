package dev.dslab.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource request path: {@code /api/v1/namespaces/NS/pods/NAME/status}, {@code
 * /apis/apps/v1/daemonsets}, ... Parsed into its parts; the resource is looked up later.
 *
 * @param namespace null for cluster-scoped requests and lists across namespaces
 * @param name null for a collection
 * @param subresource null, {@code status} or {@code eviction}
 */
public record ApiPath(
    String group,
    String version,
    String namespace,
    String resource,
    String name,
    String subresource) {

  /** The parts of a path under /api or /apis, or empty when it names no resource (discovery). */
  public static Optional<ApiPath> parse(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    String group;
    String version;
    int at;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      version = parts.get(1);
      at = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      version = parts.get(2);
      at = 3;
    } else {
      return Optional.empty();
    }
    List<String> rest = parts.subList(at, parts.size());
    String namespace = null;
    // namespaces/NS/RESOURCE...: a namespaced request; namespaces or namespaces/NAME alone: the
    // namespace objects
    if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
      namespace = rest.get(1);
      rest = rest.subList(2, rest.size());
    }
    if (rest.isEmpty() || rest.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiPath(
            group,
            version,
            namespace,
            rest.get(0),
            rest.size() > 1 ? rest.get(1) : null,
            rest.size() > 2 ? rest.get(2) : null));
  }
}
