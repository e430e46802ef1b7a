package dev.dslab.engine.daemon;

import dev.dslab.engine.placement.Eligibility;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * manage → podsShouldBeOnNode (daemon_controller.go): for every node, whether to create a pod, and
 * which pods to delete. Pure but for the failed-pod backoff, which it consults and advances.
 *
 * <p>Invariants (each tested):
 *
 * <ul>
 *   <li>shouldRun and no pod under the node (terminating ones count) → one create;
 *   <li>shouldContinueRunning: failed pods are deleted subject to backoff, succeeded pods at once;
 *       without surge, duplicates are pruned keeping the oldest and nothing is created even if the
 *       running set is empty (the replacement comes in a later sync);
 *   <li>with surge, an empty running set on a shouldRun node is refilled at once, and of two pods
 *       the old one goes when it is not ready or when the new one is available;
 *   <li>not shouldContinueRunning → every non-terminating pod of the node is deleted;
 *   <li>pods pinned to a node that no longer exists and not bound are deleted.
 * </ul>
 */
public final class ManagePlanner {
  private ManagePlanner() {}

  public static NodePlan plan(SyncSnapshot s, boolean surge, FailedPodBackoff backoff) {
    NodePlan plan = new NodePlan();
    for (Node node : s.nodes()) {
      String name = node.metadata().name();
      podsShouldBeOnNode(s, name, s.eligibility().get(name), surge, backoff, plan);
    }
    for (String vanished : s.vanishedNodes()) {
      for (Pod pod : s.podsOn(vanished)) {
        if (pod.spec().nodeName() == null && !pod.metadata().isDeleting()) {
          plan.delete(pod);
        }
      }
    }
    return plan;
  }

  private static void podsShouldBeOnNode(
      SyncSnapshot s,
      String node,
      Eligibility eligibility,
      boolean surge,
      FailedPodBackoff backoff,
      NodePlan plan) {
    List<Pod> pods = s.podsOn(node);
    if (eligibility.shouldRun() && pods.isEmpty()) {
      plan.create(node);
      return;
    }
    if (eligibility.shouldContinueRunning()) {
      List<Pod> running = new ArrayList<>();
      for (Pod pod : pods) {
        if (pod.metadata().isDeleting()) {
          continue;
        }
        if (pod.status().phase() == PodPhase.Failed) {
          String key =
              FailedPodBackoff.key(
                  s.ds().metadata().uid(), s.ds().status().observedGeneration(), node);
          if (backoff.inBackoff(key, s.now())) {
            plan.requeue(backoff.delay(key));
            continue;
          }
          backoff.next(key, s.now());
          plan.event(
              Event.WARNING,
              "FailedDaemonPod",
              "Found failed daemon pod "
                  + pod.metadata().namespace()
                  + "/"
                  + pod.metadata().name()
                  + " on node "
                  + node
                  + ", will try to kill it");
          plan.delete(pod);
        } else if (pod.status().phase() == PodPhase.Succeeded) {
          plan.event(
              Event.NORMAL,
              "SucceededDaemonPod",
              "Found succeeded daemon pod "
                  + pod.metadata().namespace()
                  + "/"
                  + pod.metadata().name()
                  + " on node "
                  + node
                  + ", will try to delete it");
          plan.delete(pod);
        } else {
          running.add(pod);
        }
      }
      if (!surge) {
        if (running.size() > 1) {
          running.sort(DaemonPods.OLDEST_FIRST);
          running.subList(1, running.size()).forEach(plan::delete);
        }
      } else {
        pruneSurge(s, node, eligibility, running, plan);
      }
      return;
    }
    for (Pod pod : pods) {
      if (!pod.metadata().isDeleting()) {
        plan.delete(pod);
      }
    }
  }

  /**
   * With surge: keep the oldest new and the oldest old pod, and drop the old one once it may go.
   */
  private static void pruneSurge(
      SyncSnapshot s, String node, Eligibility eligibility, List<Pod> running, NodePlan plan) {
    if (running.isEmpty()) {
      if (eligibility.shouldRun()) {
        plan.create(node);
      }
      return;
    }
    if (running.size() == 1) {
      return;
    }
    running.sort(DaemonPods.OLDEST_FIRST);
    Pod oldestNew = null;
    Pod oldestOld = null;
    for (Pod pod : running) {
      boolean isNew = s.hash().equals(pod.metadata().labels().get(ControllerRevision.HASH_LABEL));
      if (isNew && oldestNew == null) {
        oldestNew = pod;
      } else if (!isNew && oldestOld == null) {
        oldestOld = pod;
      } else {
        plan.delete(pod);
      }
    }
    if (oldestNew != null && oldestOld != null) {
      if (!oldestOld.status().isReady() || s.isAvailable(oldestNew)) {
        plan.delete(oldestOld);
      }
    }
  }
}
