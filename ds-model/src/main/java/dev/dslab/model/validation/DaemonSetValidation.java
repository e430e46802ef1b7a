package dev.dslab.model.validation;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The DaemonSet section of the API server's validation (pkg/apis/apps/validation): the spec, its
 * update strategy and budgets, and what may not change on update.
 */
final class DaemonSetValidation {
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

  private DaemonSetValidation() {}

  /** ValidateDaemonSet: metadata, then spec. */
  static List<FieldError> daemonSet(DaemonSet ds) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(ds.metadata(), true, "metadata"));
    errs.addAll(daemonSetSpec(ds.spec(), "spec"));
    return errs;
  }

  /** ValidateDaemonSetUpdate: everything of a create, and the selector may not change (apps/v1). */
  static List<FieldError> daemonSetUpdate(DaemonSet updated, DaemonSet old) {
    List<FieldError> errs = new ArrayList<>(daemonSet(updated));
    if (!Objects.equals(updated.spec().selector(), old.spec().selector())) {
      errs.add(
          FieldError.invalid(
              "spec.selector",
              MetadataValidation.goSelector(updated.spec().selector()),
              "field is immutable"));
    }
    return errs;
  }

  static List<FieldError> daemonSetSpec(DaemonSetSpec spec, String path) {
    List<FieldError> errs = new ArrayList<>();
    LabelSelector selector = spec.selector();
    List<FieldError> selectorErrors =
        selector == null
            ? List.of()
            : MetadataValidation.labelSelector(selector, path + ".selector");
    errs.addAll(selectorErrors);
    PodTemplateSpec template = spec.template();
    Map<String, String> templateLabels = template == null ? Map.of() : template.metadata().labels();
    // A nil selector becomes labels.Nothing(), which matches no labels at all.
    if (selectorErrors.isEmpty() && (selector == null || !selector.matches(templateLabels))) {
      errs.add(
          FieldError.invalid(
              path + ".template.metadata.labels",
              GoValues.stringMap(templateLabels),
              "`selector` does not match template `labels`"));
    }
    if (selector != null && selector.isEmpty()) {
      errs.add(
          FieldError.invalid(
              path + ".selector",
              MetadataValidation.goSelector(selector),
              "empty selector is invalid for daemonset"));
    }
    if (template == null) {
      errs.add(FieldError.required(path + ".template", null));
    } else {
      errs.addAll(PodValidation.podTemplate(template, path + ".template"));
      String restart = template.spec().restartPolicy();
      if (restart != null && !"Always".equals(restart)) {
        errs.add(
            FieldError.notSupported(
                path + ".template.spec.restartPolicy", GoValues.quote(restart), "Always"));
      }
      if (template.spec().activeDeadlineSeconds() != null) {
        errs.add(
            FieldError.forbidden(
                path + ".template.spec.activeDeadlineSeconds",
                "activeDeadlineSeconds in DaemonSet is not Supported"));
      }
    }
    nonNegative(spec.minReadySeconds(), path + ".minReadySeconds", errs);
    errs.addAll(updateStrategy(spec.updateStrategy(), path + ".updateStrategy"));
    if (spec.revisionHistoryLimit() != null) {
      nonNegative(spec.revisionHistoryLimit(), path + ".revisionHistoryLimit", errs);
    }
    return errs;
  }

  static List<FieldError> updateStrategy(DaemonSetUpdateStrategy strategy, String path) {
    List<FieldError> errs = new ArrayList<>();
    if (strategy == null || strategy.type() == null) {
      return errs;
    }
    switch (strategy.type()) {
      case DaemonSetUpdateStrategy.ON_DELETE -> {
        // nothing to check: OnDelete has no parameters
      }
      case DaemonSetUpdateStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() == null) {
          errs.add(FieldError.required(path + ".rollingUpdate", null));
        } else {
          errs.addAll(rollingUpdate(strategy.rollingUpdate(), path + ".rollingUpdate"));
        }
      }
      default ->
          errs.add(
              FieldError.notSupported(
                  path, GoValues.quote(strategy.type()), "RollingUpdate", "OnDelete"));
    }
    return errs;
  }

  /**
   * ValidateRollingUpdateDaemonSet: each budget an int ≥ 0 or a percent ≤ 100%, exactly one of them
   * non-zero.
   */
  static List<FieldError> rollingUpdate(RollingUpdateDaemonSet ru, String path) {
    List<FieldError> errs = new ArrayList<>();
    String unavailablePath = path + ".maxUnavailable";
    String surgePath = path + ".maxSurge";
    positiveIntOrPercent(ru.maxUnavailable(), unavailablePath, errs);
    positiveIntOrPercent(ru.maxSurge(), surgePath, errs);
    notMoreThan100Percent(ru.maxUnavailable(), unavailablePath, errs);
    notMoreThan100Percent(ru.maxSurge(), surgePath, errs);
    int unavailable = parsedValue(ru.maxUnavailable());
    int surge = parsedValue(ru.maxSurge());
    if (unavailable == 0 && surge == 0) {
      errs.add(FieldError.required(unavailablePath, "cannot be 0 when maxSurge is 0"));
    }
    if (unavailable != 0 && surge != 0) {
      errs.add(
          FieldError.invalid(
              surgePath,
              ru.maxSurge().goString(),
              "may not be set when maxUnavailable is non-zero"));
    }
    return errs;
  }

  static void positiveIntOrPercent(IntOrString value, String path, List<FieldError> errs) {
    if (value == null) {
      return;
    }
    if (value.isInt()) {
      nonNegative(value.intValue(), path, errs);
    } else if (!PERCENT.matcher(value.stringValue()).matches()) {
      errs.add(
          FieldError.invalid(
              path,
              value.goString(),
              "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex"
                  + " used for validation is '[0-9]+%')"));
    }
  }

  static void notMoreThan100Percent(IntOrString value, String path, List<FieldError> errs) {
    if (value == null || value.isInt() || !PERCENT.matcher(value.stringValue()).matches()) {
      return;
    }
    if (parsedValue(value) > 100) {
      errs.add(FieldError.invalid(path, value.goString(), "must not be greater than 100%"));
    }
  }

  /**
   * getIntOrPercentValue: the int, or the number before '%' of a valid percent; else Atoi of the
   * string, 0 on failure.
   */
  static int parsedValue(IntOrString value) {
    if (value == null) {
      return 0;
    }
    if (value.isInt()) {
      return value.intValue();
    }
    String s = value.stringValue();
    try {
      return Integer.parseInt(PERCENT.matcher(s).matches() ? s.substring(0, s.length() - 1) : s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static void nonNegative(long value, String path, List<FieldError> errs) {
    if (value < 0) {
      errs.add(
          FieldError.invalid(path, Long.toString(value), "must be greater than or equal to 0"));
    }
  }
}
