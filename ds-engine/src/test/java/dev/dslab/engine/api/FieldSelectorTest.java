package dev.dslab.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fieldSelector as the API server reads it: the terms dsctl and kubectl send, and its refusals. */
class FieldSelectorTest {
  private static final Pod RUNNING_ON_N1 = pod("a", "n1", PodPhase.Running);
  private static final Pod PENDING = pod("b", null, PodPhase.Pending);
  private static final Pod FAILED_ON_N2 = pod("c", "n2", PodPhase.Failed);
  private static final List<Pod> PODS = List.of(RUNNING_ON_N1, PENDING, FAILED_ON_N2);

  private static final Event SCHEDULED = event("e1", "Pod", "a", "Scheduled", Event.NORMAL);
  private static final Event BACKOFF = event("e2", "Pod", "a", "BackOff", Event.WARNING);
  private static final Event NODE_READY = event("e3", "Node", "n1", "NodeReady", Event.NORMAL);
  private static final List<Event> EVENTS = List.of(SCHEDULED, BACKOFF, NODE_READY);

  private static Pod pod(String name, String node, PodPhase phase) {
    return new Pod(
        ObjectMeta.named("default", name),
        PodSpec.of(Container.of("c", "c:1")).withNodeName(node),
        PodStatus.pending().withPhase(phase));
  }

  private static Event event(String name, String kind, String object, String reason, String type) {
    return new Event(
        ObjectMeta.named("default", name),
        new ObjectReference(
            "v1", kind, kind.equals("Pod") ? "default" : null, object, "uid-" + object, null),
        type,
        reason,
        "message",
        "kubelet",
        "n1",
        1,
        null,
        null);
  }

  private static <T extends KubeObject> List<T> select(String selector, Kind kind, List<T> objects)
      throws ApiException {
    FieldSelector fields = FieldSelector.parse(selector, kind);
    return objects.stream().filter(fields).toList();
  }

  private static String refusal(String selector, Kind kind) {
    try {
      FieldSelector.parse(selector, kind);
    } catch (ApiException e) {
      assertThat(e.reason()).isEqualTo(ApiException.Reason.BadRequest);
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + selector);
  }

  @Test
  void eventsByTheirInvolvedObjectsName() throws Exception {
    assertThat(select("involvedObject.name=a", Kind.EVENT, EVENTS))
        .containsExactly(SCHEDULED, BACKOFF);
    assertThat(select("involvedObject.kind=Node,involvedObject.name=n1", Kind.EVENT, EVENTS))
        .containsExactly(NODE_READY);
    // kubectl describe's: the namespace empty for a cluster-scoped object
    assertThat(
            select(
                "involvedObject.name=n1,involvedObject.namespace=,involvedObject.kind=Node,"
                    + "involvedObject.uid=uid-n1",
                Kind.EVENT,
                EVENTS))
        .containsExactly(NODE_READY);
  }

  @Test
  void eventsByReasonAndType() throws Exception {
    assertThat(select("reason=BackOff", Kind.EVENT, EVENTS)).containsExactly(BACKOFF);
    assertThat(select("reason!=BackOff", Kind.EVENT, EVENTS))
        .containsExactly(SCHEDULED, NODE_READY);
    assertThat(select("type=Warning", Kind.EVENT, EVENTS)).containsExactly(BACKOFF);
    assertThat(select("type==Normal,reason=Scheduled", Kind.EVENT, EVENTS))
        .containsExactly(SCHEDULED);
    assertThat(select("source=kubelet,reportingComponent=kubelet", Kind.EVENT, EVENTS)).hasSize(3);
  }

  @Test
  void podsByNodeAndPhase() throws Exception {
    assertThat(select("spec.nodeName=n1", Kind.POD, PODS)).containsExactly(RUNNING_ON_N1);
    // an unscheduled pod's node reads as empty
    assertThat(select("spec.nodeName=", Kind.POD, PODS)).containsExactly(PENDING);
    assertThat(select("spec.host=n2", Kind.POD, PODS)).containsExactly(FAILED_ON_N2);
    assertThat(select("status.phase=Running", Kind.POD, PODS)).containsExactly(RUNNING_ON_N1);
    // kubectl describe node's pods: every term must hold
    assertThat(
            select("spec.nodeName=n2,status.phase!=Succeeded,status.phase!=Failed", Kind.POD, PODS))
        .isEmpty();
    assertThat(select("status.phase!=Pending", Kind.POD, PODS))
        .containsExactly(RUNNING_ON_N1, FAILED_ON_N2);
    assertThat(select("spec.hostNetwork=false,metadata.namespace=default", Kind.POD, PODS))
        .hasSize(3);
  }

  @Test
  void emptySelectsEverything() throws Exception {
    assertThat(select(null, Kind.POD, PODS)).hasSize(3);
    assertThat(select("", Kind.POD, PODS)).hasSize(3);
    assertThat(FieldSelector.parse("", Kind.POD).isEmpty()).isTrue();
    assertThat(select("spec.nodeName=n1,,", Kind.POD, PODS)).containsExactly(RUNNING_ON_N1);
  }

  @Test
  void aFieldTheKindDoesNotSupportIsRefusedAsTheApiServerRefusesIt() {
    assertThat(refusal("spec.foo=x", Kind.POD)).isEqualTo("field label not supported: spec.foo");
    assertThat(refusal("spec.nodeName=n1,spec.foo=x", Kind.POD))
        .isEqualTo("field label not supported: spec.foo");
    assertThat(refusal("spec.nodeName=n1", Kind.EVENT))
        .isEqualTo("field label not supported: spec.nodeName");
    // no trimming: the field is what stands before the operator
    assertThat(refusal("spec.nodeName =n1", Kind.POD))
        .isEqualTo("field label not supported: spec.nodeName ");
    // cluster-scoped kinds have no namespace field
    assertThat(refusal("metadata.namespace=default", Kind.NODE))
        .isEqualTo("field label not supported: metadata.namespace");
    assertThat(refusal("spec.template=x", Kind.DAEMON_SET))
        .isEqualTo(
            "\"spec.template\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
  }

  @Test
  void aMalformedSelectorIsRefusedWithTheParsersMessage() {
    assertThat(refusal("spec.nodeName", Kind.POD))
        .isEqualTo("invalid selector: 'spec.nodeName'; can't understand 'spec.nodeName'");
    assertThat(refusal("status.phase=Running,spec.nodeName", Kind.POD))
        .isEqualTo(
            "invalid selector: 'status.phase=Running,spec.nodeName'; can't understand 'spec.nodeName'");
    assertThat(refusal("metadata.name=a=b", Kind.POD))
        .isEqualTo("invalid field selector: unescaped character in value: 61");
    assertThat(refusal("metadata.name=a\\b", Kind.POD))
        .isEqualTo("invalid field selector: invalid escape sequence: \\b");
  }

  @Test
  void escapedValuesAndThePrintedForm() throws Exception {
    Pod odd = pod("a,b=c", null, PodPhase.Pending);
    assertThat(select("metadata.name=a\\,b\\=c", Kind.POD, List.of(odd, PENDING)))
        .containsExactly(odd);
    assertThat(FieldSelector.parse("status.phase!=Failed,spec.nodeName==n1", Kind.POD))
        .hasToString("spec.nodeName=n1,status.phase!=Failed");
    assertThat(FieldSelector.parse("metadata.name=a\\,b", Kind.POD).requirements())
        .containsExactly(new FieldSelector.Requirement("metadata.name", true, "a,b"));
  }

  @Test
  void eachKindHasTheApiServersFields() throws Exception {
    assertThat(FieldSelector.supportedFields(Kind.NODE))
        .containsExactly("metadata.name", "spec.unschedulable");
    assertThat(FieldSelector.supportedFields(Kind.NAMESPACE))
        .containsExactly("metadata.name", "status.phase");
    assertThat(FieldSelector.supportedFields(Kind.DAEMON_SET))
        .containsExactly("metadata.name", "metadata.namespace");
    assertThat(FieldSelector.supportedFields(Kind.POD))
        .contains(
            "spec.nodeName",
            "status.phase",
            "spec.hostNetwork",
            "status.nominatedNodeName",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.restartPolicy");
    assertThat(FieldSelector.supportedFields(Kind.EVENT))
        .contains(
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reportingComponent",
            "source");
    Node cordoned =
        new Node(
            ObjectMeta.named("n1"), NodeSpec.empty().withUnschedulable(true), NodeStatus.empty());
    assertThat(FieldSelector.parse("spec.unschedulable=true", Kind.NODE).test(cordoned)).isTrue();
    assertThat(
            FieldSelector.parse("status.phase=Active", Kind.NAMESPACE)
                .test(new Namespace(ObjectMeta.named("x"), null)))
        .isTrue();
  }
}
