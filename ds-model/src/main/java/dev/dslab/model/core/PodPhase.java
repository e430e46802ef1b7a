package dev.dslab.model.core;

/** The pod phase. */
public enum PodPhase {
  Pending,
  Running,
  Succeeded,
  Failed,
  Unknown;

  public boolean isTerminal() {
    return this == Succeeded || this == Failed;
  }
}
