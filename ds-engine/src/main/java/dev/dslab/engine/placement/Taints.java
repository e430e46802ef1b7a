package dev.dslab.engine.placement;

import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Taint and toleration matching (component-helpers FindMatchingUntoleratedTaint). */
public final class Taints {
  private Taints() {}

  public static boolean tolerated(Taint taint, List<Toleration> tolerations) {
    for (Toleration t : tolerations) {
      if (t.tolerates(taint)) {
        return true;
      }
    }
    return false;
  }

  /** The first taint with one of {@code effects} that no toleration tolerates. */
  public static Optional<Taint> firstUntolerated(
      List<Taint> taints, List<Toleration> tolerations, Set<TaintEffect> effects) {
    for (Taint taint : taints) {
      if (effects.contains(taint.effect()) && !tolerated(taint, tolerations)) {
        return Optional.of(taint);
      }
    }
    return Optional.empty();
  }
}
