package dev.dslab.engine.rollout;

/** A rollout request kubectl refuses on the client side; the message is kubectl's. */
public final class RolloutException extends Exception {
  public RolloutException(String message) {
    super(message);
  }
}
