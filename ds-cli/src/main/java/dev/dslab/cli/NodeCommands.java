package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
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
    public Integer call() throws CommandException {
      Executor.execute(session, new Request.Cordon(RequestParser.nodeNames(nodes), cordon));
      return 0;
    }
  }

  /**
   * {@code sim node down NAME} / {@code sim node up NAME}: the kubelet stops or resumes reporting.
   */
  @Command(
      name = "down",
      description = "The node's kubelet stops reporting; Ready turns Unknown after 50 s.")
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
    public Integer call() throws CommandException {
      Executor.execute(session, new Request.Kubelets(nodes, up));
      return 0;
    }
  }

  /** The {@code sim node} group. */
  @Command(name = "node", description = "Stop or start a node's kubelet.")
  static final class Group {
    private Group() {}
  }
}
