package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.RequestParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code delete TYPE NAME...}, {@code delete TYPE/NAME}, {@code delete -f FILE}, {@code delete pod
 * -l SELECTOR}, {@code --field-selector}, {@code --cascade=orphan}. Prints kubectl's {@code
 * daemonset.apps "x" deleted} per object.
 */
@Command(
    name = "delete",
    description = "Delete resources by file names, stdin, resources and names, or by selectors.")
final class DeleteCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "TYPE [NAME...]")
  List<String> args = new ArrayList<>();

  @Option(
      names = {"-f", "--filename"},
      description = "file, directory or - for stdin")
  List<String> files = new ArrayList<>();

  @Option(
      names = {"-l", "--selector"},
      description = "label selector")
  String selector;

  @Option(names = "--field-selector", description = "field selector")
  String fieldSelector;

  @Option(
      names = "--cascade",
      arity = "0..1",
      fallbackValue = "background",
      description = "background (default), foreground or orphan")
  String cascade = "background";

  @Option(names = "--all", description = "delete all objects of the type in the namespace")
  boolean all;

  @Option(names = "--grace-period", description = "seconds to give the pod to terminate")
  Long gracePeriod;

  @Option(names = "--now", description = "same as --grace-period=1")
  boolean now;

  @Option(names = "--force", description = "delete at once (with --grace-period=0)")
  boolean force;

  @Option(
      names = "--wait",
      arity = "0..1",
      fallbackValue = "true",
      description = "ignored: the clock does not move")
  boolean waitForDeletion = true;

  @Option(names = "--ignore-not-found", description = "treat a missing object as success")
  boolean ignoreNotFound;

  private final Session session;

  DeleteCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(
        session,
        RequestParser.delete(
            session.cluster().api().kinds(),
            args,
            files,
            common.namespace,
            common.allNamespaces(),
            selector,
            fieldSelector,
            cascade,
            all,
            gracePeriod,
            now,
            force,
            ignoreNotFound));
    return 0;
  }
}
