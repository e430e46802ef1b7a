package dev.dslab.session;

import dev.dslab.engine.api.Kind;
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

  public static Kind require(String typed) throws CommandException {
    return resolve(typed)
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
    String name = typed.toLowerCase(java.util.Locale.ROOT);
    return CATALOG.resources().stream()
        .filter(r -> r.categories().contains(name))
        .map(Kind::of)
        .flatMap(Optional::stream)
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
