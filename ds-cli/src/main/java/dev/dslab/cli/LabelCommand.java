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

/** {@code label TYPE NAME K=V... K-... [--overwrite]}, with kubectl's messages. */
@Command(name = "label", description = "Update the labels on a resource.")
final class LabelCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "2..*", paramLabel = "TYPE NAME KEY=VAL... KEY-...")
  List<String> args;

  @Option(names = "--overwrite", description = "allow existing labels to be overwritten")
  boolean overwrite;

  private final Session session;

  LabelCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(session, RequestParser.label(args, common.namespace, overwrite));
    return 0;
  }
}
