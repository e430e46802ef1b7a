package dev.dslab.model.validation;

import static dev.dslab.model.validation.DaemonSetValidation.nonNegative;
import static dev.dslab.model.validation.DaemonSetValidation.notMoreThan100Percent;
import static dev.dslab.model.validation.DaemonSetValidation.parsedValue;
import static dev.dslab.model.validation.DaemonSetValidation.positiveIntOrPercent;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentSpec;
import dev.dslab.model.apps.DeploymentStrategy;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetSpec;
import dev.dslab.model.apps.RollingUpdateDeployment;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Deployment and ReplicaSet sections of the API server's validation
 * (pkg/apis/apps/validation/validation.go: ValidateDeploymentSpec, ValidateReplicaSetSpec,
 * ValidatePodTemplateSpecForReplicaSet, ValidateDeploymentStrategy,
 * ValidateRollingUpdateDeployment).
 */
final class WorkloadValidation {
  private WorkloadValidation() {}

  static List<FieldError> deployment(Deployment d) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(d.metadata(), true, "metadata"));
    errs.addAll(deploymentSpec(d.spec(), "spec"));
    return errs;
  }

  static List<FieldError> deploymentUpdate(Deployment updated, Deployment old) {
    List<FieldError> errs = new ArrayList<>(deployment(updated));
    immutableSelector(updated.spec().selector(), old.spec().selector(), errs);
    return errs;
  }

  static List<FieldError> replicaSet(ReplicaSet rs) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(rs.metadata(), true, "metadata"));
    errs.addAll(replicaSetSpec(rs.spec(), "spec"));
    return errs;
  }

  static List<FieldError> replicaSetUpdate(ReplicaSet updated, ReplicaSet old) {
    List<FieldError> errs = new ArrayList<>(replicaSet(updated));
    immutableSelector(updated.spec().selector(), old.spec().selector(), errs);
    return errs;
  }

  /** apps/v1 (ValidateDeploymentUpdate, ValidateReplicaSetUpdate): the selector is immutable. */
  private static void immutableSelector(
      LabelSelector updated, LabelSelector old, List<FieldError> errs) {
    if (!Objects.equals(updated, old)) {
      errs.add(
          FieldError.invalid(
              "spec.selector", MetadataValidation.goSelector(updated), "field is immutable"));
    }
  }

  /** ValidateDeploymentSpec, in upstream's order. */
  static List<FieldError> deploymentSpec(DeploymentSpec spec, String path) {
    List<FieldError> errs = new ArrayList<>();
    nonNegative(spec.replicas() == null ? 0 : spec.replicas(), path + ".replicas", errs);
    selectorAndTemplate(spec.selector(), spec.template(), path, errs);
    errs.addAll(strategy(spec.strategy(), path + ".strategy"));
    nonNegative(spec.minReadySeconds(), path + ".minReadySeconds", errs);
    if (spec.revisionHistoryLimit() != null) {
      nonNegative(spec.revisionHistoryLimit(), path + ".revisionHistoryLimit", errs);
    }
    Integer deadline = spec.progressDeadlineSeconds();
    if (deadline != null) {
      nonNegative(deadline, path + ".progressDeadlineSeconds", errs);
      if (deadline <= spec.minReadySeconds()) {
        errs.add(
            FieldError.invalid(
                path + ".progressDeadlineSeconds",
                deadline.toString(),
                "must be greater than minReadySeconds"));
      }
    }
    return errs;
  }

  /** ValidateReplicaSetSpec, in upstream's order. */
  static List<FieldError> replicaSetSpec(ReplicaSetSpec spec, String path) {
    List<FieldError> errs = new ArrayList<>();
    nonNegative(spec.replicas() == null ? 0 : spec.replicas(), path + ".replicas", errs);
    nonNegative(spec.minReadySeconds(), path + ".minReadySeconds", errs);
    selectorAndTemplate(spec.selector(), spec.template(), path, errs);
    return errs;
  }

  /**
   * The selector part both specs share, then ValidatePodTemplateSpecForReplicaSet. Upstream says
   * "for deployment" in the empty-selector message of ReplicaSets too.
   */
  private static void selectorAndTemplate(
      LabelSelector selector, PodTemplateSpec template, String path, List<FieldError> errs) {
    List<FieldError> selectorErrors = List.of();
    if (selector == null) {
      errs.add(FieldError.required(path + ".selector", ""));
    } else {
      selectorErrors = MetadataValidation.labelSelector(selector, path + ".selector");
      errs.addAll(selectorErrors);
      if (selector.isEmpty()) {
        errs.add(
            FieldError.invalid(
                path + ".selector",
                MetadataValidation.goSelector(selector),
                "empty selector is invalid for deployment"));
      }
    }
    if (!selectorErrors.isEmpty()) {
      return;
    }
    String templatePath = path + ".template";
    if (template == null) {
      errs.add(FieldError.required(templatePath, ""));
      return;
    }
    Map<String, String> labels = template.metadata().labels();
    // A nil selector is labels.Nothing(), which is not Empty() and matches nothing.
    if ((selector == null || !selector.isEmpty())
        && (selector == null || !selector.matches(labels))) {
      errs.add(
          FieldError.invalid(
              templatePath + ".metadata.labels",
              GoValues.stringMap(labels),
              "`selector` does not match template `labels`"));
    }
    errs.addAll(PodValidation.podTemplate(template, templatePath));
    String restart = template.spec().restartPolicy();
    if (restart != null && !"Always".equals(restart)) {
      errs.add(
          FieldError.notSupported(
              templatePath + ".spec.restartPolicy", GoValues.quote(restart), "Always"));
    }
    if (template.spec().activeDeadlineSeconds() != null) {
      errs.add(
          FieldError.forbidden(
              templatePath + ".spec.activeDeadlineSeconds",
              "activeDeadlineSeconds in ReplicaSet is not Supported"));
    }
  }

  /** ValidateDeploymentStrategy. */
  static List<FieldError> strategy(DeploymentStrategy strategy, String path) {
    List<FieldError> errs = new ArrayList<>();
    if (strategy == null || strategy.type() == null) {
      return errs;
    }
    switch (strategy.type()) {
      case DeploymentStrategy.RECREATE -> {
        if (strategy.rollingUpdate() != null) {
          errs.add(
              FieldError.forbidden(
                  path + ".rollingUpdate",
                  "may not be specified when strategy `type` is 'Recreate'"));
        }
      }
      case DeploymentStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() == null) {
          errs.add(
              FieldError.required(
                  path + ".rollingUpdate", "this should be defaulted and never be nil"));
        } else {
          errs.addAll(rollingUpdate(strategy.rollingUpdate(), path + ".rollingUpdate"));
        }
      }
      default ->
          errs.add(
              FieldError.notSupported(
                  path,
                  "apps.DeploymentStrategy{Type:"
                      + GoValues.quote(strategy.type())
                      + ", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}",
                  DeploymentStrategy.RECREATE,
                  DeploymentStrategy.ROLLING_UPDATE));
    }
    return errs;
  }

  /**
   * ValidateRollingUpdateDeployment: each budget an int ≥ 0 or a percent, not both zero,
   * maxUnavailable at most 100%.
   */
  static List<FieldError> rollingUpdate(RollingUpdateDeployment ru, String path) {
    List<FieldError> errs = new ArrayList<>();
    String unavailablePath = path + ".maxUnavailable";
    positiveIntOrPercent(ru.maxUnavailable(), unavailablePath, errs);
    positiveIntOrPercent(ru.maxSurge(), path + ".maxSurge", errs);
    if (parsedValue(ru.maxUnavailable()) == 0 && parsedValue(ru.maxSurge()) == 0) {
      errs.add(
          FieldError.invalid(
              unavailablePath,
              ru.maxUnavailable() == null ? "null" : ru.maxUnavailable().goString(),
              "may not be 0 when `maxSurge` is 0"));
    }
    notMoreThan100Percent(ru.maxUnavailable(), unavailablePath, errs);
    return errs;
  }
}
