package dev.dslab.model.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A node taint. {@code value} may be empty, never null; {@code timeAdded} is set for NoExecute
 * taints.
 */
public record Taint(String key, String value, TaintEffect effect, Instant timeAdded) {
  public Taint {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(effect, "effect");
    value = value == null ? "" : value;
  }

  public static Taint of(String key, String value, TaintEffect effect) {
    return new Taint(key, value, effect, null);
  }

  /** Same key and effect: what kubectl taint and the API treat as "the same taint". */
  public boolean sameKeyAndEffect(Taint other) {
    return key.equals(other.key) && effect == other.effect;
  }

  /** {@code key=value:Effect}, or {@code key:Effect} without a value, as kubectl prints taints. */
  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
  }
}
