package dev.dslab.session;

import dev.dslab.engine.api.Kind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves the resource names kubectl accepts — plural, singular, short names, with group, any case
 * — to kinds.
 */
public final class ResourceType {
  private static final Map<String, Kind> NAMES = new TreeMap<>();

  static {
    register(Kind.DAEMON_SET, "daemonsets", "daemonset", "ds");
    register(Kind.POD, "pods", "pod", "po");
    register(Kind.NODE, "nodes", "node", "no");
    register(Kind.EVENT, "events", "event", "ev");
    register(Kind.CONTROLLER_REVISION, "controllerrevisions", "controllerrevision");
    register(Kind.SERVICE, "services", "service", "svc");
    register(Kind.NAMESPACE, "namespaces", "namespace", "ns");
  }

  private ResourceType() {}

  private static void register(Kind kind, String... names) {
    for (String n : names) {
      NAMES.put(n, kind);
      if (!kind.group().isEmpty()) {
        NAMES.put(n + "." + kind.group(), kind);
        NAMES.put(n + "." + kind.group() + "/v1", kind);
      }
    }
  }

  /**
   * The kind for a resource name as typed on the command line; names are case-insensitive as in
   * kubectl.
   */
  public static Optional<Kind> resolve(String typed) {
    return Optional.ofNullable(NAMES.get(typed.toLowerCase(Locale.ROOT)));
  }

  public static Kind require(String typed) throws CommandException {
    return resolve(typed)
        .orElseThrow(
            () ->
                new CommandException(
                    "error: the server doesn't have a resource type \"" + typed + "\""));
  }

  /**
   * kubectl's {@code kind.group/name} spelling of an object: {@code daemonset.apps/greet}, {@code
   * pod/x}.
   */
  public static String qualifiedName(Kind kind, String name) {
    return kind.qualifiedName(name);
  }
}
