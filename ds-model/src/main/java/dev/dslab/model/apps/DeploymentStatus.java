package dev.dslab.model.apps;

import java.util.List;
import java.util.Optional;

/** status of a Deployment, computed by the controller from its ReplicaSets. */
public record DeploymentStatus(
    long observedGeneration,
    int replicas,
    int updatedReplicas,
    int readyReplicas,
    int availableReplicas,
    int unavailableReplicas,
    List<DeploymentCondition> conditions,
    Integer collisionCount) {

  public static final DeploymentStatus EMPTY =
      new DeploymentStatus(0, 0, 0, 0, 0, 0, List.of(), null);

  public DeploymentStatus {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  public Optional<DeploymentCondition> condition(String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  public DeploymentStatus withConditions(List<DeploymentCondition> value) {
    return new DeploymentStatus(
        observedGeneration,
        replicas,
        updatedReplicas,
        readyReplicas,
        availableReplicas,
        unavailableReplicas,
        value,
        collisionCount);
  }
}
