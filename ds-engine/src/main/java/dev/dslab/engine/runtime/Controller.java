package dev.dslab.engine.runtime;

/**
 * A controller of the simulation: it reacts to store changes by queueing keys and reconciles one
 * key at a time. The engine steps all controllers at the current instant until none has work.
 */
public interface Controller {
  /** Whether a key is waiting. */
  boolean hasWork();

  /** Reconciles the oldest waiting key. Never throws for a reconcile failure: it requeues instead. */
  void processNext();
}
