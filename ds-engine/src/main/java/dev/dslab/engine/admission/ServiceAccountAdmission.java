package dev.dslab.engine.admission;

import dev.dslab.engine.kubelet.StaticPods;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;

/**
 * The ServiceAccount admission plugin: a pod that names no service account runs as {@code default}.
 */
public final class ServiceAccountAdmission implements MutatingAdmissionPlugin {
  /** serviceaccount.DefaultServiceAccountName. */
  public static final String DEFAULT_SERVICE_ACCOUNT = "default";

  @Override
  public KubeObject admit(KubeObject object) {
    if (!(object instanceof Pod pod)) {
      return object;
    }
    // admission.go: "Don't modify the spec of mirror pods. That makes the kubelet very angry and
    // confused" — a static pod runs without a service account.
    if (StaticPods.isMirror(pod)) {
      return pod;
    }
    String name = pod.spec().serviceAccountName();
    if (name != null && !name.isEmpty()) {
      return pod;
    }
    return pod.withSpec(pod.spec().withServiceAccountName(DEFAULT_SERVICE_ACCOUNT));
  }
}
