package dev.dslab.session;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.model.meta.ResourceCatalog;
import java.util.Optional;

/**
 * Resolves the resource names kubectl accepts — plural, singular, short names, kinds, with group,
 * any case — to the stored kinds of the API server's {@link ResourceCatalog}.
 */
public final class ResourceType {
  private static final ResourceCatalog CATALOG = ResourceCatalog.builtin();

  private ResourceType() {}

  /**
   * The kind for a resource name as typed on the command line; names are case-insensitive as in
   * kubectl.
   */
  public static Optional<Kind> resolve(String typed) {
    return CATALOG.resolve(typed).flatMap(Kind::of);
  }

  /**
   * The kind for a resource name in a cluster whose {@code kinds} serve its CRDs' resources too;
   * null {@code kinds}: the built-in ones only.
   */
  public static Optional<Kind> resolve(String typed, KindRegistry kinds) {
    return kinds == null ? resolve(typed) : kinds.resolve(typed);
  }

  public static Kind require(String typed) throws CommandException {
    return require(typed, null);
  }

  public static Kind require(String typed, KindRegistry kinds) throws CommandException {
    return resolve(typed, kinds)
        .orElseThrow(
            () ->
                new CommandException(
                    "error: the server doesn't have a resource type \"" + typed + "\""));
  }

  /**
   * The stored kinds of a category discovery names ({@code all}, {@code api-extensions}), in
   * discovery's order, as kubectl's category expander gives them; empty for a word that is no
   * category.
   */
  public static java.util.List<Kind> category(String typed) {
    return category(typed, null);
  }

  /**
   * A category's stored kinds in a cluster whose {@code kinds} serve its CRDs' resources too (a CRD
   * may put its resources in {@code all}); null {@code kinds}: the built-in ones only.
   */
  public static java.util.List<Kind> category(String typed, KindRegistry kinds) {
    String name = typed.toLowerCase(java.util.Locale.ROOT);
    return (kinds == null ? CATALOG : kinds.catalog())
        .resources().stream()
            .filter(r -> r.categories().contains(name))
            .map(r -> kinds == null ? Kind.of(r) : kinds.find(r.apiVersion(), r.kind()))
            .flatMap(Optional::stream)
            .distinct()
            .toList();
  }

  /**
   * kubectl's {@code kind.group/name} spelling of an object: {@code daemonset.apps/greet}, {@code
   * pod/x}.
   */
  public static String qualifiedName(Kind kind, String name) {
    return kind.qualifiedName(name);
  }
}
