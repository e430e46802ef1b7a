package dev.dslab.model.core;

import java.time.Instant;

/** A node condition (Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable). */
public record NodeCondition(
    String type,
    ConditionStatus status,
    Instant lastHeartbeatTime,
    Instant lastTransitionTime,
    String reason,
    String message) {
  public static final String READY = "Ready";
}
