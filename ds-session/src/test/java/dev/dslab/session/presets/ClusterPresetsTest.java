package dev.dslab.session.presets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every preset starts with its system workloads running, as the real distribution's fresh cluster
 * shows them (docs/presets-research.md): an add-on whose manifest no longer decodes, is refused by
 * admission or cannot be scheduled would leave pods missing or Pending here.
 */
class ClusterPresetsTest {
  private static List<Pod> systemPods(Cluster cluster) {
    return cluster.<Pod>list(Kind.POD, null).stream()
        .filter(p -> !p.metadata().namespace().equals("default"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // preset, pods, DaemonSets, Deployments
    "kind, 13, 2, 2",
    "kubeadm, 12, 2, 2",
    "docker-desktop, 9, 1, 1",
    "gke, 26, 26, 8"
  })
  void aPresetStartsWithItsSystemWorkloadsRunning(
      String preset, int pods, int daemonSets, int deployments) {
    Cluster cluster = ClusterPresets.create(preset, 1, Cluster.DEFAULT_START).orElseThrow();
    List<Pod> system = systemPods(cluster);
    assertThat(system).hasSize(pods);
    assertThat(system)
        .as("every system pod is Running and Ready")
        .allSatisfy(
            p -> {
              assertThat(p.status().phase()).as(p.metadata().name()).isEqualTo(PodPhase.Running);
              assertThat(p.status().isReady()).as(p.metadata().name()).isTrue();
            });
    assertThat(cluster.list(Kind.DAEMON_SET, null)).hasSize(daemonSets);
    assertThat(cluster.list(Kind.DEPLOYMENT, null)).hasSize(deployments);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kind", "kubeadm", "docker-desktop"})
  void aKubeadmControlPlaneShowsItsFourStaticPodsAsMirrorPods(String preset) {
    Cluster cluster = ClusterPresets.create(preset, 1, Cluster.DEFAULT_START).orElseThrow();
    Map<String, Long> components =
        systemPods(cluster).stream()
            .filter(p -> p.metadata().annotations().containsKey("kubernetes.io/config.mirror"))
            .collect(
                Collectors.groupingBy(
                    p -> p.metadata().labels().get("component"), Collectors.counting()));
    assertThat(components)
        .containsOnlyKeys("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler")
        .allSatisfy((k, n) -> assertThat(n).isOne());
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "7"})
  void gkesDnsPodsSpreadOverThePoolAsOnANewCluster(long seed) {
    Cluster cluster = ClusterPresets.create("gke", seed, Cluster.DEFAULT_START).orElseThrow();
    List<String> dnsNodes =
        cluster.<Pod>list(Kind.POD, "kube-system").stream()
            .filter(p -> "kube-dns".equals(p.metadata().labels().get("k8s-app")))
            .map(p -> p.spec().nodeName())
            .toList();
    assertThat(dnsNodes).hasSize(2).doesNotHaveDuplicates();
  }
}
