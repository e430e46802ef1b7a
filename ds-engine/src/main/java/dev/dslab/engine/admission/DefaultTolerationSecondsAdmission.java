package dev.dslab.engine.admission;

import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The DefaultTolerationSeconds admission plugin: a pod that does not tolerate the not-ready and
 * unreachable NoExecute taints gets tolerations for them of 300 s each. Daemon pods tolerate them
 * already (forever), so they are left as they are.
 */
public final class DefaultTolerationSecondsAdmission implements MutatingAdmissionPlugin {
  /** --default-not-ready-toleration-seconds and --default-unreachable-toleration-seconds. */
  public static final long DEFAULT_TOLERATION_SECONDS = 300;

  private static final List<String> TAINT_KEYS =
      List.of("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable");

  @Override
  public KubeObject admit(KubeObject object) {
    if (!(object instanceof Pod pod)) {
      return object;
    }
    List<Toleration> tolerations = new ArrayList<>(pod.spec().tolerations());
    for (String key : TAINT_KEYS) {
      Taint taint = Taint.of(key, "", TaintEffect.NoExecute);
      if (tolerations.stream().noneMatch(t -> t.tolerates(taint))) {
        tolerations.add(
            new Toleration(
                key, Toleration.EXISTS, null, TaintEffect.NoExecute, DEFAULT_TOLERATION_SECONDS));
      }
    }
    return tolerations.size() == pod.spec().tolerations().size()
        ? pod
        : pod.withSpec(pod.spec().withTolerations(tolerations));
  }
}
