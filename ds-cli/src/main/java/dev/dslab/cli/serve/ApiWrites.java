package dev.dslab.cli.serve;

import dev.dslab.cli.ApplyLines;
import dev.dslab.cli.StateFiles.Line;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import java.util.List;
import java.util.Optional;

/**
 * A write that a client of the served API made (kubectl, a script), as the dsctl line that repeats it
 * in the saved session: the object as stored, applied again ({@code apply -f}), or deleted. Writes of
 * the status subresource only have no dsctl line (the controllers and kubelets own status) and are
 * not recorded.
 */
public final class ApiWrites {
  private ApiWrites() {}

  public static Optional<Line> line(String verb, KubeObject object, boolean statusOnly) {
    if (statusOnly) {
      return Optional.empty();
    }
    Kind kind = Kind.of(object);
    String name = object.metadata().name();
    return switch (verb) {
      case "create", "update", "patch" -> Optional.of(ApplyLines.apply("api-" + kind.resource() + "-" + name,
          List.of(ApplyLines.manifest(object, kind == Kind.NODE))));
      case "delete", "evict" -> Optional.of(kind.namespaced()
          ? Line.of("delete", kind.resource(), name, "--namespace", object.metadata().namespace())
          : Line.of("delete", kind.resource(), name));
      default -> Optional.empty();
    };
  }
}
