package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.RequestParser;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taint node NAME K[=V]:EFFECT... K[:EFFECT]-... [--overwrite]} with kubectl's rules: a
 * taint of the same key and effect needs --overwrite; removing without an effect removes every
 * effect of the key.
 */
@Command(name = "taint", description = "Update the taints on one or more nodes.")
final class TaintCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "node NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N-")
  List<String> args;

  @Option(names = "--overwrite", description = "allow taints to be overwritten")
  boolean overwrite;

  private final Session session;

  TaintCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(session, RequestParser.taint(args, overwrite));
    return 0;
  }
}
