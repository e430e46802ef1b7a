package dev.dslab.engine.placement;

import dev.dslab.model.core.Taint;
import java.util.Optional;

/**
 * The answer of NodeShouldRunDaemonPod for one node: whether a pod should be created there ({@code
 * shouldRun}), whether an existing one may stay ({@code shouldContinueRunning}), and when not, why
 * ({@code reason}, for people; {@code untoleratedTaint} when a taint is the cause).
 */
public record Eligibility(
    boolean shouldRun, boolean shouldContinueRunning, String reason, Taint untoleratedTaint) {
  public static final Eligibility RUN = new Eligibility(true, true, null, null);

  public static Eligibility mismatch(String reason) {
    return new Eligibility(false, false, reason, null);
  }

  public Optional<String> why() {
    return Optional.ofNullable(reason);
  }
}
