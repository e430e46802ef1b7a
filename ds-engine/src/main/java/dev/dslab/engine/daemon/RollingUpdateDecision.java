package dev.dslab.engine.daemon;

import java.util.Objects;

/**
 * What the rolling-update planner decided for one sync: a plan to carry out, or that the sync
 * cannot go on now and is retried later (where upstream's rollingUpdate returns an error, such as a
 * node that went away between two reads). Retrying later is an ordinary outcome, not an exception:
 * an exception from the planner is a bug.
 */
public sealed interface RollingUpdateDecision {
  /** Carry out {@code plan}. */
  record Proceed(NodePlan plan) implements RollingUpdateDecision {
    public Proceed {
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** Nothing is carried out; the sync fails for {@code reason} and is retried with backoff. */
  record RetryLater(String reason) implements RollingUpdateDecision {
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
