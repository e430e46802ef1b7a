package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
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
  public Integer call() throws CommandException {
    Executor.execute(
        session,
        new Request.Drain(RequestParser.nodeNames(List.of(node)).get(0), ignoreDaemonSets));
    return 0;
  }
}
