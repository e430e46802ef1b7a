package dev.dslab.engine.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetSpec;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bare ReplicaSet after pkg/controller/replicaset/replica_set.go (manageReplicas, status). */
class ReplicaSetScenarioTest {
  static ReplicaSet replicaSet(String name, int replicas) {
    Map<String, String> labels = Map.of("app", name);
    return new ReplicaSet(
        ObjectMeta.named("default", name),
        new ReplicaSetSpec(
            replicas,
            0,
            LabelSelector.ofLabels(labels),
            new PodTemplateSpec(
                ObjectMeta.named(null).withLabels(labels),
                PodSpec.of(Container.of(name, "nginx:1.27")))),
        null);
  }

  @Test
  void replicaSetKeepsItsReplicasAndCountsThemInItsStatus() {
    Scenario s = new Scenario().node("n1").node("n2");
    s.create(replicaSet("cache", 3)).settle();
    assertThat(s.pods())
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.metadata().name()).matches("cache-[a-z0-9]{5}"));
    ReplicaSet rs = s.replicaSets().get(0);
    assertThat(rs.status().replicas()).isEqualTo(3);
    assertThat(rs.status().fullyLabeledReplicas()).isEqualTo(3);
    assertThat(rs.status().readyReplicas()).isEqualTo(3);
    assertThat(rs.status().availableReplicas()).isEqualTo(3);
    assertThat(rs.status().observedGeneration()).isEqualTo(1);
  }

  @Test
  void scaleDownDeletesTheDoubledUpPodFirst() {
    // getPodsRankedByRelatedPodsOnSameNode: a pod sharing its node with another goes before a pod
    // alone on its node.
    Scenario s = new Scenario().node("n1");
    s.create(replicaSet("cache", 2)).settle();
    s.node("n2");
    ReplicaSet rs = s.replicaSets().get(0);
    s.replace(rs.withSpec(rs.spec().withReplicas(3))).settle();
    Pod alone =
        s.pods().stream().filter(p -> "n2".equals(p.spec().nodeName())).findFirst().orElseThrow();
    rs = s.replicaSets().get(0);
    s.replace(rs.withSpec(rs.spec().withReplicas(2))).settle();
    assertThat(s.pods())
        .hasSize(2)
        .anyMatch(p -> p.metadata().name().equals(alone.metadata().name()));
  }

  @Test
  void anOrphanPodThatMatchesIsAdoptedInsteadOfCreatingAnother() {
    Scenario s = new Scenario().node("n1");
    Pod orphan =
        new Pod(
            ObjectMeta.named("default", "stray").withLabels(Map.of("app", "cache")),
            PodSpec.of(Container.of("cache", "nginx:1.27")),
            null);
    s.create(orphan).settle();
    s.create(replicaSet("cache", 2)).settle();
    assertThat(s.pods()).hasSize(2).anyMatch(p -> p.metadata().name().equals("stray"));
    assertThat(s.pods()).allSatisfy(p -> assertThat(p.metadata().controllerRef()).isPresent());
  }
}
