package dev.dslab.model.apps;

import dev.dslab.model.meta.IntOrString;

/**
 * spec.updateStrategy.rollingUpdate: the unavailability and surge budgets (each nullable until
 * defaulted).
 */
public record RollingUpdateDaemonSet(IntOrString maxUnavailable, IntOrString maxSurge) {}
