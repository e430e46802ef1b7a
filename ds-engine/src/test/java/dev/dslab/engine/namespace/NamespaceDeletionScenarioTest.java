package dev.dslab.engine.namespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Namespace deletion: the registry's Delete (pkg/registry/core/namespace/storage: deletionTimestamp
 * and the Terminating phase), NamespaceLifecycle admission
 * (apiserver/pkg/admission/plugin/namespace/lifecycle: nothing new in a terminating namespace, the
 * immortal namespaces) and the namespace controller (pkg/controller/namespace/deletion:
 * deleteAllContent, estimateGracefulTermination, finalize, delete).
 */
class NamespaceDeletionScenarioTest {
  /**
   * A namespace "lab" with a DaemonSet "agent" on n1 and n2, a ConfigMap and its service account.
   */
  private static Scenario lab() throws ApiException {
    Scenario s = new Scenario().node("n1").node("n2");
    s.cluster.api().create(new Namespace(ObjectMeta.named("lab"), null));
    s.cluster
        .api()
        .create(new Unstructured("v1", "ConfigMap", ObjectMeta.named("lab", "settings"), null));
    DaemonSet agent = Scenario.daemonSet("agent");
    s.cluster.api().create(agent.withMetadata(agent.metadata().withNamespace("lab")));
    return s.settle();
  }

  private static Optional<Namespace> namespace(Cluster cluster) {
    return cluster.store().get(Kind.NAMESPACE, null, "lab");
  }

  private static void deleteLab(Cluster cluster) throws ApiException {
    cluster.api().delete(Kind.NAMESPACE, null, "lab", DeleteOptions.DEFAULT);
    cluster.reconcile();
  }

  /** Everything namespaced still stored in "lab". */
  private static List<String> content(Cluster cluster) {
    return Kind.all().stream()
        .filter(Kind::namespaced)
        .flatMap(k -> cluster.<KubeObject>list(k, "lab").stream())
        .map(o -> o.kind() + "/" + o.metadata().name())
        .toList();
  }

  @Test
  void aDeletedNamespaceIsTerminatingUntilItsPodsAreGoneThenItGoes() throws ApiException {
    Scenario s = lab();
    Instant deleted = s.cluster.now();
    deleteLab(s.cluster);
    Namespace ns = namespace(s.cluster).orElseThrow();
    assertThat(ns.phase()).isEqualTo("Terminating");
    assertThat(ns.metadata().deletionTimestamp()).isEqualTo(deleted);
    // DaemonSets, ConfigMaps, service accounts and events go at once; pods are marked for their
    // kubelets
    assertThat(content(s.cluster)).allMatch(c -> c.startsWith("Pod/agent-")).hasSize(2);
    assertThat(s.cluster.<Pod>list(Kind.POD, "lab"))
        .allSatisfy(p -> assertThat(p.metadata().isDeleting()).isTrue());

    // the deleter's conditions (status_condition_utils.go), in its order
    assertThat(namespace(s.cluster).orElseThrow().conditions())
        .extracting(c -> c.type() + "=" + c.status() + " " + c.reason() + ": " + c.message())
        .containsExactly(
            "NamespaceDeletionDiscoveryFailure=False ResourcesDiscovered: All resources"
                + " successfully discovered",
            "NamespaceDeletionGroupVersionParsingFailure=False ParsedGroupVersions: All legacy"
                + " kube types successfully parsed",
            "NamespaceDeletionContentFailure=False ContentDeleted: All content successfully"
                + " deleted, may be waiting on finalization",
            "NamespaceContentRemaining=True SomeResourcesRemain: Some resources are remaining:"
                + " pods. has 2 resource instances",
            "NamespaceFinalizersRemaining=False ContentHasNoFinalizers: All content-preserving"
                + " finalizers finished");
    assertThat(namespace(s.cluster).orElseThrow().conditions())
        .allSatisfy(c -> assertThat(c.lastTransitionTime()).isEqualTo(deleted));

    s.advance("1");
    assertThat(content(s.cluster)).isEmpty();
    assertThat(namespace(s.cluster)).isPresent();
    // the pods' 30 s grace period: looked at again after 30/2 + 1 s
    s.advance("14.9");
    assertThat(namespace(s.cluster)).isPresent();
    s.advance("0.1");
    assertThat(namespace(s.cluster)).isEmpty();
    assertThat(Duration.between(deleted, s.cluster.now())).isEqualTo(Duration.ofSeconds(16));
    assertThat(s.cluster.isSettled()).isTrue();
  }

  @Test
  void nothingNewMayBeCreatedInATerminatingNamespace() throws ApiException {
    Scenario s = lab();
    deleteLab(s.cluster);
    assertThatThrownBy(
            () ->
                s.cluster
                    .api()
                    .create(
                        new Unstructured("v1", "ConfigMap", ObjectMeta.named("lab", "late"), null)))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "configmaps \"late\" is forbidden: unable to create new content in namespace lab"
                + " because it is being terminated")
        .satisfies(
            e ->
                assertThat(((ApiException) e).hasCause(ApiException.NAMESPACE_TERMINATING_CAUSE))
                    .isTrue());
  }

  /** A namespace without pods needs no wait: finalized and gone in the same instant. */
  @Test
  void anEmptyNamespaceGoesAtOnce() throws ApiException {
    Scenario s = new Scenario();
    s.cluster.api().create(new Namespace(ObjectMeta.named("lab"), null));
    s.cluster.reconcile();
    deleteLab(s.cluster);
    assertThat(namespace(s.cluster)).isEmpty();
    assertThat(s.cluster.<KubeObject>list(Kind.SERVICE_ACCOUNT, "lab")).isEmpty();
  }

  @Test
  void defaultKubeSystemAndKubePublicMayNotBeDeleted() {
    Scenario s = new Scenario();
    for (String name : List.of("default", "kube-system", "kube-public")) {
      assertThatThrownBy(
              () -> s.cluster.api().delete(Kind.NAMESPACE, null, name, DeleteOptions.DEFAULT))
          .isInstanceOf(ApiException.class)
          .hasMessage("namespaces \"" + name + "\" is forbidden: this namespace may not be deleted")
          .satisfies(
              e ->
                  assertThat(((ApiException) e).reason()).isEqualTo(ApiException.Reason.Forbidden));
      assertThat(s.cluster.store().get(Kind.NAMESPACE, null, name).orElseThrow())
          .extracting(o -> ((Namespace) o).phase())
          .isEqualTo("Active");
    }
  }

  /** systemnamespaces.Controller makes kube-node-lease again within its one-minute interval. */
  @Test
  void kubeNodeLeaseMayGoAndComesBackAMinuteLater() throws ApiException {
    Scenario s = new Scenario();
    s.cluster.api().delete(Kind.NAMESPACE, null, "kube-node-lease", DeleteOptions.DEFAULT);
    s.cluster.reconcile();
    assertThat(s.cluster.store().get(Kind.NAMESPACE, null, "kube-node-lease")).isEmpty();
    s.advance("60");
    assertThat(s.cluster.store().get(Kind.NAMESPACE, null, "kube-node-lease")).isPresent();
    assertThat(s.cluster.store().get(Kind.SERVICE_ACCOUNT, "kube-node-lease", "default"))
        .isPresent();
  }

  /**
   * A namespace deleted in the middle of a rolling update: the DaemonSet goes, its pods terminate,
   * creates the controller still tries are refused without a FailedCreate event (the namespace is
   * terminating), and the namespace ends empty and gone with nothing left on the clock.
   */
  @Test
  void aNamespaceDeletedDuringARolloutEndsClean() throws ApiException {
    Scenario s = lab();
    s.node("n3").setImage("lab", "agent", "nginx:1.28").advance("0.5");
    assertThat(s.cluster.<Pod>list(Kind.POD, "lab")).anyMatch(p -> p.metadata().isDeleting());

    deleteLab(s.cluster);
    s.settle();
    assertThat(namespace(s.cluster)).isEmpty();
    assertThat(content(s.cluster)).isEmpty();
    assertThat(s.cluster.controllerLog()).isEmpty();
    assertThat(s.cluster.<Event>list(Kind.EVENT, null))
        .noneMatch(e -> e.reason().equals("FailedCreate"));
    assertThat(s.cluster.store().podsOnNode("n1")).isEmpty();
    assertThat(s.cluster.isSettled()).isTrue();
  }

  @Test
  void estimateIsTheLargestGracePeriodOfPodsNotFinished() throws ApiException {
    Scenario s = lab();
    List<Pod> pods = s.cluster.list(Kind.POD, "lab");
    assertThat(NamespaceController.estimateGracefulTermination(pods)).isEqualTo(30);
    assertThat(NamespaceController.estimateGracefulTermination(List.of())).isZero();
  }
}
