package dev.dslab.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Static pods and their mirror pods, after the kubelet's mirror_client.go (CreateMirrorPod: name
 * {@code <pod>-<node>}, the config annotations, the Node as controller) and kubelet.go syncPod (a
 * missing mirror pod is created again).
 */
class StaticPodsScenarioTest {
  private static Pod etcd() {
    return new Pod(
        ObjectMeta.named("kube-system", "etcd")
            .withLabels(Map.of("component", "etcd", "tier", "control-plane")),
        PodSpec.of(Container.of("etcd", "registry.k8s.io/etcd:3.5.16-0")).withHostNetwork(true),
        null);
  }

  private static List<Pod> systemPods(Scenario s) {
    return s.cluster.list(Kind.POD, "kube-system");
  }

  @Test
  void aRegisteredNodeShowsItsStaticPodAsARunningMirrorPodOwnedByTheNode() {
    Scenario s = new Scenario();
    s.cluster.staticPods().add("cp", etcd());
    s.node("cp").advance("5");

    assertThat(systemPods(s)).hasSize(1);
    Pod mirror = systemPods(s).get(0);
    assertThat(mirror.metadata().name()).isEqualTo("etcd-cp");
    assertThat(mirror.spec().nodeName()).isEqualTo("cp");
    assertThat(mirror.metadata().labels()).containsEntry("component", "etcd");
    assertThat(mirror.metadata().annotations())
        .containsEntry(StaticPods.SOURCE_ANNOTATION, "file")
        .containsKeys(
            StaticPods.MIRROR_ANNOTATION, StaticPods.HASH_ANNOTATION, StaticPods.SEEN_ANNOTATION);
    assertThat(mirror.metadata().annotations().get(StaticPods.MIRROR_ANNOTATION))
        .isEqualTo(mirror.metadata().annotations().get(StaticPods.HASH_ANNOTATION))
        .hasSize(32);
    assertThat(mirror.metadata().ownerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.kind()).isEqualTo("Node");
              assertThat(o.name()).isEqualTo("cp");
              assertThat(o.uid()).isEqualTo(s.nodeObject("cp").metadata().uid());
              assertThat(o.controller()).isTrue();
            });
    assertThat(mirror.status().phase()).isEqualTo(PodPhase.Running);
    assertThat(mirror.spec().serviceAccountName())
        .as("admission leaves mirror pods alone")
        .isNull();
    assertThat(mirror.spec().tolerations())
        .as("config/common.go applyDefaults")
        .containsExactly(
            new Toleration(null, Toleration.EXISTS, null, TaintEffect.NoExecute, null));
  }

  @Test
  void aDeletedMirrorPodComesBackBecauseTheStaticPodNeverStopped() throws ApiException {
    Scenario s = new Scenario();
    s.cluster.staticPods().add("cp", etcd());
    s.node("cp").advance("5");
    String firstUid = systemPods(s).get(0).metadata().uid();

    s.cluster.api().delete(Kind.POD, "kube-system", "etcd-cp", DeleteOptions.DEFAULT);
    s.settle();

    assertThat(systemPods(s))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metadata().name()).isEqualTo("etcd-cp");
              assertThat(p.metadata().uid()).isNotEqualTo(firstUid);
              assertThat(p.status().phase()).isEqualTo(PodPhase.Running);
            });
  }

  @Test
  void aStoppedKubeletMakesNoMirrorPodUntilItStartsAgain() throws ApiException {
    Scenario s = new Scenario();
    s.cluster.staticPods().add("cp", etcd());
    s.node("cp").advance("5");
    s.cluster.nodeDown("cp");
    s.cluster.api().delete(Kind.POD, "kube-system", "etcd-cp", DeleteOptions.now());
    s.advance("30");
    assertThat(systemPods(s)).isEmpty();

    s.cluster.nodeUp("cp");
    s.advance("5");
    assertThat(systemPods(s)).extracting(p -> p.metadata().name()).containsExactly("etcd-cp");
  }

  @Test
  void theSameManifestOnTheSameNodeGivesTheSameMirrorPodInEveryRun() {
    Scenario a = new Scenario(7);
    Scenario b = new Scenario(7);
    for (Scenario s : List.of(a, b)) {
      s.cluster.staticPods().add("cp", etcd());
      s.node("cp").advance("5");
    }
    assertThat(systemPods(a)).isEqualTo(systemPods(b));
  }
}
