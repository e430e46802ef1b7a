package dev.dslab.model.apps;

import dev.dslab.model.meta.IntOrString;

/** spec.strategy.rollingUpdate: the unavailability and surge budgets (null until defaulted). */
public record RollingUpdateDeployment(IntOrString maxUnavailable, IntOrString maxSurge) {}
