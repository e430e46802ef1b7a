package dev.dslab.engine.api;

import dev.dslab.model.meta.KubeObject;

/**
 * A change to a stored object. {@code old} is null for ADDED; {@code object} is the last state for
 * DELETED.
 */
public record WatchEvent(Type type, KubeObject object, KubeObject old) {
  /** The watch event types of the API. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }

  public Kind kind() {
    return Kind.of(object);
  }
}
