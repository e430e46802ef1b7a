package dev.dslab.server.fieldmanager;

/**
 * A field an apply would set to another value than its owner gave it (structured-merge-diff's
 * merge.Conflict): the owner as the apiserver prints it (printManager in
 * staging/src/k8s.io/apiserver/pkg/endpoints/handlers/fieldmanager/internal/conflict.go) and the
 * path.
 */
public record Conflict(Manager owner, FieldPath path) {
  /** {@code "kubectl-set" using apps/v1} for an Update owner, {@code "kubectl"} for an Apply. */
  public String printedOwner() {
    String name = "\"" + owner.name() + "\"";
    return owner.operation() == Manager.Operation.Update
        ? name + " using " + owner.apiVersion()
        : name;
  }
}
