package dev.dslab.engine.placement;

import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.util.ArrayList;
import java.util.List;

/**
 * util.AddOrUpdateDaemonPodTolerations: the tolerations every daemon pod gets, without a time
 * limit. A user toleration with the same key, operator, value and effect is replaced (and so loses
 * its tolerationSeconds); the others are appended in this order.
 */
public final class DaemonPodTolerations {
  public static final String NOT_READY = "node.kubernetes.io/not-ready";
  public static final String UNREACHABLE = "node.kubernetes.io/unreachable";
  public static final String DISK_PRESSURE = "node.kubernetes.io/disk-pressure";
  public static final String MEMORY_PRESSURE = "node.kubernetes.io/memory-pressure";
  public static final String PID_PRESSURE = "node.kubernetes.io/pid-pressure";
  public static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
  public static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

  private DaemonPodTolerations() {}

  public static List<Toleration> addTo(List<Toleration> userTolerations, boolean hostNetwork) {
    List<Toleration> result = new ArrayList<>(userTolerations);
    addOrUpdate(result, Toleration.exists(NOT_READY, TaintEffect.NoExecute));
    addOrUpdate(result, Toleration.exists(UNREACHABLE, TaintEffect.NoExecute));
    addOrUpdate(result, Toleration.exists(DISK_PRESSURE, TaintEffect.NoSchedule));
    addOrUpdate(result, Toleration.exists(MEMORY_PRESSURE, TaintEffect.NoSchedule));
    addOrUpdate(result, Toleration.exists(PID_PRESSURE, TaintEffect.NoSchedule));
    addOrUpdate(result, Toleration.exists(UNSCHEDULABLE, TaintEffect.NoSchedule));
    if (hostNetwork) {
      addOrUpdate(result, Toleration.exists(NETWORK_UNAVAILABLE, TaintEffect.NoSchedule));
    }
    return List.copyOf(result);
  }

  /** AddOrUpdateTolerationInPodSpec. */
  private static void addOrUpdate(List<Toleration> tolerations, Toleration toleration) {
    for (int i = 0; i < tolerations.size(); i++) {
      if (tolerations.get(i).sameIdentity(toleration)) {
        tolerations.set(i, toleration);
        return;
      }
    }
    tolerations.add(toleration);
  }
}
