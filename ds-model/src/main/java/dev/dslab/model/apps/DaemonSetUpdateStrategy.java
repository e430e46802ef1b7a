package dev.dslab.model.apps;

/**
 * spec.updateStrategy: type RollingUpdate (with its budgets) or OnDelete. {@code type} null until
 * defaulted.
 */
public record DaemonSetUpdateStrategy(String type, RollingUpdateDaemonSet rollingUpdate) {
  public static final String ROLLING_UPDATE = "RollingUpdate";
  public static final String ON_DELETE = "OnDelete";

  public boolean isRollingUpdate() {
    return ROLLING_UPDATE.equals(type);
  }
}
