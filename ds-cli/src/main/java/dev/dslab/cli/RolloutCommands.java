package dev.dslab.cli;

import dev.dslab.print.PodTemplateDescriber;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** kubectl's {@code rollout status|history|undo|restart} and {@code set image} for DaemonSets. */
final class RolloutCommands {
  private RolloutCommands() {}

  /** The DaemonSet a rollout command names: {@code ds/NAME}, {@code daemonset NAME}, … */
  static String daemonSetName(List<String> args) throws CliException {
    GetCommand.Target target = GetCommand.Target.parse(args);
    if (target.kind() != Kind.DAEMON_SET) {
      throw new CliException("error: dsctl rolls out DaemonSets only, not " + target.kind().resource());
    }
    if (target.names().size() != 1) {
      throw new CliException("error: required resource not specified");
    }
    return target.names().get(0);
  }

  static CliException fail(ApiException e) {
    return new CliException(e.kubectlMessage());
  }

  static CliException fail(RolloutException e) {
    return new CliException("error: " + e.getMessage());
  }

  /**
   * A rollout command on one DaemonSet ({@code ds/NAME} or {@code daemonset NAME}): the options they
   * share, and one place that turns the engine's refusals into kubectl's messages.
   */
  abstract static class OnDaemonSet implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..2", paramLabel = "ds/NAME")
    List<String> args;

    final Session session;

    OnDaemonSet(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CliException {
      String name = daemonSetName(args);
      try {
        run(name);
      } catch (ApiException e) {
        throw fail(e);
      } catch (RolloutException e) {
        throw fail(e);
      }
      return 0;
    }

    String namespace() {
      return common.defaultNamespace();
    }

    abstract void run(String name) throws CliException, ApiException, RolloutException;
  }

  @Command(name = "rollout", description = "Manage the rollout of a DaemonSet.")
  static final class Group {
    private Group() {}
  }

  /**
   * {@code rollout status}: prints kubectl's message, and with --watch (the default) advances the
   * virtual clock, printing each new message, until the rollout is done or the timeout passes.
   */
  @Command(name = "status", description = "Show the status of the rollout, advancing the virtual clock until done.")
  static final class Status extends OnDaemonSet {
    @Option(names = {"-w", "--watch"}, arity = "0..1", fallbackValue = "true", description = "watch until done")
    boolean watch = true;

    @Option(names = "--timeout", description = "how long to wait (0: until done)")
    String timeout = "0s";

    Status(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws CliException, ApiException, RolloutException {
      Duration limit = GoDuration.parse(timeout);
      Cluster cluster = session.cluster();
      Instant deadline = limit.isZero() ? null : cluster.now().plus(limit);
      RolloutStatus status = RolloutStatus.of(Rollouts.daemonSet(cluster, namespace(), name));
      session.out().println(status.message());
      String last = status.message();
      while (watch && !status.done()) {
        Instant next = cluster.clock().nextDue();
        if (next == null || (deadline != null && next.isAfter(deadline))) {
          if (deadline == null) {
            throw new CliException("error: the rollout cannot finish: nothing more will happen on the virtual "
                + "clock (use --timeout to wait a while, or see `why ds/" + name + "`)");
          }
          cluster.advanceTo(deadline);
          throw new CliException("error: timed out waiting for the condition");
        }
        cluster.advanceTo(next);
        status = RolloutStatus.of(Rollouts.daemonSet(cluster, namespace(), name));
        if (!status.message().equals(last)) {
          session.out().println(status.message());
          last = status.message();
        }
      }
    }
  }

  /** {@code rollout history [--revision N]}. */
  @Command(name = "history", description = "View the revisions of a DaemonSet.")
  static final class History extends OnDaemonSet {
    @Option(names = "--revision", description = "show the pod template of this revision")
    long revision;

    History(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws CliException, ApiException {
      DaemonSet ds = Rollouts.daemonSet(session.cluster(), namespace(), name);
      List<ControllerRevision> history = Rollouts.history(session.cluster(), ds);
      if (revision > 0) {
        ControllerRevision r = history.stream().filter(x -> x.revision() == revision).findFirst()
            .orElseThrow(() -> new CliException("error: unable to find the specified revision"));
        session.out().println("daemonset.apps/" + name + " with revision #" + revision);
        session.out().print(PodTemplateDescriber.describe(r.template()));
        return;
      }
      if (history.isEmpty()) {
        session.out().println("No rollout history found.");
        return;
      }
      StringBuilder table = new StringBuilder("REVISION\tCHANGE-CAUSE\n");
      for (ControllerRevision r : history) {
        table.append(r.revision()).append('\t').append(Rollouts.changeCause(r).orElse("<none>")).append('\n');
      }
      // kubectl's name printer with an empty operation: "NAME " and a space before the line ends
      session.out().println("daemonset.apps/" + name + " ");
      session.out().println(PodTemplateDescriber.DESCRIBE.format(table.toString()));
    }
  }

  /** {@code rollout undo [--to-revision N]}. */
  @Command(name = "undo", description = "Roll back to a previous revision.")
  static final class Undo extends OnDaemonSet {
    @Option(names = "--to-revision", description = "the revision to roll back to (default: the previous one)")
    long toRevision;

    Undo(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws ApiException, RolloutException {
      Rollouts.UndoResult r = Rollouts.undo(session.cluster(), namespace(), name, toRevision);
      session.out().println("daemonset.apps/" + name + (r.rolledBack() ? " rolled back"
          : " skipped rollback (current template already matches revision " + r.revision() + ")"));
    }
  }

  /** {@code rollout restart}. */
  @Command(name = "restart", description = "Restart every pod of a DaemonSet through a rolling update.")
  static final class Restart extends OnDaemonSet {
    Restart(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws ApiException {
      Rollouts.restart(session.cluster(), namespace(), name);
      session.out().println("daemonset.apps/" + name + " restarted");
    }
  }

  /** {@code set image ds/NAME CONTAINER=IMAGE…}. */
  @Command(name = "image", description = "Update the image of a DaemonSet's containers.")
  static final class SetImage implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "2..*", paramLabel = "ds/NAME CONTAINER=IMAGE…")
    List<String> args;

    private final Session session;

    SetImage(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CliException {
      ObjectArgs target = ObjectArgs.parse(args, a -> a.contains("="), "image");
      if (target.kind() != Kind.DAEMON_SET || target.names().size() != 1 || target.changes().isEmpty()) {
        throw new CliException("error: set image takes ds/NAME CONTAINER=IMAGE…");
      }
      String name = target.names().get(0);
      boolean changed = false;
      try {
        for (String change : target.changes()) {
          int eq = change.indexOf('=');
          changed |= Rollouts.setImage(session.cluster(), common.defaultNamespace(), name, change.substring(0, eq),
              change.substring(eq + 1));
        }
      } catch (ApiException e) {
        throw fail(e);
      } catch (RolloutException e) {
        throw fail(e);
      }
      if (changed) {
        session.out().println("daemonset.apps/" + name + " image updated");
      }
      return 0;
    }
  }
}
