package dev.dslab.session;

import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.request.Request;
import java.util.List;
import java.util.Optional;

/**
 * A write that a client of the served API made (kubectl, a script), as the request that repeats it
 * in the saved session: the object as stored, applied again, or deleted. Writes of the status
 * subresource only have no request (the controllers and kubelets own status) and are not recorded.
 */
public final class ClientWrites {
  private ClientWrites() {}

  /**
   * @param verb create, update, patch, delete or evict
   * @param object the object as stored (for delete and evict: as it was)
   */
  public static Optional<Submission> submission(
      String verb, KubeObject object, boolean statusOnly) {
    return submission(verb, object, statusOnly, null);
  }

  /**
   * {@link #submission(String, KubeObject, boolean)} in a cluster whose {@code kinds} tell a custom
   * resource's kind (null: built-in kinds only).
   */
  public static Optional<Submission> submission(
      String verb, KubeObject object, boolean statusOnly, KindRegistry kinds) {
    if (statusOnly) {
      return Optional.empty();
    }
    Kind kind = kinds == null ? Kind.of(object) : kinds.of(object);
    String name = object.metadata().name();
    return switch (verb) {
      case "create", "update", "patch" ->
          Optional.of(
              ApplyLines.apply(
                  "api-" + kind.resource() + "-" + name,
                  List.of(ApplyLines.manifest(object, kind == Kind.NODE))));
      case "delete", "evict" ->
          Optional.of(
              Submission.of(
                  new Request.Delete(
                      kind,
                      List.of(name),
                      List.of(),
                      kind.namespaced() ? object.metadata().namespace() : null,
                      false,
                      null,
                      null,
                      false,
                      DeleteOptions.DEFAULT,
                      false)));
      default -> Optional.empty();
    };
  }
}
