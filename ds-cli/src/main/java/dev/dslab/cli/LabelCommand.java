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

/**
 * {@code label} and {@code annotate}: {@code TYPE NAME... K=V... K-...}, or {@code TYPE K=V...}
 * with {@code -l SELECTOR} or {@code --all}, with kubectl's flags and messages. Both build the same
 * typed request (RequestParser.label), so the state file replays them.
 */
@Command(
    name = "label",
    description = "Update the labels (label) or the annotations (annotate) on resources.")
final class LabelCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "TYPE [NAME...] KEY=VAL... KEY-...")
  List<String> args;

  @Option(names = "--overwrite", description = "allow existing values to be overwritten")
  boolean overwrite;

  @Option(
      names = {"-l", "--selector"},
      description = "change the objects this label selector picks")
  String selector;

  @Option(names = "--all", description = "change every object of the type in the namespace")
  boolean all;

  @Option(
      names = "--resource-version",
      description = "only change the object while this is its resourceVersion")
  String resourceVersion;

  @Option(names = "--dry-run", description = "none, client or server")
  String dryRun;

  private final Session session;
  private final boolean annotations;

  LabelCommand(Session session, boolean annotations) {
    this.session = session;
    this.annotations = annotations;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(
        session,
        RequestParser.label(
            annotations,
            args,
            common.namespace,
            common.allNamespaces(),
            overwrite,
            selector,
            all,
            resourceVersion,
            dryRun,
            session.cluster().api().kinds()));
    return 0;
  }
}
