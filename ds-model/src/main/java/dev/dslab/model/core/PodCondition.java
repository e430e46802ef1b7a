package dev.dslab.model.core;

import java.time.Instant;

/** A pod condition (PodScheduled, Initialized, ContainersReady, Ready, DisruptionTarget, …). */
public record PodCondition(
    String type,
    ConditionStatus status,
    Instant lastTransitionTime,
    String reason,
    String message) {
  public static final String READY = "Ready";
  public static final String SCHEDULED = "PodScheduled";
  public static final String INITIALIZED = "Initialized";
  public static final String CONTAINERS_READY = "ContainersReady";
}
