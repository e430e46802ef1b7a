package dev.dslab.model.apps;

/**
 * spec.strategy: type RollingUpdate (with its budgets) or Recreate. {@code type} null until
 * defaulted.
 */
public record DeploymentStrategy(String type, RollingUpdateDeployment rollingUpdate) {
  public static final String ROLLING_UPDATE = "RollingUpdate";
  public static final String RECREATE = "Recreate";

  public boolean isRollingUpdate() {
    return ROLLING_UPDATE.equals(type);
  }

  public boolean isRecreate() {
    return RECREATE.equals(type);
  }
}
