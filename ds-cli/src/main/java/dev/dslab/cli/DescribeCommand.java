package dev.dslab.cli;

import dev.dslab.cli.print.Describers;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Pod;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code describe ds NAME…} (pods and nodes come with the rest of describe). */
@Command(name = "describe", description = "Show details of a resource.")
final class DescribeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "TYPE [NAME...]")
  List<String> args;

  private final Session session;

  DescribeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CliException {
    GetCommand.Target target = GetCommand.Target.parse(args);
    if (target.kind() != Kind.DAEMON_SET) {
      throw new CliException("error: dsctl describes daemonsets so far; " + target.kind().resource()
          + " follow (use get -o yaml meanwhile)");
    }
    Cluster cluster = session.cluster();
    String namespace = common.defaultNamespace();
    List<String> names = target.names().isEmpty()
        ? cluster.<DaemonSet>list(Kind.DAEMON_SET, namespace).stream().map(d -> d.metadata().name()).toList()
        : target.names();
    boolean first = true;
    for (String name : names) {
      DaemonSet ds = cluster.store().<DaemonSet>get(Kind.DAEMON_SET, namespace, name).orElseThrow(() ->
          new CliException("Error from server (NotFound): daemonsets.apps \"" + name + "\" not found"));
      List<Pod> pods = cluster.store().podsControlledBy(ds.metadata().uid()).stream()
          .filter(p -> ds.spec().selector().matches(p.metadata().labels())).toList();
      List<Event> events = cluster.<Event>list(Kind.EVENT, namespace).stream()
          .filter(e -> ds.metadata().uid().equals(e.involvedObject().uid())).toList();
      if (!first) {
        session.out().println();
        session.out().println();
      }
      session.out().print(Describers.daemonSet(ds, pods, events, cluster.now()));
      first = false;
    }
    return 0;
  }
}
