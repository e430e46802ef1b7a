package dev.dslab.engine.drain;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kubectl drain} does with a node's pods after cordoning it: DaemonSet-managed pods
 * stay (their controller would put them straight back, and they tolerate the cordon), every other
 * live pod is evicted. Pods already terminating or finished are left alone.
 *
 * @param daemonSetPods the pods that stay, as {@code namespace/name}
 * @param evicted the pods to evict, in the node's order
 */
public record DrainPlan(List<String> daemonSetPods, List<Pod> evicted) {
  public DrainPlan {
    daemonSetPods = List.copyOf(daemonSetPods);
    evicted = List.copyOf(evicted);
  }

  /** The plan for a node as the store holds it now. */
  public static DrainPlan of(Cluster cluster, String node) {
    List<String> daemonPods = new ArrayList<>();
    List<Pod> evict = new ArrayList<>();
    for (Pod pod : cluster.store().podsOnNode(node)) {
      if (pod.metadata().isDeleting() || pod.isTerminal()) {
        continue;
      }
      if (daemonSetManaged(cluster, pod)) {
        daemonPods.add(pod.metadata().namespace() + "/" + pod.metadata().name());
      } else {
        evict.add(pod);
      }
    }
    return new DrainPlan(daemonPods, evict);
  }

  /** Evicts the pods of the plan (a pod already gone is skipped) and lets the controllers react. */
  public void evict(Cluster cluster) throws ApiException {
    for (Pod pod : evicted) {
      try {
        cluster
            .api()
            .delete(
                Kind.POD, pod.metadata().namespace(), pod.metadata().name(), DeleteOptions.DEFAULT);
      } catch (ApiException e) {
        if (e.reason() != ApiException.Reason.NotFound) {
          throw e;
        }
      }
    }
    cluster.reconcile();
  }

  /** A pod whose controller is an existing DaemonSet. */
  private static boolean daemonSetManaged(Cluster cluster, Pod pod) {
    return pod.metadata()
        .controllerRef()
        .filter(r -> DaemonSet.KIND.equals(r.kind()))
        .flatMap(
            r ->
                cluster
                    .store()
                    .<DaemonSet>get(Kind.DAEMON_SET, pod.metadata().namespace(), r.name()))
        .isPresent();
  }
}
