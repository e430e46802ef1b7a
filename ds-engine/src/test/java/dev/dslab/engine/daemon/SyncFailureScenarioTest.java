package dev.dslab.engine.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.log.ControllerLogEntry;
import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * processNextWorkItem: a sync that fails in an expected way — the API server refuses a write, or
 * the rolling update has to wait — is written to the controller log and retried with the
 * workqueue's backoff (5 ms doubling) on the virtual clock; a bug is not taken for one of them.
 */
class SyncFailureScenarioTest {
  private static final ObjectKey LAB_AGENT = new ObjectKey(Kind.DAEMON_SET, "lab", "agent");

  /**
   * The ServiceAccount admission plugin's refusal (plugin/pkg/admission/serviceaccount, Admit) of a
   * pod whose account is missing, as admission.NewForbidden names a pod still to be named.
   */
  private static final String NO_ACCOUNT =
      "pods \"agent-\" is forbidden: error looking up service account lab/agent:"
          + " serviceaccount \"agent\" not found";

  /**
   * A DaemonSet "agent" in the namespace "lab" whose pods run as the service account "agent",
   * settled on n1.
   */
  private static Scenario labWithAgent() throws ApiException {
    Scenario s = new Scenario().node("n1");
    s.cluster.api().create(new Namespace(ObjectMeta.named("lab"), null));
    s.cluster.api().create(serviceAccount());
    DaemonSet agent =
        Scenario.withPodSpec(Scenario.daemonSet("agent"), p -> p.withServiceAccountName("agent"));
    s.cluster.api().create(agent.withMetadata(agent.metadata().withNamespace("lab")));
    return s.settle();
  }

  private static Unstructured serviceAccount() {
    return new Unstructured("v1", "ServiceAccount", ObjectMeta.named("lab", "agent"), null);
  }

  private static void deleteAccount(Cluster cluster) throws ApiException {
    cluster.api().delete(Kind.SERVICE_ACCOUNT, "lab", "agent", DeleteOptions.DEFAULT);
    cluster.reconcile();
  }

  private static void createAccount(Cluster cluster) throws ApiException {
    cluster.api().create(serviceAccount());
    cluster.reconcile();
  }

  private static List<String> nodesOfLabPods(Cluster cluster) {
    return cluster.<Pod>list(Kind.POD, "lab").stream()
        .map(p -> NodeAffinityMatcher.targetNodeName(p.spec()).orElse("?"))
        .sorted()
        .toList();
  }

  /**
   * A pod create the ServiceAccount admission plugin refuses fails the sync: FailedCreate on the
   * DaemonSet (RealPodControl.createPods), the error logged and the key retried with the
   * workqueue's backoff until the account exists; the pod on n1, made before the account went,
   * keeps running (the plugin looks at creates only).
   */
  @Test
  void aSyncRefusedByTheApiServerIsLoggedAndRetriedWithBackoffUntilItSucceeds()
      throws ApiException {
    Scenario s = labWithAgent();
    deleteAccount(s.cluster);
    s.node("n2");
    Instant refused = s.cluster.now();
    assertThat(s.cluster.controllerLog().get(0))
        .isEqualTo(
            new ControllerLogEntry(
                1,
                refused,
                DaemonSetController.COMPONENT,
                LAB_AGENT,
                "sync failed, retry in 5ms: " + NO_ACCOUNT));

    s.advance("1");
    // The status written after each failed sync (DESIRED 2, CURRENT 1) queues the DaemonSet once
    // more at the same instant; every failure doubles the wait.
    List<ControllerLogEntry> log = s.cluster.controllerLog();
    assertThat(log).hasSizeGreaterThan(5);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).message())
          .isEqualTo("sync failed, retry in " + (5L << i) + "ms: " + NO_ACCOUNT);
    }
    assertThat(nodesOfLabPods(s.cluster)).containsExactly("n1");
    assertThat(s.cluster.<Event>list(Kind.EVENT, "lab"))
        .filteredOn(e -> e.reason().equals("FailedCreate"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.message()).isEqualTo("Error creating: " + NO_ACCOUNT);
              assertThat(e.count()).isEqualTo(log.size());
            });

    // The next retry finds the account.
    createAccount(s.cluster);
    s.settle();
    assertThat(s.cluster.controllerLog()).hasSize(log.size());
    assertThat(nodesOfLabPods(s.cluster)).containsExactly("n1", "n2");
    assertThat(s.cluster.store().<DaemonSet>get(LAB_AGENT).orElseThrow().status().numberReady())
        .isEqualTo(2);
  }

  @Test
  void aSyncThatSucceedsStartsTheBackoffOver() throws ApiException {
    Scenario s = labWithAgent();
    deleteAccount(s.cluster);
    s.node("n2").advance("0.1");
    createAccount(s.cluster);
    s.settle();
    int before = s.cluster.controllerLog().size();

    deleteAccount(s.cluster);
    s.node("n3");
    Instant refused = s.cluster.now();
    s.advance("0.02");
    List<ControllerLogEntry> again =
        s.cluster.controllerLog().subList(before, s.cluster.controllerLog().size());
    assertThat(again.get(0).time()).isEqualTo(refused);
    assertThat(again.get(0).message()).startsWith("sync failed, retry in 5ms: ");
  }

  /**
   * A pod create refused because the namespace is being terminated is no error of the sync and no
   * event (RealPodControl.createPods and syncNodes test for the NamespaceTerminating cause): every
   * later create would fail alike.
   */
  @Test
  void aPodRefusedBecauseTheNamespaceIsTerminatingIsNeitherAnEventNorARetry() throws ApiException {
    Scenario s = labWithAgent();
    phase(s.cluster, Namespace.TERMINATING);
    s.node("n2");
    s.advance("1");
    assertThat(s.cluster.controllerLog()).isEmpty();
    assertThat(s.cluster.<Event>list(Kind.EVENT, "lab"))
        .noneMatch(e -> e.reason().equals("FailedCreate"));
    assertThat(nodesOfLabPods(s.cluster)).containsExactly("n1");
  }

  /** The namespace's phase as a status write sets it, without a deletion. */
  private static void phase(Cluster cluster, String phase) throws ApiException {
    Namespace lab = cluster.store().<Namespace>get(Kind.NAMESPACE, null, "lab").orElseThrow();
    cluster.api().updateStatus(new Namespace(lab.metadata().withResourceVersion(null), phase));
    cluster.reconcile();
  }

  /**
   * A ControllerRevision refused in a terminating namespace is an error of the sync
   * (constructHistory), with NamespaceLifecycle's wording.
   */
  @Test
  void aRevisionTheApiServerRefusesFailsTheSyncWithUpstreamsWording() throws ApiException {
    Scenario s = labWithAgent();
    phase(s.cluster, Namespace.TERMINATING);
    s.setImage("lab", "agent", "nginx:1.28");
    assertThat(s.cluster.controllerLog())
        .extracting(ControllerLogEntry::message)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .matches(
            "sync failed, retry in 5ms: failed to construct revisions of DaemonSet:"
                + " controllerrevisions.apps \"agent-[a-z0-9]+\" is forbidden: unable to create"
                + " new content in namespace lab because it is being terminated");
  }

  /**
   * With surge, the rolling update needs the node of every old pod; a deleted node's pod stays
   * until the pod garbage collector takes it (40 s of quarantine), and until then the sync waits.
   */
  @Test
  void aRollingUpdateThatMustWaitForAVanishedNodeIsLoggedAndRetriedUntilItCanGoOn() {
    DaemonSet surge =
        Scenario.daemonSet("agent")
            .withSpec(
                Scenario.daemonSet("agent")
                    .spec()
                    .withUpdateStrategy(
                        new DaemonSetUpdateStrategy(
                            "RollingUpdate",
                            new RollingUpdateDaemonSet(IntOrString.of(0), IntOrString.of(1)))));
    Scenario s = new Scenario().node("n1").node("n2").apply(surge).settle();
    s.deleteNode("n2");
    s.update(
        Scenario.withPodSpec(
            s.ds("agent"), p -> p.withContainers(List.of(Container.of("agent", "nginx:1.28")))));
    // The new revision triggers a second sync at the same instant, which fails too and waits twice
    // as long.
    assertThat(s.cluster.controllerLog())
        .extracting(ControllerLogEntry::message)
        .containsExactly(
            "sync failed, retry in 5ms: couldn't get node for nodeName \"n2\": node \"n2\" not found",
            "sync failed, retry in 10ms: couldn't get node for nodeName \"n2\": node \"n2\" not found");

    s.settle();
    List<ControllerLogEntry> log = s.cluster.controllerLog();
    assertThat(log)
        .hasSizeGreaterThan(10)
        .allSatisfy(
            e ->
                assertThat(e.message())
                    .endsWith("couldn't get node for nodeName \"n2\": node \"n2\" not found"));
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).message()).startsWith("sync failed, retry in " + (5L << i) + "ms: ");
    }
    assertThat(s.pods())
        .singleElement()
        .satisfies(p -> assertThat(p.spec().containers().get(0).image()).isEqualTo("nginx:1.28"));
    assertThat(s.ds("agent").status().updatedNumberScheduled()).isEqualTo(1);
  }

  @Test
  void anUnexpectedExceptionInASyncPropagatesInsteadOfBeingRetried() {
    Scenario s = new Scenario().node("n1");
    s.cluster
        .store()
        .watch(
            e -> {
              if (e.kind() == Kind.POD && e.type() == WatchEvent.Type.ADDED) {
                throw new IllegalStateException("a bug in a component that watches pods");
              }
            });
    assertThatThrownBy(() -> s.apply(Scenario.daemonSet("agent")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bug in a component that watches pods");
    assertThat(s.cluster.controllerLog()).isEmpty();
  }
}
