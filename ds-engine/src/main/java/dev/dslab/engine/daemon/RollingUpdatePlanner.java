package dev.dslab.engine.daemon;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rollingUpdate (update.go): which old pods to delete and which nodes get a new pod, bounded by
 * maxUnavailable (delete first) or maxSurge (create first). Upstream walks its node map in Go's
 * random order; we walk nodes by name, so runs repeat exactly.
 */
public final class RollingUpdatePlanner {
  /** The two budgets scaled against the desired count. */
  public record Budget(int maxSurge, int maxUnavailable) {}

  /** (newPod, oldPod, ok) of findUpdatedPodsOnNode. */
  record NodePods(Pod newPod, Pod oldPod, boolean ok) {}

  private RollingUpdatePlanner() {}

  /**
   * updatedDesiredNodeCounts: both budgets round percentages up; both zero with something desired
   * falls back to maxUnavailable 1.
   */
  public static Budget budget(DaemonSet ds, int desired) {
    DaemonSetUpdateStrategy strategy = ds.spec().updateStrategy();
    int surge = 0;
    int unavailable = 0;
    if (strategy != null && strategy.isRollingUpdate() && strategy.rollingUpdate() != null) {
      RollingUpdateDaemonSet ru = strategy.rollingUpdate();
      surge = ru.maxSurge() == null ? 0 : ru.maxSurge().scaledValue(desired, true);
      unavailable =
          ru.maxUnavailable() == null ? 0 : ru.maxUnavailable().scaledValue(desired, true);
    }
    if (desired > 0 && unavailable == 0 && surge == 0) {
      unavailable = 1;
    }
    return new Budget(surge, unavailable);
  }

  /** util.AllowsSurge: a positive surge for a single node. */
  public static boolean allowsSurge(DaemonSet ds) {
    DaemonSetUpdateStrategy strategy = ds.spec().updateStrategy();
    if (strategy == null
        || !strategy.isRollingUpdate()
        || strategy.rollingUpdate() == null
        || strategy.rollingUpdate().maxSurge() == null) {
      return false;
    }
    try {
      return strategy.rollingUpdate().maxSurge().scaledValue(1, true) > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** findUpdatedPodsOnNode: the node's one new and one old non-terminating pod, or not ok. */
  static NodePods findUpdatedPods(SyncSnapshot s, List<Pod> pods) {
    Pod newPod = null;
    Pod oldPod = null;
    for (Pod pod : pods) {
      if (pod.metadata().isDeleting()) {
        continue;
      }
      if (s.isUpdated(pod)) {
        if (newPod != null) {
          return new NodePods(null, null, false);
        }
        newPod = pod;
      } else {
        if (oldPod != null) {
          return new NodePods(null, null, false);
        }
        oldPod = pod;
      }
    }
    return new NodePods(newPod, oldPod, true);
  }

  /**
   * The rolling-update decision for one sync. {@code nodeEntries} are the node names of the
   * node→pods map: every node that should run a pod, and every node that has pods. It is to retry
   * later when a budget is not a number or a percentage (upstream: "couldn't get unavailable
   * numbers"), or when a surge decision needs a node that no longer exists (upstream: "couldn't get
   * node for nodeName").
   */
  public static RollingUpdateDecision plan(SyncSnapshot s, List<String> nodeEntries, int desired) {
    Budget budget;
    try {
      budget = budget(s.ds(), desired);
    } catch (IllegalArgumentException e) {
      // scaledValue's refusal of a budget that validation would have refused: upstream's error
      // return
      return new RollingUpdateDecision.RetryLater(
          "couldn't get unavailable numbers: " + e.getMessage());
    }
    return budget.maxSurge() == 0
        ? new RollingUpdateDecision.Proceed(deleteFirst(s, nodeEntries, budget))
        : createFirst(s, nodeEntries, budget, desired);
  }

  /** maxSurge == 0: unavailable old pods go at once; available ones as far as the budget allows. */
  private static NodePlan deleteFirst(SyncSnapshot s, List<String> nodeEntries, Budget budget) {
    int numUnavailable = 0;
    List<Pod> allowedReplacements = new ArrayList<>();
    List<Pod> candidates = new ArrayList<>();
    for (String node : nodeEntries) {
      NodePods np = findUpdatedPods(s, s.podsOn(node));
      if (!np.ok()) {
        numUnavailable++;
        continue;
      }
      if ((np.oldPod() == null && np.newPod() == null)
          || (np.oldPod() != null && np.newPod() != null)) {
        numUnavailable++;
      } else if (np.newPod() != null) {
        if (!s.isAvailable(np.newPod())) {
          numUnavailable++;
        }
      } else if (!s.isAvailable(np.oldPod())) {
        allowedReplacements.add(np.oldPod());
        numUnavailable++;
      } else if (numUnavailable < budget.maxUnavailable()) {
        candidates.add(np.oldPod());
      }
    }
    int remaining =
        Math.max(0, Math.min(budget.maxUnavailable() - numUnavailable, candidates.size()));
    NodePlan plan = new NodePlan();
    allowedReplacements.forEach(plan::delete);
    candidates.subList(0, remaining).forEach(plan::delete);
    return plan;
  }

  /**
   * maxSurge > 0: a new pod next to each old one as far as the surge allows; old pods go once new
   * ones are available.
   */
  private static RollingUpdateDecision createFirst(
      SyncSnapshot s, List<String> nodeEntries, Budget budget, int desired) {
    int numSurge = 0;
    int numAvailable = 0;
    List<Pod> oldPodsToDelete = new ArrayList<>();
    List<Pod> shouldNotRunPodsToDelete = new ArrayList<>();
    List<String> allowedNewNodes = new ArrayList<>();
    List<String> candidateNewNodes = new ArrayList<>();
    Map<String, ?> nodes = s.eligibility();
    for (String node : nodeEntries) {
      NodePods np = findUpdatedPods(s, s.podsOn(node));
      if (!np.ok()) {
        numSurge++;
        continue;
      }
      if (np.oldPod() != null) {
        numAvailable += s.isAvailable(np.oldPod()) ? 1 : 0;
      } else if (np.newPod() != null) {
        numAvailable += s.isAvailable(np.newPod()) ? 1 : 0;
      }
      if (np.oldPod() == null) {
        continue;
      }
      if (np.newPod() == null) {
        if (!nodes.containsKey(node)) {
          // The node went away and its pods are not collected yet: wait until they are.
          return new RollingUpdateDecision.RetryLater(
              "couldn't get node for nodeName \"" + node + "\": node \"" + node + "\" not found");
        }
        boolean shouldRun = s.eligibility().get(node).shouldRun();
        if (!s.isAvailable(np.oldPod())) {
          if (!shouldRun) {
            oldPodsToDelete.add(np.oldPod());
          } else {
            allowedNewNodes.add(node);
          }
        } else if (!shouldRun) {
          shouldNotRunPodsToDelete.add(np.oldPod());
        } else if (numSurge < budget.maxSurge()) {
          candidateNewNodes.add(node);
        }
      } else if (!s.isAvailable(np.newPod())) {
        numSurge++;
      } else {
        oldPodsToDelete.add(np.oldPod());
      }
    }
    int deletable = Math.min(numAvailable - desired, shouldNotRunPodsToDelete.size());
    if (deletable > 0) {
      oldPodsToDelete.addAll(shouldNotRunPodsToDelete.subList(0, deletable));
    }
    int remainingSurge =
        Math.max(0, Math.min(budget.maxSurge() - numSurge, candidateNewNodes.size()));
    NodePlan plan = new NodePlan();
    allowedNewNodes.forEach(plan::create);
    candidateNewNodes.subList(0, remainingSurge).forEach(plan::create);
    oldPodsToDelete.forEach(plan::delete);
    return new RollingUpdateDecision.Proceed(plan);
  }
}
