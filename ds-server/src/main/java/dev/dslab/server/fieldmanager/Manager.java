package dev.dslab.server.fieldmanager;

/**
 * Who wrote fields, as a managedFields entry names it: the field manager, whether it applied or
 * updated, and the API version it wrote in.
 */
public record Manager(String name, Operation operation, String apiVersion) {
  /** metav1.ManagedFieldsOperationType. */
  public enum Operation {
    Apply,
    Update
  }
}
