package dev.dslab.engine.daemon;

import dev.dslab.engine.placement.NodeEligibility;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Pure helpers about daemon pods: how they are built, ordered and judged (util/daemonset_util.go).
 */
public final class DaemonPods {
  /** apps.DaemonSetTemplateGenerationKey. */
  public static final String TEMPLATE_GENERATION_LABEL = "pod-template-generation";

  /**
   * podByCreationTimestampAndPhase: pods bound to a node first, then older first, then by name.
   * "Oldest" everywhere means the first pod in this order.
   */
  public static final Comparator<Pod> OLDEST_FIRST =
      Comparator.comparing((Pod p) -> p.spec().nodeName() == null || p.spec().nodeName().isEmpty())
          .thenComparing(
              p -> p.metadata().creationTimestamp(),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(p -> p.metadata().name());

  private DaemonPods() {}

  /**
   * CreatePodTemplate plus GetPodFromTemplate: the pod the controller creates for {@code nodeName}:
   * the template with the revision labels, the automatic tolerations, a node affinity that pins it
   * to the node (replacing the template's required terms), generateName {@code <ds>-} and a
   * controller reference.
   */
  public static Pod newPod(DaemonSet ds, String hash, String nodeName) {
    PodTemplateSpec template = ds.spec().template();
    TreeMap<String, String> labels = new TreeMap<>(template.metadata().labels());
    if (hash != null && !hash.isEmpty()) {
      labels.put(ControllerRevision.HASH_LABEL, hash);
    }
    labels.put(TEMPLATE_GENERATION_LABEL, Long.toString(ds.templateGeneration()));
    String prefix = ds.metadata().name() + "-";
    if (!LabelValues.isDnsSubdomain(prefix + "a")) {
      prefix = ds.metadata().name();
    }
    ObjectMeta meta =
        ObjectMeta.named(null)
            .withGenerateName(prefix)
            .withNamespace(ds.metadata().namespace())
            .withLabels(labels)
            .withAnnotations(template.metadata().annotations())
            .withOwnerReferences(
                List.of(
                    OwnerReference.controllerRef(
                        DaemonSet.API_VERSION,
                        DaemonSet.KIND,
                        ds.metadata().name(),
                        ds.metadata().uid())));
    PodSpec spec =
        template
            .spec()
            .withTolerations(NodeEligibility.tolerations(template.spec()))
            .withAffinity(pinnedTo(template.spec().affinity(), nodeName));
    return new Pod(meta, spec, null);
  }

  /**
   * ReplaceDaemonSetPodNodeNameNodeAffinity: keep preferred terms and pod affinity, replace
   * required terms.
   */
  static Affinity pinnedTo(Affinity affinity, String nodeName) {
    NodeSelector pin =
        new NodeSelector(
            List.of(
                new NodeSelectorTerm(
                    List.of(),
                    List.of(
                        NodeSelectorRequirement.of(
                            "metadata.name", NodeSelectorRequirement.IN, nodeName)))));
    if (affinity == null) {
      return Affinity.ofNodeAffinity(new NodeAffinity(pin, List.of()));
    }
    NodeAffinity na = affinity.nodeAffinity();
    return affinity.withNodeAffinity(
        new NodeAffinity(pin, na == null ? List.of() : na.preferred()));
  }

  /** util.IsPodUpdated: the revision hash label matches, or the template generation label does. */
  public static boolean isUpdated(Pod pod, String hash, long templateGeneration) {
    String podHash = pod.metadata().labels().get(ControllerRevision.HASH_LABEL);
    String podGeneration = pod.metadata().labels().get(TEMPLATE_GENERATION_LABEL);
    return (hash != null && hash.equals(podHash))
        || Long.toString(templateGeneration).equals(podGeneration);
  }

  /**
   * podutil.IsPodAvailable: Ready, and Ready for at least minReadySeconds. The boundary instant
   * counts as available, as since Kubernetes v1.34 (PR #132122).
   */
  public static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
    return pod.status()
        .condition(PodCondition.READY)
        .filter(c -> c.status() == dev.dslab.model.core.ConditionStatus.True)
        .map(
            c ->
                minReadySeconds == 0
                    || c.lastTransitionTime() == null
                    || !c.lastTransitionTime().plusSeconds(minReadySeconds).isAfter(now))
        .orElse(false);
  }
}
