package dev.dslab.model.apps;

import java.time.Instant;

/**
 * One of a Deployment's status conditions ({@code Available}, {@code Progressing}, {@code
 * ReplicaFailure}); {@code status} is "True", "False" or "Unknown".
 */
public record DeploymentCondition(
    String type,
    String status,
    Instant lastUpdateTime,
    Instant lastTransitionTime,
    String reason,
    String message) {
  public static final String AVAILABLE = "Available";
  public static final String PROGRESSING = "Progressing";
  public static final String REPLICA_FAILURE = "ReplicaFailure";
}
