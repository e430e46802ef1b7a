package dev.dslab.engine.api;

/**
 * How to delete: the propagation policy for dependents (Background when null, as apps/v1 defaults)
 * and a grace period (null: the object's own).
 */
public record DeleteOptions(Propagation propagation, Long gracePeriodSeconds) {
  /** metav1.DeletionPropagation. */
  public enum Propagation {
    Background,
    Foreground,
    Orphan
  }

  public static final DeleteOptions DEFAULT = new DeleteOptions(null, null);

  public static DeleteOptions orphan() {
    return new DeleteOptions(Propagation.Orphan, null);
  }

  public static DeleteOptions now() {
    return new DeleteOptions(null, 0L);
  }
}
