package dev.dslab.engine.registry;

import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.GoValues;
import dev.dslab.model.validation.NameRule;
import dev.dslab.model.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * priorityClassStrategy (pkg/registry/scheduling/priorityclass/strategy.go) with the v1 defaults
 * (SetDefaults_PriorityClass) and the rules of pkg/apis/scheduling/validation:
 * ValidatePriorityClass and ValidatePriorityClassUpdate. The object stays {@link Unstructured}; the
 * rules read it through {@link PriorityClass}.
 */
public final class PriorityClassStrategy implements RestStrategy<KubeObject> {
  private final UnstructuredStrategy generic =
      new UnstructuredStrategy(PriorityClass.KIND.apiResource());

  /** SetDefaults_PriorityClass: a class that names no policy preempts lower priorities. */
  @Override
  public KubeObject applyDefaults(KubeObject object) {
    if (object instanceof Unstructured u && u.get("preemptionPolicy") == null) {
      SortedMap<String, Object> content = new TreeMap<>(u.content());
      content.put("preemptionPolicy", PriorityClass.PREEMPT_LOWER_PRIORITY);
      return new Unstructured(u.apiVersion(), u.kind(), u.metadata(), content);
    }
    return object;
  }

  @Override
  public KubeObject prepareForCreate(KubeObject object) {
    return generic.prepareForCreate(object);
  }

  @Override
  public KubeObject prepareForUpdate(KubeObject updated, KubeObject current) {
    return generic.prepareForUpdate(updated, current);
  }

  /**
   * ValidatePriorityClass: metadata; a {@code system-} name only for a built-in class with its own
   * value and globalDefault; otherwise a value up to HighestUserDefinablePriority; a known policy.
   */
  @Override
  public List<FieldError> validate(KubeObject object) {
    List<FieldError> errors =
        new ArrayList<>(Validation.objectMeta(object.metadata(), false, NameRule.DNS_SUBDOMAIN));
    Optional<PriorityClass> read = PriorityClass.of(object);
    if (read.isEmpty()) {
      return errors;
    }
    PriorityClass pc = read.get();
    Object rawValue = ((Unstructured) object).get("value");
    if (rawValue != null && pc.value() == null) {
      // upstream refuses this when decoding (value is an int32); named here as a field error
      errors.add(
          FieldError.invalid(
              "value", GoValues.quote(String.valueOf(rawValue)), "must be an integer"));
    }
    String name = pc.name() == null ? "" : pc.name();
    if (name.startsWith(PriorityClass.SYSTEM_PREFIX)) {
      systemClassProblem(pc)
          .ifPresent(
              problem ->
                  errors.add(
                      FieldError.forbidden(
                          "metadata.name",
                          "priority class names with '"
                              + PriorityClass.SYSTEM_PREFIX
                              + "' prefix are reserved for system use only. error: "
                              + problem)));
    } else if (pc.valueOrZero() > PriorityClass.HIGHEST_USER_DEFINABLE_PRIORITY) {
      errors.add(
          FieldError.forbidden(
              "value",
              "maximum allowed value of a user defined priority is "
                  + PriorityClass.HIGHEST_USER_DEFINABLE_PRIORITY));
    }
    Object policy = ((Unstructured) object).get("preemptionPolicy");
    if (policy != null) {
      String p = String.valueOf(policy);
      if (p.isEmpty()) {
        errors.add(FieldError.required("preemptionPolicy", ""));
      } else if (!p.equals(PriorityClass.PREEMPT_LOWER_PRIORITY)
          && !p.equals(PriorityClass.PREEMPT_NEVER)) {
        errors.add(
            FieldError.notSupported(
                "preemptionPolicy",
                GoValues.quote(p),
                PriorityClass.PREEMPT_LOWER_PRIORITY,
                PriorityClass.PREEMPT_NEVER));
      }
    }
    return errors;
  }

  /** IsKnownSystemPriorityClass's error, or empty for a built-in class as it is defined. */
  private static Optional<String> systemClassProblem(PriorityClass pc) {
    Optional<PriorityClass.SystemClass> known = PriorityClass.system(pc.name());
    if (known.isEmpty()) {
      return Optional.of(pc.name() + " is not a known system priority class");
    }
    if (known.get().value() != pc.valueOrZero()) {
      return Optional.of("value of " + pc.name() + " PriorityClass must be " + known.get().value());
    }
    if (pc.globalDefault()) {
      return Optional.of("globalDefault of " + pc.name() + " PriorityClass must be false");
    }
    return Optional.empty();
  }

  /**
   * ValidatePriorityClassUpdate: the metadata rules, and value and preemptionPolicy may not change
   * (the create rules are not run again, as upstream).
   */
  @Override
  public List<FieldError> validateUpdate(KubeObject updated, KubeObject old) {
    List<FieldError> errors =
        new ArrayList<>(Validation.objectMeta(updated.metadata(), false, NameRule.DNS_SUBDOMAIN));
    Unstructured now = (Unstructured) updated;
    Unstructured before = (Unstructured) old;
    if (!Objects.equals(
        PriorityClass.of(now).map(PriorityClass::value).orElse(null),
        PriorityClass.of(before).map(PriorityClass::value).orElse(null))) {
      errors.add(FieldError.forbidden("value", "may not be changed in an update."));
    }
    Object policy = now.get("preemptionPolicy");
    if (!Objects.equals(policy, before.get("preemptionPolicy"))) {
      errors.add(
          FieldError.invalid(
              "preemptionPolicy",
              policy == null ? "null" : GoValues.quote(String.valueOf(policy)),
              "field is immutable"));
    }
    return errors;
  }
}
