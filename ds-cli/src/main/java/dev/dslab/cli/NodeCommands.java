package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Commands about nodes: kubectl's cordon and uncordon, and {@code sim node down|up}. */
final class NodeCommands {
  private NodeCommands() {}

  /** {@code cordon NAME…} / {@code uncordon NAME…}: kubectl's messages, including "already". */
  @Command(name = "cordon", description = "Mark node as unschedulable.")
  static final class Cordon implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NODE")
    List<String> nodes;

    private final Session session;
    private final boolean cordon;

    Cordon(Session session, boolean cordon) {
      this.session = session;
      this.cordon = cordon;
    }

    @Override
    public Integer call() throws CliException {
      Cluster cluster = session.cluster();
      for (String name : nodes) {
        String n = name.startsWith("node/") ? name.substring(5) : name;
        Node node = cluster.store().<Node>get(Kind.NODE, null, n)
            .orElseThrow(() -> new CliException("Error from server (NotFound): nodes \"" + n + "\" not found"));
        String verb = cordon ? "cordoned" : "uncordoned";
        if (node.spec().unschedulable() == cordon) {
          session.out().println("node/" + n + " already " + verb);
          continue;
        }
        try {
          cluster.api().update(node.withSpec(node.spec().withUnschedulable(cordon)));
        } catch (ApiException e) {
          throw new CliException(e.kubectlMessage());
        } finally {
          cluster.reconcile();
        }
        session.out().println("node/" + n + " " + verb);
      }
      return 0;
    }
  }

  /** {@code sim node down NAME} / {@code sim node up NAME}: the kubelet stops or resumes reporting. */
  @Command(name = "down", description = "The node's kubelet stops reporting; Ready turns Unknown after 50 s.")
  static final class Kubelet implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NODE")
    List<String> nodes;

    private final Session session;
    private final boolean up;

    Kubelet(Session session, boolean up) {
      this.session = session;
      this.up = up;
    }

    @Override
    public Integer call() throws CliException {
      try {
        if (up) {
          session.cluster().nodesUp(nodes);
        } else {
          session.cluster().nodesDown(nodes);
        }
      } catch (ApiException e) {
        throw new CliException(e.kubectlMessage());
      }
      for (String name : nodes) {
        session.out().println("node/" + name + " kubelet " + (up ? "started" : "stopped"));
      }
      return 0;
    }
  }

  /** The {@code sim node} group. */
  @Command(name = "node", description = "Stop or start a node's kubelet.")
  static final class Group {
    private Group() {}
  }
}
