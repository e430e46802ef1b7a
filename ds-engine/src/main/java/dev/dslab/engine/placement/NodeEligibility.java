package dev.dslab.engine.placement;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * NodeShouldRunDaemonPod (daemon_controller.go), as a pure function of a DaemonSet and a node.
 *
 * <p>Invariants, each covered by a test:
 *
 * <ul>
 *   <li>a template nodeName other than the node's name, or a nodeSelector / required affinity that
 *       does not match, gives (false, false);
 *   <li>an untolerated NoExecute taint gives (false, false); an untolerated NoSchedule taint alone
 *       gives (false, true): no new pod, but a running one stays;
 *   <li>PreferNoSchedule taints, node conditions, resources and spec.unschedulable are not looked
 *       at (the scheduler and the node-lifecycle taints handle them);
 *   <li>the automatic daemon tolerations take part (a cordoned node's unschedulable taint is
 *       tolerated).
 * </ul>
 */
public final class NodeEligibility {
  private static final Set<TaintEffect> BLOCKING =
      EnumSet.of(TaintEffect.NoSchedule, TaintEffect.NoExecute);
  private static final Set<TaintEffect> EVICTING = EnumSet.of(TaintEffect.NoExecute);

  private NodeEligibility() {}

  public static Eligibility evaluate(DaemonSet ds, Node node) {
    PodSpec spec = ds.spec().template().spec();
    return evaluate(spec, tolerations(spec), node);
  }

  /** The tolerations a daemon pod of this template carries: the user's plus the automatic ones. */
  public static List<Toleration> tolerations(PodSpec templateSpec) {
    return DaemonPodTolerations.addTo(templateSpec.tolerations(), templateSpec.hostNetwork());
  }

  /**
   * The same decision with the pod's tolerations already computed (they depend on the template
   * only).
   */
  public static Eligibility evaluate(PodSpec spec, List<Toleration> tolerations, Node node) {
    String nodeName = node.metadata().name();
    if (spec.nodeName() != null
        && !spec.nodeName().isEmpty()
        && !spec.nodeName().equals(nodeName)) {
      return Eligibility.mismatch("the template's nodeName is " + spec.nodeName());
    }
    Optional<String> affinity = NodeAffinityMatcher.mismatch(spec, node);
    if (affinity.isPresent()) {
      return Eligibility.mismatch(affinity.get());
    }
    List<Taint> taints = node.spec().taints();
    Optional<Taint> blocking = Taints.firstUntolerated(taints, tolerations, BLOCKING);
    if (blocking.isEmpty()) {
      return Eligibility.RUN;
    }
    Optional<Taint> evicting = Taints.firstUntolerated(taints, tolerations, EVICTING);
    Taint cause = evicting.orElse(blocking.get());
    String reason =
        "taint "
            + cause
            + " is not tolerated"
            + (evicting.isPresent()
                ? " (a running pod is removed)"
                : " (no new pod; a running pod stays)");
    return new Eligibility(false, evicting.isEmpty(), reason, cause);
  }
}
