package dev.dslab.engine.priority;

import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the simulation reads of a stored PriorityClass (scheduling.k8s.io/v1), which the store keeps
 * as an {@link Unstructured} object: its value, whether it is the global default, and the
 * preemption policy its pods get.
 *
 * @param value null when the object sets none or sets a non-integer (validation refuses both)
 */
public record PriorityClass(
    String name, Integer value, boolean globalDefault, String preemptionPolicy) {
  public static final String API_VERSION = "scheduling.k8s.io/v1";
  public static final String KIND_NAME = "PriorityClass";
  public static final Kind KIND = Kind.find(API_VERSION, KIND_NAME).orElseThrow();

  /** v1.PreemptLowerPriority: the default policy (SetDefaults_PriorityClass). */
  public static final String PREEMPT_LOWER_PRIORITY = "PreemptLowerPriority";

  /** v1.PreemptNever. */
  public static final String PREEMPT_NEVER = "Never";

  /** scheduling.SystemPriorityClassPrefix: names reserved for the built-in classes. */
  public static final String SYSTEM_PREFIX = "system-";

  /** scheduling.HighestUserDefinablePriority. */
  public static final int HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;

  /** scheduling.SystemCriticalPriority: twice the highest user-definable value. */
  public static final int SYSTEM_CRITICAL_PRIORITY = 2 * HIGHEST_USER_DEFINABLE_PRIORITY;

  public static final String SYSTEM_NODE_CRITICAL = "system-node-critical";
  public static final String SYSTEM_CLUSTER_CRITICAL = "system-cluster-critical";

  /** scheduling.DefaultPriorityWhenNoDefaultClassExists. */
  public static final int DEFAULT_PRIORITY = 0;

  /** A built-in class: its name, value and description (pkg/apis/scheduling/v1 helpers.go). */
  public record SystemClass(String name, int value, String description) {}

  /**
   * systemPriorityClasses, in upstream's order: the API server creates them at start-up (the
   * scheduling storage's post-start hook) and refuses to delete them.
   */
  public static final List<SystemClass> SYSTEM_CLASSES =
      List.of(
          new SystemClass(
              SYSTEM_NODE_CRITICAL,
              SYSTEM_CRITICAL_PRIORITY + 1000,
              "Used for system critical pods that must not be moved from their current node."),
          new SystemClass(
              SYSTEM_CLUSTER_CRITICAL,
              SYSTEM_CRITICAL_PRIORITY,
              "Used for system critical pods that must run in the cluster, but can be moved to"
                  + " another node if necessary."));

  /** The PriorityClass fields of a stored object, or empty when it is of another kind. */
  public static Optional<PriorityClass> of(Object object) {
    if (!(object instanceof Unstructured u)
        || !u.kind().equals(KIND_NAME)
        || !u.apiVersion().startsWith("scheduling.k8s.io/")) {
      return Optional.empty();
    }
    Object value = u.get("value");
    Integer intValue =
        value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
            ? Integer.valueOf(n.intValue())
            : null;
    Object globalDefault = u.get("globalDefault");
    Object policy = u.get("preemptionPolicy");
    return Optional.of(
        new PriorityClass(
            u.metadata().name(),
            intValue,
            Boolean.TRUE.equals(globalDefault),
            policy instanceof String s ? s : null));
  }

  /** The value, 0 for an object without one (never stored: validation requires an integer). */
  public int valueOrZero() {
    return value == null ? 0 : value;
  }

  /** The built-in class of that name, if it is one. */
  public static Optional<SystemClass> system(String name) {
    return SYSTEM_CLASSES.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** A built-in class as the API server stores it, before it gives it a uid and a time. */
  public static Unstructured object(SystemClass c) {
    SortedMap<String, Object> content = new TreeMap<>();
    content.put("value", c.value());
    content.put("description", c.description());
    content.put("preemptionPolicy", PREEMPT_LOWER_PRIORITY);
    return new Unstructured(API_VERSION, KIND_NAME, ObjectMeta.named(c.name()), content);
  }
}
