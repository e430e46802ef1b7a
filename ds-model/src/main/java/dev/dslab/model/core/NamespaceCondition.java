package dev.dslab.model.core;

import java.time.Instant;

/**
 * A namespace condition: the namespace controller's report on a deletion
 * (NamespaceDeletionContentFailure, NamespaceContentRemaining, …).
 */
public record NamespaceCondition(
    String type,
    ConditionStatus status,
    Instant lastTransitionTime,
    String reason,
    String message) {}
