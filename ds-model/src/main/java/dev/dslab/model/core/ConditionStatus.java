package dev.dslab.model.core;

/** The status of a condition: True, False or Unknown. */
public enum ConditionStatus {
  True,
  False,
  Unknown
}
