package dev.dslab.engine.daemon;

import dev.dslab.model.core.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass of the DaemonSet controller decided: nodes that get a new pod, pods to delete, the
 * events to record about failed or succeeded pods, and when to look again. A value, so that the
 * deciding stays pure and one executor applies it.
 */
public final class NodePlan {
  /** A DaemonSet event the plan wants recorded (FailedDaemonPod, SucceededDaemonPod). */
  public record PlannedEvent(String type, String reason, String message) {}

  private final List<String> nodesNeedingPods = new ArrayList<>();
  private final List<Pod> podsToDelete = new ArrayList<>();
  private final List<PlannedEvent> events = new ArrayList<>();
  private Duration requeueAfter;

  public List<String> nodesNeedingPods() {
    return nodesNeedingPods;
  }

  public List<Pod> podsToDelete() {
    return podsToDelete;
  }

  public List<PlannedEvent> events() {
    return events;
  }

  /** The shortest delay after which the DaemonSet must be synced again, or null. */
  public Duration requeueAfter() {
    return requeueAfter;
  }

  void create(String node) {
    nodesNeedingPods.add(node);
  }

  void delete(Pod pod) {
    podsToDelete.add(pod);
  }

  void event(String type, String reason, String message) {
    events.add(new PlannedEvent(type, reason, message));
  }

  void requeue(Duration after) {
    if (requeueAfter == null || after.compareTo(requeueAfter) < 0) {
      requeueAfter = after;
    }
  }

  public boolean isEmpty() {
    return nodesNeedingPods.isEmpty() && podsToDelete.isEmpty();
  }
}
