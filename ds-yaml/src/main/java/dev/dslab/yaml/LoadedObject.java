package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import java.util.Objects;

/**
 * An object read from a manifest, with where it came from.
 *
 * @param source the file as the user named it, or {@code STDIN}
 * @param document the 1-based number of its YAML document in the file (items of a List share it)
 * @param line the 1-based line the object starts on
 * @param noMatch for an object of a kind no built-in resource maps (a custom resource, or a kind of
 *     a version the API no longer serves): kubectl's "no matches for kind" error, for when the
 *     cluster does not serve it either; null for the others
 */
public record LoadedObject(
    String source, int document, int line, KubeObject object, ManifestProblem noMatch) {
  public LoadedObject {
    Objects.requireNonNull(object, "object");
  }

  public LoadedObject(String source, int document, int line, KubeObject object) {
    this(source, document, line, object, null);
  }

  /** Whether only a cluster's custom resources can map the object (see {@link #noMatch}). */
  public boolean unmapped() {
    return noMatch != null;
  }
}
