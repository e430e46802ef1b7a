package dev.dslab.engine.runtime;

/**
 * A controller of the simulation: it reacts to store changes by queueing keys and reconciles one
 * key at a time. The engine steps all controllers at the current instant until none has work.
 */
public interface Controller {
  /** Whether a key is waiting. */
  boolean hasWork();

  /**
   * Reconciles the oldest waiting key. A reconcile that fails in an expected way (the API server
   * refused a write, the controller has to wait for the world to change) is reported and requeued
   * with backoff, never thrown; anything thrown is a bug and reaches the caller.
   */
  void processNext();
}
