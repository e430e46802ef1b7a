package dev.dslab.engine.admission;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.util.Comparator;
import java.util.Optional;

/**
 * The Priority admission plugin (plugin/pkg/admission/priority/admission.go), which needs the
 * store's PriorityClasses. On a pod's create ({@code admitPod}) it resolves {@code
 * priorityClassName} to the class's value and preemption policy — the global default class for a
 * pod that names none, else 0 with PreemptLowerPriority — and refuses a class that does not exist
 * or a priority or policy the pod sets that disagrees; on an update it keeps the priority the
 * create gave. On a PriorityClass's create or update ({@code validatePriorityClass}) it refuses a
 * second global default. Since 1.17 the system classes are allowed in every namespace (a
 * ResourceQuota may limit them), so no namespace check is made.
 */
public final class PriorityAdmission {
  private PriorityAdmission() {}

  /** The mutating half: the pod with its priority filled in, any other object as it is. */
  public static KubeObject admit(KubeObject object, KubeObject old, ObjectStore store)
      throws ApiException {
    if (!(object instanceof Pod pod)) {
      return object;
    }
    if (old instanceof Pod oldPod) {
      // This admission plugin set pod.Spec.Priority on create: keep it on update.
      if (pod.spec().priority() == null && oldPod.spec().priority() != null) {
        return pod.withSpec(
            pod.spec()
                .withPriority(
                    oldPod.spec().priority(),
                    pod.spec().preemptionPolicy() != null
                        ? pod.spec().preemptionPolicy()
                        : oldPod.spec().preemptionPolicy()));
      }
      return pod;
    }
    String className = pod.spec().priorityClassName();
    PriorityClass resolved;
    if (className == null || className.isEmpty()) {
      Optional<PriorityClass> globalDefault = globalDefault(store);
      if (globalDefault.isEmpty()) {
        // getDefaultPriority without a default class: 0, and the default policy
        return withPriority(
            pod, PriorityClass.DEFAULT_PRIORITY, PriorityClass.PREEMPT_LOWER_PRIORITY);
      }
      resolved = globalDefault.get();
      pod = pod.withSpec(pod.spec().withPriorityClassName(resolved.name()));
    } else {
      Optional<PriorityClass> found =
          store.get(PriorityClass.KIND, null, className).flatMap(PriorityClass::of);
      if (found.isEmpty()) {
        throw forbidden(pod, "no PriorityClass with name " + className + " was found");
      }
      resolved = found.get();
    }
    return withPriority(pod, resolved.valueOrZero(), resolved.preemptionPolicy());
  }

  private static Pod withPriority(Pod pod, int priority, String policy) throws ApiException {
    Integer asked = pod.spec().priority();
    if (asked != null && asked != priority) {
      throw forbidden(
          pod,
          "the integer value of priority ("
              + asked
              + ") must not be provided in pod spec; priority admission controller computed "
              + priority
              + " from the given PriorityClass name");
    }
    String askedPolicy = pod.spec().preemptionPolicy();
    if (policy != null && askedPolicy != null && !askedPolicy.equals(policy)) {
      throw forbidden(
          pod,
          "the string value of PreemptionPolicy ("
              + askedPolicy
              + ") must not be provided in pod spec; priority admission controller computed "
              + policy
              + " from the given PriorityClass name");
    }
    return pod.withSpec(pod.spec().withPriority(priority, policy != null ? policy : askedPolicy));
  }

  /** The validating half: a PriorityClass marked globalDefault while another one is. */
  public static void validate(KubeObject object, KubeObject old, ObjectStore store)
      throws ApiException {
    Optional<PriorityClass> pc = PriorityClass.of(object);
    if (pc.isEmpty() || !pc.get().globalDefault()) {
      return;
    }
    Optional<PriorityClass> existing = globalDefault(store);
    if (existing.isPresent() && (old == null || !existing.get().name().equals(pc.get().name()))) {
      throw forbidden(
          object,
          "PriorityClass "
              + existing.get().name()
              + " is already marked as default. Only one default can exist");
    }
  }

  /**
   * getDefaultPriorityClass: the class marked globalDefault; should a race have marked several, the
   * one of lowest value (then the first by name, for a deterministic answer).
   */
  public static Optional<PriorityClass> globalDefault(ObjectStore store) {
    return store.list(PriorityClass.KIND, null).stream()
        .map(PriorityClass::of)
        .flatMap(Optional::stream)
        .filter(PriorityClass::globalDefault)
        .min(
            Comparator.comparingInt(PriorityClass::valueOrZero).thenComparing(PriorityClass::name));
  }

  /**
   * admission.NewForbidden: the resource, the object's name (its generateName before the server
   * makes one up) and the plugin's reason.
   */
  private static ApiException forbidden(KubeObject object, String reason) {
    String name = object.metadata().name();
    if (name == null || name.isEmpty()) {
      name = object.metadata().generateName();
    }
    if (name == null || name.isEmpty()) {
      name = "Unknown";
    }
    return new ApiException(
        ApiException.Reason.Forbidden,
        Kind.of(object).qualifiedResource() + " \"" + name + "\" is forbidden: " + reason);
  }
}
