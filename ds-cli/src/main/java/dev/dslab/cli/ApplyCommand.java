package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apply -f} and {@code create -f}: each object of the manifests is created, or (apply)
 * replaced when it exists; a bad document or a refused object is reported and the others go on.
 */
@Command(name = "apply", description = "Apply a configuration to a resource by file name or stdin.")
final class ApplyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = {"-f", "--filename"},
      required = true,
      description = "file, directory or - for stdin")
  List<String> files;

  private final Session session;
  private final boolean createOnly;

  ApplyCommand(Session session, boolean createOnly) {
    this.session = session;
    this.createOnly = createOnly;
  }

  @Override
  public Integer call() throws CommandException {
    Executor.execute(session, new Request.Apply(files, common.namespace, createOnly));
    return 0;
  }
}
