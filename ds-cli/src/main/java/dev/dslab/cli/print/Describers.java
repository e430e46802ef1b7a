package dev.dslab.cli.print;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubectl describe (staging/src/k8s.io/kubectl/pkg/describe/describe.go) for the kinds dsctl
 * describes: the sections, their order and describe's alignment.
 */
public final class Describers {
  /** printAnnotationsMultiline hides what kubectl apply keeps for itself. */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private Describers() {}

  /**
   * describeDaemonSet: identity, the five node counts, pod phases of the pods it controls, the pod
   * template and the events about it.
   */
  public static String daemonSet(DaemonSet ds, List<Pod> controlledPods, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(ds.metadata().name()).append('\n');
    w.append("Namespace:\t").append(ds.metadata().namespace()).append('\n');
    w.append("Selector:\t").append(ds.spec().selector() == null ? "<none>" : ds.spec().selector().format())
        .append('\n');
    Map<String, String> nodeSelector = ds.spec().template().spec().nodeSelector();
    w.append("Node-Selector:\t").append(dev.dslab.model.meta.Labels.format(nodeSelector)).append('\n');
    PodTemplateDescriber.multiline(w, "", "Labels", ds.metadata().labels(), "=");
    TreeMap<String, String> annotations = new TreeMap<>(ds.metadata().annotations());
    annotations.remove(LAST_APPLIED);
    PodTemplateDescriber.multiline(w, "", "Annotations", annotations, ": ");
    DaemonSetStatus s = ds.status();
    w.append("Desired Number of Nodes Scheduled: ").append(s.desiredNumberScheduled()).append('\n');
    w.append("Current Number of Nodes Scheduled: ").append(s.currentNumberScheduled()).append('\n');
    w.append("Number of Nodes Scheduled with Up-to-date Pods: ").append(s.updatedNumberScheduled()).append('\n');
    w.append("Number of Nodes Scheduled with Available Pods: ").append(s.numberAvailable()).append('\n');
    w.append("Number of Nodes Misscheduled: ").append(s.numberMisscheduled()).append('\n');
    w.append("Pods Status:\t").append(count(controlledPods, PodPhase.Running)).append(" Running / ")
        .append(count(controlledPods, PodPhase.Pending)).append(" Waiting / ")
        .append(count(controlledPods, PodPhase.Succeeded)).append(" Succeeded / ")
        .append(count(controlledPods, PodPhase.Failed)).append(" Failed\n");
    w.append(PodTemplateDescriber.raw(ds.spec().template()));
    events(w, events, now);
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  private static long count(List<Pod> pods, PodPhase phase) {
    return pods.stream().filter(p -> p.status().phase() == phase).count();
  }

  /**
   * DescribeEvents: sorted by last timestamp; Age is {@code <last> (xN over <first>)} for repeated
   * events; From is the source component (and host).
   */
  static void events(StringBuilder w, List<Event> events, Instant now) {
    if (events.isEmpty()) {
      w.append("Events:\t<none>\n");
      return;
    }
    w.append("Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.append("  ----\t------\t----\t----\t-------\n");
    List<Event> sorted = events.stream().sorted(Comparator.comparing(Describers::last,
        Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    for (Event e : sorted) {
      String age = HumanDuration.age(last(e), now);
      if (e.count() > 1) {
        age = age + " (x" + e.count() + " over " + HumanDuration.age(e.firstTimestamp(), now) + ")";
      }
      String from = e.sourceComponent() == null ? "" : e.sourceComponent();
      if (e.sourceHost() != null && !e.sourceHost().isEmpty()) {
        from = from + ", " + e.sourceHost();
      }
      w.append("  ").append(e.type()).append('\t').append(e.reason()).append('\t').append(age).append('\t')
          .append(from).append('\t').append(e.message() == null ? "" : e.message().trim()).append('\n');
    }
  }

  private static Instant last(Event e) {
    return e.lastTimestamp() != null ? e.lastTimestamp() : e.firstTimestamp();
  }
}
