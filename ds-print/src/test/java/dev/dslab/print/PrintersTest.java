package dev.dslab.print;

import static dev.dslab.print.Fixtures.ALL_NAMESPACES;
import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintersTest {
  private static final PodTemplateSpec TEMPLATE =
      new PodTemplateSpec(null, PodSpec.of(Container.of("greet", "greet:1")));

  /** A kind no printer knows. */
  private record Widget(ObjectMeta metadata) implements KubeObject {
    @Override
    public String apiVersion() {
      return "example.dev/v1";
    }

    @Override
    public String kind() {
      return "Widget";
    }

    @Override
    public Widget withMetadata(ObjectMeta value) {
      return new Widget(value);
    }
  }

  private static Namespace namespace(String name, String phase, String age) {
    return new Namespace(meta(null, name, age), phase);
  }

  private static Pod pod(String name) {
    return new Pod(meta("default", name, "1m"), PodSpec.of(Container.of("greet", "greet:1")), null);
  }

  @Test
  void nameOutputQualifiesEachKindWithItsGroup() {
    List<KubeObject> objects =
        List.of(
            new DaemonSet(
                meta("default", "greet", "1m"),
                new DaemonSetSpec(
                    LabelSelector.ofLabels(Map.of("app", "greet")), TEMPLATE, null, 0, 10),
                null),
            pod("greet-c4v52"),
            new Node(meta(null, "kind-worker", "1d"), null, null),
            new Event(
                meta("default", "greet.17d1f3a2a0000000", "1m"),
                new ObjectReference("apps/v1", "DaemonSet", "default", "greet", null, null),
                Event.NORMAL,
                "SuccessfulCreate",
                "Created pod: greet-c4v52",
                "daemonset-controller",
                null,
                1,
                null,
                null),
            new ControllerRevision(meta("default", "greet-5b8f7d9c6", "1m"), TEMPLATE, 1),
            new Service(
                meta("default", "greet", "1m"),
                new ServiceSpec("NodePort", null, null, "10.96.0.10", null)),
            namespace("default", "Active", "20d"));

    assertThat(Printers.names(objects))
        .isEqualTo(
            """
        daemonset.apps/greet
        pod/greet-c4v52
        node/kind-worker
        event/greet.17d1f3a2a0000000
        controllerrevision.apps/greet-5b8f7d9c6
        service/greet
        namespace/default
        """);
  }

  @Test
  void nameOutputKeepsTheGivenOrder() {
    assertThat(Printers.names(List.of(pod("b"), pod("a")))).isEqualTo("pod/b\npod/a\n");
  }

  @Test
  void nothingToPrintPrintsNothing() {
    assertThat(Printers.table(List.of(), NOW, PLAIN)).isEmpty();
    assertThat(Printers.names(List.of())).isEmpty();
  }

  @Test
  void namespaceTableShowsThePhase() {
    List<Namespace> namespaces =
        List.of(
            namespace("default", "Active", "20d"),
            namespace("doomed", "Terminating", "5s"),
            namespace("kube-system", "Active", "20d"));

    assertThat(Printers.table(namespaces, NOW, PLAIN))
        .isEqualTo(
            """
        NAME          STATUS        AGE
        default       Active        20d
        doomed        Terminating   5s
        kube-system   Active        20d
        """);
  }

  @Test
  void namespacesGetNoNamespaceColumn() {
    List<Namespace> namespaces = List.of(namespace("default", "Active", "20d"));

    assertThat(Printers.table(namespaces, NOW, ALL_NAMESPACES))
        .isEqualTo(Printers.table(namespaces, NOW, PLAIN));
  }

  @Test
  void anObjectWithoutCreationTimeHasAnUnknownAge() {
    Namespace undated = new Namespace(ObjectMeta.named("limbo"), "Active");

    assertThat(Printers.table(List.of(undated), NOW, PLAIN))
        .isEqualTo(
            """
        NAME    STATUS   AGE
        limbo   Active   <unknown>
        """);
  }

  @Test
  void terminalEscapesInCellsAreDefused() {
    Namespace sneaky = namespace("x", "\u001b[31mRed", "1m");

    assertThat(Printers.table(List.of(sneaky), NOW, PLAIN)).contains("^[[31mRed");
  }

  @Test
  void aKindWithoutATableOfItsOwnPrintsNameAndAge() {
    assertThat(Printers.table(List.of(new Widget(ObjectMeta.named("w"))), NOW, PLAIN))
        .startsWith("NAME   AGE\nw      ");
  }

  @Test
  void objectsOfMixedKindsAreRejected() {
    List<KubeObject> mixed = List.of(pod("a"), namespace("default", "Active", "1d"));

    assertThatThrownBy(() -> Printers.table(mixed, NOW, PLAIN))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void nameOutputWorksForAnyKind() {
    assertThat(Printers.names(List.of(new Widget(ObjectMeta.named("w")))))
        .isEqualTo("widget.example.dev/w\n");
  }
}
