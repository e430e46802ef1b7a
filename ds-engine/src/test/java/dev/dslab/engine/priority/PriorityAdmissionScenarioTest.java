package dev.dslab.engine.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Priority admission plugin (plugin/pkg/admission/priority/admission.go), the built-in classes
 * (pkg/apis/scheduling/v1 helpers.go, the scheduling storage's post-start hook and Delete) and
 * ValidatePriorityClass / ValidatePriorityClassUpdate (pkg/apis/scheduling/validation).
 */
class PriorityAdmissionScenarioTest {
  private final Scenario s = new Scenario().node("n1");

  private static Pod pod(String name, String priorityClass) {
    return new Pod(
        ObjectMeta.named("default", name),
        PodSpec.of(Container.of(name, "busybox:1.36")).withPriorityClassName(priorityClass),
        null);
  }

  private static Unstructured priorityClass(String name, Map<String, Object> fields) {
    return new Unstructured(
        PriorityClass.API_VERSION, "PriorityClass", ObjectMeta.named(name), new TreeMap<>(fields));
  }

  private <T extends KubeObject> T create(T o) throws ApiException {
    T created = s.cluster.api().create(o);
    s.cluster.reconcile();
    return created;
  }

  @Test
  void everyClusterHasTheTwoSystemClassesWithUpstreamsValues() {
    assertThat(s.cluster.store().list(PriorityClass.KIND, null))
        .map(o -> PriorityClass.of(o).orElseThrow())
        .containsExactly(
            new PriorityClass("system-cluster-critical", 2000000000, false, "PreemptLowerPriority"),
            new PriorityClass("system-node-critical", 2000001000, false, "PreemptLowerPriority"));
  }

  @Test
  void aPodNamingNoClassGetsPriorityZeroAndTheDefaultPolicy() throws ApiException {
    Pod created = create(pod("web", null));
    assertThat(created.spec().priority()).isZero();
    assertThat(created.spec().preemptionPolicy()).isEqualTo("PreemptLowerPriority");
    assertThat(created.spec().priorityClassName()).isNull();
  }

  @Test
  void aPodGetsItsClassValueAndPolicy() throws ApiException {
    create(priorityClass("polite", Map.of("value", 1000, "preemptionPolicy", "Never")));
    Pod created = create(pod("web", "polite"));
    assertThat(created.spec().priority()).isEqualTo(1000);
    assertThat(created.spec().preemptionPolicy()).isEqualTo("Never");
  }

  @Test
  void systemNodeCriticalIsAllowedOutsideKubeSystem() throws ApiException {
    // since 1.17 only a ResourceQuota limits the system classes to a namespace
    Pod created = create(pod("agent", "system-node-critical"));
    assertThat(created.spec().priority()).isEqualTo(2000001000);
  }

  @Test
  void anUnknownClassIsForbidden() {
    assertThatThrownBy(() -> create(pod("web", "gold")))
        .isInstanceOf(ApiException.class)
        .hasMessage("pods \"web\" is forbidden: no PriorityClass with name gold was found");
    assertThat(s.cluster.store().get(Kind.POD, "default", "web")).isEmpty();
  }

  @Test
  void aDaemonSetNamingAnUnknownClassRecordsFailedCreateWithTheGenerateName() {
    s.apply(
        Scenario.withPodSpec(Scenario.daemonSet("agent"), p -> p.withPriorityClassName("gold")));
    assertThat(s.pods()).isEmpty();
    assertThat(s.eventReasons("DaemonSet"))
        .contains(
            "FailedCreate: Error creating: pods \"agent-\" is forbidden: no PriorityClass with"
                + " name gold was found");
  }

  @Test
  void aPriorityThatDisagreesWithTheClassIsForbidden() {
    Pod asked = pod("web", "system-cluster-critical");
    Pod withPriority = asked.withSpec(asked.spec().withPriority(5, null));
    assertThatThrownBy(() -> create(withPriority))
        .hasMessage(
            "pods \"web\" is forbidden: the integer value of priority (5) must not be provided in"
                + " pod spec; priority admission controller computed 2000000000 from the given"
                + " PriorityClass name");
  }

  @Test
  void aPolicyThatDisagreesWithTheClassIsForbidden() {
    Pod asked = pod("web", "system-cluster-critical");
    Pod withPolicy = asked.withSpec(asked.spec().withPriority(null, "Never"));
    assertThatThrownBy(() -> create(withPolicy))
        .hasMessage(
            "pods \"web\" is forbidden: the string value of PreemptionPolicy (Never) must not be"
                + " provided in pod spec; priority admission controller computed"
                + " PreemptLowerPriority from the given PriorityClass name");
  }

  @Test
  void theGlobalDefaultClassAppliesToPodsNamingNone() throws ApiException {
    create(priorityClass("standard", Map.of("value", 100, "globalDefault", true)));
    Pod created = create(pod("web", null));
    assertThat(created.spec().priorityClassName()).isEqualTo("standard");
    assertThat(created.spec().priority()).isEqualTo(100);
  }

  @Test
  void onlyOneGlobalDefaultMayExist() throws ApiException {
    create(priorityClass("standard", Map.of("value", 100, "globalDefault", true)));
    assertThatThrownBy(
            () -> create(priorityClass("other", Map.of("value", 50, "globalDefault", true))))
        .hasMessage(
            "priorityclasses.scheduling.k8s.io \"other\" is forbidden: PriorityClass standard is"
                + " already marked as default. Only one default can exist");
  }

  @Test
  void aUserClassAboveOneBillionIsInvalid() {
    assertThatThrownBy(() -> create(priorityClass("huge", Map.of("value", 2000000000))))
        .hasMessage(
            "PriorityClass \"huge\" is invalid: value: Forbidden: maximum allowed value of a user"
                + " defined priority is 1000000000");
  }

  @Test
  void theSystemPrefixIsReserved() {
    assertThatThrownBy(() -> create(priorityClass("system-mine", Map.of("value", 1000))))
        .hasMessage(
            "PriorityClass \"system-mine\" is invalid: metadata.name: Forbidden: priority class"
                + " names with 'system-' prefix are reserved for system use only. error:"
                + " system-mine is not a known system priority class");
  }

  @Test
  void anUnknownPolicyIsNotSupported() {
    assertThatThrownBy(
            () -> create(priorityClass("odd", Map.of("value", 1, "preemptionPolicy", "Sometimes"))))
        .hasMessage(
            "PriorityClass \"odd\" is invalid: preemptionPolicy: Unsupported value: \"Sometimes\":"
                + " supported values: \"PreemptLowerPriority\", \"Never\"");
  }

  @Test
  void aClassValueMayNotChange() throws ApiException {
    create(priorityClass("gold", Map.of("value", 1000)));
    Unstructured stored =
        s.cluster.store().<Unstructured>get(PriorityClass.KIND, null, "gold").orElseThrow();
    TreeMap<String, Object> changed = new TreeMap<>(stored.content());
    changed.put("value", 2000);
    assertThatThrownBy(
            () ->
                s.cluster
                    .api()
                    .update(
                        new Unstructured(
                            stored.apiVersion(), stored.kind(), stored.metadata(), changed)))
        .hasMessage(
            "PriorityClass \"gold\" is invalid: value: Forbidden: may not be changed in an"
                + " update.");
  }

  @Test
  void theSystemClassesCannotBeDeleted() {
    assertThatThrownBy(
            () ->
                s.cluster
                    .api()
                    .delete(
                        PriorityClass.KIND, null, "system-node-critical", DeleteOptions.DEFAULT))
        .hasMessage(
            "priorityclasses.scheduling.k8s.io \"system-node-critical\" is forbidden: this is a"
                + " system priority class and cannot be deleted");
  }

  @Test
  void anUpdateThatLeavesPriorityOutKeepsIt() throws ApiException {
    Pod created = create(pod("web", "system-cluster-critical"));
    Pod sent =
        created
            .withSpec(created.spec().withPriority(null, null))
            .withMetadata(
                created.metadata().withLabels(Map.of("a", "b")).withResourceVersion(null));
    Pod updated = s.cluster.api().update(sent);
    assertThat(updated.spec().priority()).isEqualTo(2000000000);
    assertThat(updated.spec().preemptionPolicy()).isEqualTo("PreemptLowerPriority");
  }

  @Test
  void aSystemClassInAnotherNamespaceIsStillFoundBecauseClassesAreClusterScoped()
      throws ApiException {
    create(new Namespace(ObjectMeta.named("monitoring"), null));
    Pod p = pod("agent", "system-node-critical");
    Pod created = create(p.withMetadata(p.metadata().withNamespace("monitoring")));
    assertThat(created.spec().priority()).isEqualTo(2000001000);
  }
}
