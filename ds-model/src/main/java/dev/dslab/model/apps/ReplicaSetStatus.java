package dev.dslab.model.apps;

/** status of a ReplicaSet, computed by its controller from the pods it owns. */
public record ReplicaSetStatus(
    int replicas,
    int fullyLabeledReplicas,
    int readyReplicas,
    int availableReplicas,
    long observedGeneration) {
  public static final ReplicaSetStatus EMPTY = new ReplicaSetStatus(0, 0, 0, 0, 0);
}
