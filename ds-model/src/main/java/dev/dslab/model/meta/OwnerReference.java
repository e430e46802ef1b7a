package dev.dslab.model.meta;

import java.util.Objects;

/** metadata.ownerReferences[]: who owns an object, and whether it is its controller. */
public record OwnerReference(
    String apiVersion,
    String kind,
    String name,
    String uid,
    boolean controller,
    boolean blockOwnerDeletion) {
  public OwnerReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** What metav1.NewControllerRef builds: controller and blockOwnerDeletion both true. */
  public static OwnerReference controllerRef(
      String apiVersion, String kind, String name, String uid) {
    return new OwnerReference(apiVersion, kind, name, uid, true, true);
  }
}
