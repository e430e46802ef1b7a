package dev.dslab.engine.api;

import dev.dslab.model.meta.KubeObject;

/**
 * A change to a stored object. {@code old} is null for ADDED; {@code object} is the last state for
 * DELETED; {@code kind} is the stored kind (a custom resource's from its cluster's registry).
 */
public record WatchEvent(Type type, KubeObject object, KubeObject old, Kind kind) {
  /** An event of a built-in kind, whose kind its object tells. */
  public WatchEvent(Type type, KubeObject object, KubeObject old) {
    this(type, object, old, Kind.of(object));
  }

  /** The watch event types of the API. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }
}
