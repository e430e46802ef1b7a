package dev.dslab.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import org.junit.jupiter.api.Test;

/** Deployments after pkg/controller/deployment (sync.go, rolling.go, recreate.go, progress.go). */
class DeploymentScenarioTest {
  /** The Deployment with one container {@code web} of {@code image}. */
  private static Deployment withImage(Deployment d, String image) {
    var template = d.spec().template();
    return d.withSpec(
        d.spec()
            .withTemplate(
                template.withSpec(
                    template
                        .spec()
                        .withContainers(
                            java.util.List.of(dev.dslab.model.core.Container.of("web", image))))));
  }

  @Test
  void newDeploymentCreatesOneReplicaSetNamedAfterTheTemplateHashWithAllPodsRunning() {
    Scenario s = new Scenario().node("n1").node("n2").node("n3");
    s.create(Scenario.deployment("web", 3)).settle();
    assertThat(s.replicaSets()).hasSize(1);
    ReplicaSet rs = s.replicaSets().get(0);
    String hash = rs.metadata().labels().get(Deployment.POD_TEMPLATE_HASH_LABEL);
    assertThat(rs.metadata().name()).isEqualTo("web-" + hash);
    assertThat(rs.metadata().annotations())
        .containsEntry(Deployment.REVISION_ANNOTATION, "1")
        .containsEntry(Deployment.DESIRED_REPLICAS_ANNOTATION, "3")
        .containsEntry(Deployment.MAX_REPLICAS_ANNOTATION, "4");
    assertThat(s.pods())
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.metadata().name()).matches("web-" + hash + "-[a-z0-9]{5}");
              assertThat(p.status().phase()).isEqualTo(PodPhase.Running);
            });
    // one pod per node: the scheduler spreads them
    assertThat(s.pods().stream().map(p -> p.spec().nodeName()).distinct()).hasSize(3);
    Deployment d = s.deploy("web");
    assertThat(d.status().replicas()).isEqualTo(3);
    assertThat(d.status().updatedReplicas()).isEqualTo(3);
    assertThat(d.status().availableReplicas()).isEqualTo(3);
    assertThat(d.status().observedGeneration()).isEqualTo(1);
    assertThat(d.metadata().annotations()).containsEntry(Deployment.REVISION_ANNOTATION, "1");
    assertThat(d.status().conditions())
        .extracting(c -> c.type() + "=" + c.status() + " " + c.reason() + ": " + c.message())
        .containsExactly(
            "Available=True MinimumReplicasAvailable: Deployment has minimum availability.",
            "Progressing=True NewReplicaSetAvailable: ReplicaSet \""
                + rs.metadata().name()
                + "\" has successfully progressed.");
    assertThat(s.eventReasons("Deployment"))
        .containsExactly(
            "ScalingReplicaSet: Scaled up replica set " + rs.metadata().name() + " from 0 to 3");
    assertThat(s.eventReasons("ReplicaSet"))
        .hasSize(3)
        .allMatch(e -> e.startsWith("SuccessfulCreate: Created pod: web-"));
  }

  @Test
  void rollingUpdateKeepsWithinMaxSurgeAndMaxUnavailableAndEndsOnTheNewReplicaSet() {
    Scenario s = new Scenario().node("n1").node("n2").node("n3");
    s.create(Scenario.deployment("web", 4)).settle();
    String first = s.replicaSets().get(0).metadata().name();
    Deployment d = s.deploy("web");
    s.replace(withImage(d, "nginx:1.28"));
    // maxSurge 25% of 4 = 1, maxUnavailable 25% of 4 = 1: at most 5 pods, at least 3 available
    for (int i = 0; i < 200; i++) {
      long live = s.pods().stream().filter(p -> !p.metadata().isDeleting()).count();
      assertThat(live).isLessThanOrEqualTo(5);
      s.advance("0.5");
    }
    s.settle();
    assertThat(s.replicaSets()).hasSize(2);
    ReplicaSet old =
        s.replicaSets().stream()
            .filter(r -> r.metadata().name().equals(first))
            .findFirst()
            .orElseThrow();
    ReplicaSet fresh =
        s.replicaSets().stream()
            .filter(r -> !r.metadata().name().equals(first))
            .findFirst()
            .orElseThrow();
    assertThat(old.replicas()).isZero();
    assertThat(fresh.replicas()).isEqualTo(4);
    assertThat(fresh.metadata().annotations()).containsEntry(Deployment.REVISION_ANNOTATION, "2");
    assertThat(s.deploy("web").metadata().annotations())
        .containsEntry(Deployment.REVISION_ANNOTATION, "2");
    assertThat(s.pods())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p.spec().containers().get(0).image()).isEqualTo("nginx:1.28"));
    assertThat(s.eventReasons("Deployment"))
        .startsWith(
            "ScalingReplicaSet: Scaled up replica set " + first + " from 0 to 4",
            "ScalingReplicaSet: Scaled up replica set " + fresh.metadata().name() + " from 0 to 1",
            "ScalingReplicaSet: Scaled down replica set " + first + " from 4 to 3");
  }

  @Test
  void recreateDeletesAllOldPodsBeforeTheNewReplicaSetScalesUp() {
    Scenario s = new Scenario().node("n1").node("n2");
    Deployment d = Scenario.deployment("web", 2);
    d =
        d.withSpec(
            d.spec().withStrategy(new dev.dslab.model.apps.DeploymentStrategy("Recreate", null)));
    s.create(d).settle();
    d = s.deploy("web");
    s.replace(withImage(d, "nginx:1.28"));
    for (int i = 0; i < 200; i++) {
      long oldImage =
          s.pods().stream()
              .filter(p -> p.spec().containers().get(0).image().equals("nginx:1.27"))
              .count();
      long newImage =
          s.pods().stream()
              .filter(p -> p.spec().containers().get(0).image().equals("nginx:1.28"))
              .count();
      assertThat(oldImage == 0 || newImage == 0).as("old and new pods never together").isTrue();
      s.advance("0.5");
    }
    s.settle();
    assertThat(s.pods())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.spec().containers().get(0).image()).isEqualTo("nginx:1.28"));
  }

  @Test
  void scalingADeploymentScalesItsOnlyReplicaSetAndTheReplicaSetDeletesPendingPodsFirst() {
    Scenario s = new Scenario().node("n1");
    s.create(Scenario.deployment("web", 2)).settle();
    Deployment d = s.deploy("web");
    s.replace(d.withSpec(d.spec().withReplicas(5))).settle();
    assertThat(s.pods()).hasSize(5);
    d = s.deploy("web");
    s.replace(d.withSpec(d.spec().withReplicas(1))).settle();
    assertThat(s.pods()).hasSize(1);
    String rs = s.replicaSets().get(0).metadata().name();
    assertThat(s.eventReasons("Deployment"))
        .containsExactly(
            "ScalingReplicaSet: Scaled up replica set " + rs + " from 0 to 2",
            "ScalingReplicaSet: Scaled up replica set " + rs + " from 2 to 5",
            "ScalingReplicaSet: Scaled down replica set " + rs + " from 5 to 1");
    assertThat(s.replicaSets().get(0).metadata().annotations())
        .containsEntry(Deployment.DESIRED_REPLICAS_ANNOTATION, "1");
  }

  @Test
  void deletingTheDeploymentDeletesItsReplicaSetsAndPodsThroughTheGarbageCollector() {
    Scenario s = new Scenario().node("n1");
    s.create(Scenario.deployment("web", 2)).settle();
    try {
      s.cluster
          .api()
          .delete(
              dev.dslab.engine.api.Kind.DEPLOYMENT,
              "default",
              "web",
              dev.dslab.engine.api.DeleteOptions.DEFAULT);
    } catch (dev.dslab.engine.api.ApiException e) {
      throw new AssertionError(e);
    }
    s.settle();
    assertThat(s.replicaSets()).isEmpty();
    assertThat(s.pods()).isEmpty();
  }

  @Test
  void aDeletedPodIsReplacedByTheReplicaSet() {
    Scenario s = new Scenario().node("n1").node("n2");
    s.create(Scenario.deployment("web", 2)).settle();
    Pod victim = s.pods().get(0);
    s.deletePod(victim.metadata().name()).settle();
    assertThat(s.pods())
        .hasSize(2)
        .noneMatch(p -> p.metadata().name().equals(victim.metadata().name()));
  }

  @Test
  void anEvictedPodIsReplacedOnAnotherNode() {
    // The ReplicaSet replaces a pod that taint eviction removed; the scheduler skips the tainted
    // node.
    Scenario s = new Scenario().node("n1").node("n2");
    s.create(Scenario.deployment("web", 1)).settle();
    String first = s.pods().get(0).spec().nodeName();
    s.taint(
            first,
            new dev.dslab.model.core.Taint(
                "dedicated", "db", dev.dslab.model.core.TaintEffect.NoExecute, null))
        .settle();
    assertThat(s.pods()).hasSize(1);
    assertThat(s.pods().get(0).spec().nodeName()).isNotEqualTo(first);
  }

  @Test
  void invalidDeploymentIsRefusedWithTheApiServersFieldErrors() {
    Scenario s = new Scenario();
    Deployment d = Scenario.deployment("web", 1);
    d =
        d.withSpec(
            d.spec()
                .withStrategy(
                    new dev.dslab.model.apps.DeploymentStrategy(
                        "RollingUpdate",
                        new dev.dslab.model.apps.RollingUpdateDeployment(
                            dev.dslab.model.meta.IntOrString.of(0),
                            dev.dslab.model.meta.IntOrString.of(0)))));
    Deployment bad = d;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.cluster.api().create(bad))
        .hasMessageContaining(
            "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "
                + "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0");
    assertThat(s.cluster.<Deployment>list(dev.dslab.engine.api.Kind.DEPLOYMENT, "default"))
        .isEmpty();
  }
}
