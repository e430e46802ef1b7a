package dev.dslab.engine.admission;

import dev.dslab.model.meta.KubeObject;
import java.util.List;

/**
 * The mutating admission chain of the simulated API server, in kube-apiserver's recommended order.
 */
public final class MutatingAdmission {
  private static final List<MutatingAdmissionPlugin> PLUGINS =
      List.of(new ServiceAccountAdmission(), new DefaultTolerationSecondsAdmission());

  private MutatingAdmission() {}

  /** The object as the plugins leave it, each given the previous one's result. */
  public static KubeObject admit(KubeObject object) {
    KubeObject admitted = object;
    for (MutatingAdmissionPlugin plugin : PLUGINS) {
      admitted = plugin.admit(admitted);
    }
    return admitted;
  }
}
