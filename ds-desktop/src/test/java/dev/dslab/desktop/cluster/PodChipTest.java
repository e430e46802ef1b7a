package dev.dslab.desktop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodChipTest {
  private static Pod pod(String name, OwnerReference owner) {
    ObjectMeta meta = ObjectMeta.named("kube-system", name);
    if (owner != null) {
      meta = meta.withOwnerReferences(List.of(owner));
    }
    return new Pod(meta, PodSpec.of(Container.of("c", "img")).withNodeName("n1"), null);
  }

  private static OwnerReference controller(String kind, String name) {
    return OwnerReference.controllerRef("v1", kind, name, "uid-" + name);
  }

  @Test
  void aChipSaysWhichWorkloadRunsAPodThatNoDaemonSetRuns() {
    assertThat(PodChip.of(pod("kube-proxy-x", controller("DaemonSet", "kube-proxy"))).describe())
        .isEqualTo("kube-system/kube-proxy-x: pending");
    assertThat(PodChip.of(pod("coredns-a-b", controller("ReplicaSet", "coredns-a"))).describe())
        .isEqualTo("kube-system/coredns-a-b: pending · ReplicaSet coredns-a");
    assertThat(PodChip.of(pod("etcd-n1", controller("Node", "n1"))).describe())
        .isEqualTo("kube-system/etcd-n1: pending · static pod");
    assertThat(PodChip.of(pod("debug", null)).describe())
        .isEqualTo("kube-system/debug: pending · no controller");
  }

  @Test
  void daemonPodsComeFirstOnATileAndTheOthersKeepTheirOrder() {
    List<PodChip> chips =
        List.of(
                pod("etcd-n1", controller("Node", "n1")),
                pod("agent-x", controller("DaemonSet", "agent")),
                pod("debug", null),
                pod("proxy-y", controller("DaemonSet", "proxy")))
            .stream()
            .map(PodChip::of)
            .sorted(PodChip.DAEMON_PODS_FIRST)
            .toList();
    assertThat(chips)
        .extracting(PodChip::name)
        .containsExactly("agent-x", "proxy-y", "etcd-n1", "debug");
  }
}
