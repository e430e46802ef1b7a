package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.RequestParser;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** kubectl's {@code scale deployment/NAME --replicas=N} (Deployments and ReplicaSets). */
@Command(name = "scale", description = "Set a new size for a Deployment or ReplicaSet.")
final class ScaleCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..2", paramLabel = "deployment/NAME")
  List<String> args;

  @Option(names = "--replicas", description = "the new number of replicas")
  String replicas;

  private final Session session;

  ScaleCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(session, RequestParser.scale(args, replicas, common.namespace));
    return 0;
  }
}
