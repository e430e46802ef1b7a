package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.drain.DrainPlan;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code drain NODE [--ignore-daemonsets]}: cordon, then evict every pod but the DaemonSet-managed
 * ones — which kubectl refuses to go on with unless told to ignore them, because their controller
 * would put them straight back.
 */
@Command(name = "drain", description = "Drain node in preparation for maintenance.")
final class DrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NODE")
  String node;

  @Option(names = "--ignore-daemonsets", description = "ignore DaemonSet-managed pods")
  boolean ignoreDaemonSets;

  @Option(names = "--delete-emptydir-data", description = "accepted for compatibility")
  boolean deleteEmptyDirData;

  @Option(names = "--force", description = "accepted for compatibility")
  boolean force;

  private final Session session;

  DrainCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CliException {
    Cluster cluster = session.cluster();
    String name = node.startsWith("node/") ? node.substring(5) : node;
    Node n = cluster.store().<Node>get(Kind.NODE, null, name)
        .orElseThrow(() -> new CliException("Error from server (NotFound): nodes \"" + name + "\" not found"));
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
      if (!daemonPods.isEmpty() && !ignoreDaemonSets) {
        String why = "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): "
            + String.join(", ", daemonPods);
        throw new CliException("error: unable to drain node \"" + name + "\" due to error: " + why
            + ", continuing command...\nThere are pending nodes to be drained:\n " + name + "\n" + why);
      }
      if (!daemonPods.isEmpty()) {
        session.err().println("Warning: ignoring DaemonSet-managed Pods: " + String.join(", ", daemonPods));
      }
      for (Pod pod : plan.evicted()) {
        session.out().println("evicting pod " + pod.metadata().namespace() + "/" + pod.metadata().name());
      }
      plan.evict(cluster);
      for (Pod pod : plan.evicted()) {
        session.out().println("pod/" + pod.metadata().name() + " evicted");
      }
      session.out().println("node/" + name + " drained");
    } catch (ApiException e) {
      throw new CliException(e.kubectlMessage());
    }
    return 0;
  }
}
