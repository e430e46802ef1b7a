package dev.dslab.engine.admission;

import dev.dslab.engine.kubelet.StaticPods;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount/admission.go, {@code
 * Plugin.Admit}): a pod that names no service account runs as {@code default}; a pod created must
 * name a service account that exists in its namespace, or it is refused. The lookup is on create
 * only: a running pod whose account is deleted later keeps running.
 */
public final class ServiceAccountAdmission implements MutatingAdmissionPlugin {
  /** serviceaccount.DefaultServiceAccountName. */
  public static final String DEFAULT_SERVICE_ACCOUNT = "default";

  /** kubetypes.ConfigMirrorAnnotationKey: mirror pods of static pods are not looked at. */
  static final String MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

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

  /**
   * Admit's lookup of the pod's service account (getServiceAccount): the cause of the refusal when
   * the account is missing — {@code error looking up service account NS/NAME: serviceaccount "NAME"
   * not found}, the API server wraps it in a Forbidden — or empty when the pod may be created.
   * {@code exists} answers whether a service account (namespace, name) is stored.
   */
  public static Optional<String> missingServiceAccount(
      Pod admitted, BiPredicate<String, String> exists) {
    if (admitted.metadata().annotations().containsKey(MIRROR_POD_ANNOTATION)) {
      return Optional.empty();
    }
    String namespace = admitted.metadata().namespace();
    String name = admitted.spec().serviceAccountName();
    if (exists.test(namespace, name)) {
      return Optional.empty();
    }
    // errors.NewNotFound(api.Resource("serviceaccount"), name): the singular resource, as upstream
    return Optional.of(
        "error looking up service account "
            + namespace
            + "/"
            + name
            + ": serviceaccount \""
            + name
            + "\" not found");
  }
}
