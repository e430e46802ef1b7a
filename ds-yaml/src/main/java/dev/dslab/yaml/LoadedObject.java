package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import java.util.Objects;

/**
 * An object read from a manifest, with where it came from.
 *
 * @param source the file as the user named it, or {@code STDIN}
 * @param document the 1-based number of its YAML document in the file (items of a List share it)
 * @param line the 1-based line the object starts on
 */
public record LoadedObject(String source, int document, int line, KubeObject object) {
  public LoadedObject {
    Objects.requireNonNull(object, "object");
  }
}
