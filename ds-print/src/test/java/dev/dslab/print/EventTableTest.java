package dev.dslab.print;

import static dev.dslab.print.Fixtures.ALL_NAMESPACES;
import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.ago;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Event;
import dev.dslab.model.core.ObjectReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTableTest {
  private static final ObjectReference DAEMON_SET =
      new ObjectReference("apps/v1", "DaemonSet", "default", "greet", "u1", null);
  private static final ObjectReference POD =
      new ObjectReference("v1", "Pod", "default", "greet-c4v52", "u2", null);
  private static final ObjectReference POD_CONTAINER =
      new ObjectReference("v1", "Pod", "default", "greet-c4v52", "u2", "spec.containers{greet}");
  private static final ObjectReference NODE =
      new ObjectReference("v1", "Node", null, "kind-worker", "kind-worker", null);

  private static Event event(
      String name,
      ObjectReference involved,
      String type,
      String reason,
      String message,
      String component,
      String host,
      int count,
      String firstSeen,
      String lastSeen) {
    return new Event(
        meta("default", name, firstSeen),
        involved,
        type,
        reason,
        message,
        component,
        host,
        count,
        ago(firstSeen),
        ago(lastSeen));
  }

  private static Event created() {
    return event(
        "greet.17d1f3a2a0000000",
        DAEMON_SET,
        Event.NORMAL,
        "SuccessfulCreate",
        "Created pod: greet-c4v52",
        "daemonset-controller",
        null,
        1,
        "2m",
        "2m");
  }

  private static Event backOff() {
    return event(
        "greet-c4v52.17d1f3a2b4c5d6e7",
        POD_CONTAINER,
        Event.WARNING,
        "BackOff",
        "Back-off restarting failed container",
        "kubelet",
        "kind-worker",
        3,
        "5m",
        "30s");
  }

  @Test
  void eventTableMatchesKubectlLayout() {
    List<Event> events =
        List.of(
            created(),
            event(
                "greet-c4v52.17d1f3a2b0000000",
                POD,
                Event.NORMAL,
                "Scheduled",
                "Successfully assigned default/greet-c4v52 to kind-worker",
                "default-scheduler",
                null,
                1,
                "95s",
                "95s"),
            backOff(),
            event(
                "kind-worker.17d1f39f00000000",
                NODE,
                Event.NORMAL,
                "NodeReady",
                "Node kind-worker status is now: NodeReady",
                "kubelet",
                "kind-worker",
                1,
                "10m",
                "10m"));

    assertThat(Printers.table(events, NOW, PLAIN))
        .isEqualTo(
            """
        LAST SEEN   TYPE      REASON             OBJECT             MESSAGE
        2m          Normal    SuccessfulCreate   daemonset/greet    Created pod: greet-c4v52
        95s         Normal    Scheduled          pod/greet-c4v52    Successfully assigned default/greet-c4v52 to kind-worker
        30s         Warning   BackOff            pod/greet-c4v52    Back-off restarting failed container
        10m         Normal    NodeReady          node/kind-worker   Node kind-worker status is now: NodeReady
        """);
  }

  @Test
  void wideEventTableAddsSubobjectSourceFirstSeenCountAndName() {
    assertThat(Printers.table(List.of(created(), backOff()), NOW, WIDE))
        .isEqualTo(
            """
        LAST SEEN   TYPE      REASON             OBJECT            SUBOBJECT                SOURCE                 MESSAGE                                FIRST SEEN   COUNT   NAME
        2m          Normal    SuccessfulCreate   daemonset/greet                            daemonset-controller   Created pod: greet-c4v52               2m           1       greet.17d1f3a2a0000000
        30s         Warning   BackOff            pod/greet-c4v52   spec.containers{greet}   kubelet, kind-worker   Back-off restarting failed container   5m           3       greet-c4v52.17d1f3a2b4c5d6e7
        """);
  }

  @Test
  void allNamespacesAddsTheNamespaceFirst() {
    assertThat(Printers.table(List.of(created()), NOW, ALL_NAMESPACES))
        .isEqualTo(
            """
        NAMESPACE   LAST SEEN   TYPE     REASON             OBJECT            MESSAGE
        default     2m          Normal   SuccessfulCreate   daemonset/greet   Created pod: greet-c4v52
        """);
  }

  @Test
  void lastSeenFallsBackToFirstSeenThenToCreation() {
    Event noLast =
        new Event(
            meta("default", "a", "1h"),
            POD,
            Event.NORMAL,
            "Pulled",
            "pulled",
            "kubelet",
            null,
            0,
            ago("3m"),
            null);
    Event neither =
        new Event(
            meta("default", "b", "45s"),
            POD,
            Event.NORMAL,
            "Pulled",
            "pulled",
            "kubelet",
            null,
            0,
            null,
            null);

    assertThat(Printers.table(List.of(noLast, neither), NOW, PLAIN))
        .isEqualTo(
            """
        LAST SEEN   TYPE     REASON   OBJECT            MESSAGE
        3m          Normal   Pulled   pod/greet-c4v52   pulled
        45s         Normal   Pulled   pod/greet-c4v52   pulled
        """);
  }

  @Test
  void anEventWithoutCountHappenedOnce() {
    Event uncounted =
        new Event(
            meta("default", "a", "1m"),
            NODE,
            Event.NORMAL,
            "Starting",
            "",
            "kubelet",
            null,
            0,
            ago("1m"),
            ago("1m"));

    assertThat(Printers.table(List.of(uncounted), NOW, WIDE)).contains("   1       a\n");
  }

  @Test
  void anInvolvedObjectWithoutNameShowsOnlyItsKind() {
    ObjectReference cluster = new ObjectReference("v1", "Cluster", null, null, null, null);
    Event event = event("a", cluster, Event.WARNING, "Odd", "odd", "x", null, 1, "3m", "3m");

    assertThat(Printers.table(List.of(event), NOW, PLAIN)).contains("   cluster   odd\n");
  }

  @Test
  void messagesAreTrimmedAndCutAtTheirFirstLineBreak() {
    Event trailing =
        event(
            "a",
            POD,
            Event.NORMAL,
            "Started",
            "Started container greet\n",
            "kubelet",
            null,
            1,
            "3m",
            "3m");
    Event multiline =
        event(
            "b",
            POD,
            Event.WARNING,
            "Failed",
            "Error: first line\nsecond line",
            "kubelet",
            null,
            1,
            "3m",
            "3m");

    assertThat(Printers.table(List.of(trailing, multiline), NOW, PLAIN))
        .isEqualTo(
            """
        LAST SEEN   TYPE      REASON    OBJECT            MESSAGE
        3m          Normal    Started   pod/greet-c4v52   Started container greet
        3m          Warning   Failed    pod/greet-c4v52   Error: first line...
        """);
  }
}
