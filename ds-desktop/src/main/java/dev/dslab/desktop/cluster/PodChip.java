package dev.dslab.desktop.cluster;

import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.OwnerReference;
import java.util.Comparator;
import java.util.Locale;

/**
 * One pod on a tile: its name, its colour and, when a controller owns it, the controller's kind and
 * name — so that the selected DaemonSet's pods can be told apart, and the pods of other workloads
 * (a Deployment's, a static pod's, a bare pod) shown muted beside the daemon pods.
 */
public record PodChip(
    String namespace, String name, PodChipState state, String ownerKind, String owner) {

  /** Daemon pods first, then the others; each in the order the node lists them. */
  public static final Comparator<PodChip> DAEMON_PODS_FIRST =
      Comparator.comparing(c -> !c.daemon());

  public static PodChip of(Pod pod) {
    OwnerReference ref = pod.metadata().controllerRef().orElse(null);
    return new PodChip(
        pod.metadata().namespace(),
        pod.metadata().name(),
        PodChipState.of(pod),
        ref == null ? null : ref.kind(),
        ref == null ? null : ref.name());
  }

  /** Whether a DaemonSet controls the pod. */
  public boolean daemon() {
    return "DaemonSet".equals(ownerKind);
  }

  /**
   * {@code monitoring/node-exporter-7cz7l: running}, and for the pods of other workloads what runs
   * them ({@code · ReplicaSet coredns-76f75df574}, {@code · static pod}, {@code · no controller}):
   * the chip's tooltip.
   */
  public String describe() {
    String text =
        namespace + "/" + name + ": " + state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (daemon()) {
      return text;
    }
    if (ownerKind == null) {
      return text + " · no controller";
    }
    // A mirror pod is controlled by its Node (kubelet mirror_client.go).
    return text + (ownerKind.equals("Node") ? " · static pod" : " · " + ownerKind + " " + owner);
  }
}
