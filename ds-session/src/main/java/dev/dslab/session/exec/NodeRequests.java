package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.drain.DrainPlan;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.util.List;

/**
 * Requests about nodes: kubectl's cordon, uncordon and drain, and the kubelets of {@code sim node
 * down|up}.
 */
final class NodeRequests {
  private NodeRequests() {}

  private static Node node(Cluster cluster, String name) throws CommandException {
    return cluster
        .store()
        .<Node>get(Kind.NODE, null, name)
        .orElseThrow(
            () ->
                new CommandException(
                    "Error from server (NotFound): nodes \"" + name + "\" not found"));
  }

  /** kubectl's messages, including "already". */
  static void cordon(Session session, Request.Cordon request) throws CommandException {
    Cluster cluster = session.cluster();
    for (String n : request.nodes()) {
      Node node = node(cluster, n);
      String verb = request.cordon() ? "cordoned" : "uncordoned";
      if (node.spec().unschedulable() == request.cordon()) {
        session.out().println("node/" + n + " already " + verb);
        continue;
      }
      try {
        cluster.api().update(node.withSpec(node.spec().withUnschedulable(request.cordon())));
      } catch (ApiException e) {
        throw new CommandException(e.kubectlMessage());
      } finally {
        cluster.reconcile();
      }
      session.out().println("node/" + n + " " + verb);
    }
  }

  /**
   * Cordon, then evict every pod but the DaemonSet-managed ones — which kubectl refuses to go on
   * with unless told to ignore them, because their controller would put them straight back.
   */
  static void drain(Session session, Request.Drain request) throws CommandException {
    Cluster cluster = session.cluster();
    String name = request.node();
    Node n = node(cluster, name);
    try {
      if (n.spec().unschedulable()) {
        session.out().println("node/" + name + " already cordoned");
      } else {
        cluster.api().update(n.withSpec(n.spec().withUnschedulable(true)));
        cluster.reconcile();
        session.out().println("node/" + name + " cordoned");
      }
      DrainPlan plan = DrainPlan.of(cluster, name);
      List<String> daemonPods = plan.daemonSetPods();
      if (!daemonPods.isEmpty() && !request.ignoreDaemonSets()) {
        String why =
            "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): "
                + String.join(", ", daemonPods);
        throw new CommandException(
            "error: unable to drain node \""
                + name
                + "\" due to error: "
                + why
                + ", continuing command...\nThere are pending nodes to be drained:\n "
                + name
                + "\n"
                + why);
      }
      if (!daemonPods.isEmpty()) {
        session
            .err()
            .println("Warning: ignoring DaemonSet-managed Pods: " + String.join(", ", daemonPods));
      }
      for (Pod pod : plan.evicted()) {
        session
            .out()
            .println("evicting pod " + pod.metadata().namespace() + "/" + pod.metadata().name());
      }
      plan.evict(cluster);
      for (Pod pod : plan.evicted()) {
        session.out().println("pod/" + pod.metadata().name() + " evicted");
      }
      session.out().println("node/" + name + " drained");
    } catch (ApiException e) {
      throw new CommandException(e.kubectlMessage());
    }
  }

  static void kubelets(Session session, Request.Kubelets request) throws CommandException {
    try {
      if (request.up()) {
        session.cluster().nodesUp(request.nodes());
      } else {
        session.cluster().nodesDown(request.nodes());
      }
    } catch (ApiException e) {
      throw new CommandException(e.kubectlMessage());
    }
    for (String name : request.nodes()) {
      session.out().println("node/" + name + " kubelet " + (request.up() ? "started" : "stopped"));
    }
  }
}
