package dev.dslab.engine.serviceaccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Identities;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service accounts: the serviceaccounts controller (pkg/controller/serviceaccount,
 * serviceaccounts_controller.go syncNamespace) and the ServiceAccount admission plugin
 * (plugin/pkg/admission/serviceaccount/admission.go, Admit), with the DaemonSet controller's
 * FailedCreate and backoff (pkg/controller/daemon, syncNodes; controller_utils.go createPods).
 */
class ServiceAccountScenarioTest {
  private static final String REFUSAL =
      "pods \"agent-\" is forbidden: error looking up service account default/agent:"
          + " serviceaccount \"agent\" not found";

  private static List<String> accounts(Cluster cluster) {
    return cluster.<KubeObject>list(Kind.SERVICE_ACCOUNT, null).stream()
        .map(o -> o.metadata().namespace() + "/" + o.metadata().name())
        .toList();
  }

  private static DaemonSet agentAs(String account) {
    return Scenario.withPodSpec(
        Scenario.daemonSet("agent"), p -> p.withServiceAccountName(account));
  }

  private static Unstructured account(String name) {
    return new Unstructured("v1", "ServiceAccount", ObjectMeta.named("default", name), null);
  }

  private static List<Event> failedCreates(Scenario s) {
    return s.cluster.<Event>list(Kind.EVENT, "default").stream()
        .filter(e -> e.reason().equals("FailedCreate"))
        .toList();
  }

  @Test
  void everyNamespaceOldAndNewHasADefaultServiceAccount() throws ApiException {
    Scenario s = new Scenario();
    assertThat(accounts(s.cluster))
        .containsExactlyInAnyOrder(
            "default/default",
            "kube-node-lease/default",
            "kube-public/default",
            "kube-system/default");
    s.cluster.api().create(new Namespace(ObjectMeta.named("lab"), null));
    s.cluster.reconcile();
    assertThat(accounts(s.cluster)).contains("lab/default");
  }

  /** serviceAccountDeleted queues the namespace: the default account comes back at once. */
  @Test
  void aDeletedDefaultAccountIsMadeAgain() throws ApiException {
    Scenario s = new Scenario();
    String before =
        s.cluster
            .store()
            .get(Kind.SERVICE_ACCOUNT, "default", "default")
            .orElseThrow()
            .metadata()
            .uid();
    s.cluster.api().delete(Kind.SERVICE_ACCOUNT, "default", "default", DeleteOptions.DEFAULT);
    s.cluster.reconcile();
    KubeObject again =
        s.cluster.store().<KubeObject>get(Kind.SERVICE_ACCOUNT, "default", "default").orElseThrow();
    assertThat(again.metadata().uid()).isNotEqualTo(before);
  }

  @Test
  void aPodNamingAMissingAccountIsRefusedWithTheAdmissionPluginsMessage() {
    Scenario s = new Scenario().node("n1");
    Pod pod =
        new Pod(
            ObjectMeta.named("default", "web"),
            PodSpec.of(Container.of("web", "nginx:1.27")).withServiceAccountName("builder"),
            null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.cluster.api().create(pod))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "pods \"web\" is forbidden: error looking up service account default/builder:"
                + " serviceaccount \"builder\" not found")
        .satisfies(
            e -> assertThat(((ApiException) e).reason()).isEqualTo(ApiException.Reason.Forbidden));
    assertThat(s.cluster.<Pod>list(Kind.POD, "default")).isEmpty();
  }

  /**
   * The DaemonSet controller records FailedCreate (Warning, "Error creating: ...") and retries with
   * the workqueue's backoff; the pods come on the first retry after the account appears.
   */
  @Test
  void aDaemonSetNamingAMissingAccountCreatesItsPodsOnceTheAccountExists() throws ApiException {
    Scenario s = new Scenario().node("n1").node("n2").apply(agentAs("agent"));
    assertThat(s.pods()).isEmpty();
    assertThat(failedCreates(s))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.message()).isEqualTo("Error creating: " + REFUSAL);
              assertThat(e.sourceComponent()).isEqualTo("daemonset-controller");
            });

    s.advance("10");
    // every failed sync (5 ms doubling) made one more FailedCreate: slow start stops each sync at
    // its first refused create
    int syncs = s.cluster.controllerLog().size();
    assertThat(syncs).isGreaterThan(10);
    assertThat(failedCreates(s)).singleElement().extracting(Event::count).isEqualTo(syncs);
    assertThat(s.cluster.controllerLog())
        .allSatisfy(l -> assertThat(l.message()).endsWith(REFUSAL));
    assertThat(s.ds("agent").status().desiredNumberScheduled()).isEqualTo(2);
    assertThat(s.ds("agent").status().currentNumberScheduled()).isZero();

    // The DaemonSet controller does not watch service accounts: the pods wait for its next retry.
    s.cluster.api().create(account("agent"));
    s.cluster.reconcile();
    assertThat(s.pods()).isEmpty();
    s.advance("10.3");
    assertThat(s.podNodes()).containsExactly("n1", "n2");
    assertThat(s.cluster.controllerLog()).hasSize(syncs);
    s.settle();
    assertThat(s.ds("agent").status().numberReady()).isEqualTo(2);
    assertThat(s.ds("agent").status().numberAvailable()).isEqualTo(2);
  }

  /** The plugin looks at creates only: a running pod keeps running without its account. */
  @Test
  void aPodMadeBeforeItsAccountWasDeletedKeepsRunning() throws ApiException {
    Scenario s = new Scenario().node("n1");
    s.cluster.api().create(account("agent"));
    s.apply(agentAs("agent")).settle();
    s.cluster.api().delete(Kind.SERVICE_ACCOUNT, "default", "agent", DeleteOptions.DEFAULT);
    s.cluster.settle(Duration.ofMinutes(5));
    assertThat(s.pods()).singleElement().satisfies(p -> assertThat(p.status().isReady()).isTrue());
    assertThat(failedCreates(s)).isEmpty();
    assertThat(s.ds("agent").status().numberReady()).isEqualTo(1);
  }

  /**
   * The accounts' uids come from a stream of their own, so a preset or a saved session keeps the
   * uids its other objects had before the controller made accounts.
   */
  @Test
  void serviceAccountUidsDoNotShiftTheUidsOfOtherObjects() {
    Identities plain = new Identities(7);
    Identities withAccounts = new Identities(7);
    withAccounts.serviceAccountUid();
    withAccounts.serviceAccountUid();
    assertThat(withAccounts.uid()).isEqualTo(plain.uid());
  }
}
