package dev.dslab.engine.why;

import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.engine.scheduler.preemption.DisruptionBudget;
import dev.dslab.engine.scheduler.preemption.Preemption;
import dev.dslab.engine.scheduler.preemption.Victims;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * For a pod that finds no room on a node: which pods hold the resource it lacks, and whether the
 * scheduler's preemption (DefaultPreemption's SelectVictimsOnNode) would remove some of them for
 * it, judged by their priorities against the pod's.
 */
final class PodsInTheWay {
  private PodsInTheWay() {}

  /**
   * The pods that request {@code resource} ({@code cpu}, {@code memory}, or {@code pods} for the
   * pod count), with their requests and priorities: {@code default/web (cpu 3, priority 0)}.
   */
  static String holding(String resource, List<Pod> others) {
    List<String> parts = new ArrayList<>();
    for (Pod p : others) {
      long milli = 0;
      for (Container c : p.spec().containers()) {
        Quantity q = c.resources().requests().get(resource);
        milli += q == null ? 0 : q.milliValue();
      }
      if (resource.equals("pods") || milli > 0) {
        parts.add(
            p.metadata().namespace()
                + "/"
                + p.metadata().name()
                + " ("
                + (resource.equals("pods") ? "" : resource + " " + amount(milli) + ", ")
                + "priority "
                + p.spec().priorityOrZero()
                + ")");
      }
    }
    return String.join(", ", parts);
  }

  private static String amount(long milli) {
    return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
  }

  /**
   * Whether preemption can make room for {@code pod} on the node, worded for people: which pods the
   * scheduler would remove, or why it would remove none (preemptionPolicy Never, nothing of lower
   * priority, or no fit even without every lower-priority pod).
   */
  static String preemption(
      Pod pod, Node node, List<Pod> onNode, List<DisruptionBudget> budgets, Instant now) {
    String who =
        "the pod's priority "
            + pod.spec().priorityOrZero()
            + (pod.spec().priorityClassName() == null
                ? ""
                : " (" + pod.spec().priorityClassName() + ")");
    if (PriorityClass.PREEMPT_NEVER.equals(pod.spec().preemptionPolicy())) {
      return "preemption cannot make room: " + who + " comes with preemptionPolicy Never";
    }
    Preemption.NodeView view =
        new Preemption.NodeView() {
          @Override
          public List<Pod> pods(String name) {
            return onNode;
          }

          @Override
          public List<Pod> nominated(String name, Pod preemptor) {
            return List.of();
          }
        };
    Preemption.VictimSelection selection =
        Preemption.selectVictimsOnNode(pod, node, view, budgets, now);
    Optional<Victims> victims = selection.victims();
    if (victims.isPresent()) {
      String names =
          victims.get().pods().stream()
              .map(
                  p ->
                      p.metadata().namespace()
                          + "/"
                          + p.metadata().name()
                          + " (priority "
                          + p.spec().priorityOrZero()
                          + ")")
              .collect(Collectors.joining(", "));
      return "preemption can make room: "
          + who
          + " is above theirs; the scheduler removes "
          + names
          + (victims.get().pdbViolations() > 0
              ? ", against " + victims.get().pdbViolations() + " PodDisruptionBudget allowance(s)"
              : "");
    }
    if (selection.failure().equals("No preemption victims found for incoming pod")) {
      return "preemption cannot make room: no pod on the node has a priority below the pod's "
          + who.substring("the pod's priority ".length());
    }
    return "preemption cannot make room: even without every lower-priority pod, "
        + selection.failure();
  }
}
