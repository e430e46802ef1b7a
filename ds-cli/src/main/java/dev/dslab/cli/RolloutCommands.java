package dev.dslab.cli;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.deployment.DeploymentRules;
import dev.dslab.engine.rollout.DeploymentRollouts;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.print.PodTemplateDescriber;
import dev.dslab.session.CommandException;
import dev.dslab.session.GoDuration;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * kubectl's {@code rollout status|history|undo|restart} and {@code set image} for DaemonSets and
 * Deployments.
 */
final class RolloutCommands {
  private RolloutCommands() {}

  /** The DaemonSet a rollout command names: {@code ds/NAME}, {@code daemonset NAME}, … */
  static String daemonSetName(List<String> args) throws CommandException {
    return RequestParser.daemonSetName(args);
  }

  static CommandException fail(ApiException e) {
    return new CommandException(e.kubectlMessage());
  }

  static CommandException fail(RolloutException e) {
    return new CommandException("error: " + e.getMessage());
  }

  /**
   * A rollout command on one DaemonSet ({@code ds/NAME} or {@code daemonset NAME}): the options
   * they share, and one place that turns the engine's refusals into kubectl's messages.
   */
  abstract static class OnDaemonSet implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(arity = "1..2", paramLabel = "ds/NAME")
    List<String> args;

    final Session session;

    OnDaemonSet(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      java.util.Optional<String> deployment = RequestParser.deploymentName(args);
      try {
        if (deployment.isPresent()) {
          runDeployment(deployment.get());
          return 0;
        }
        run(daemonSetName(args));
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

    abstract void run(String name) throws CommandException, ApiException, RolloutException;

    /** The same command on a Deployment. */
    abstract void runDeployment(String name)
        throws CommandException, ApiException, RolloutException;
  }

  @Command(name = "rollout", description = "Manage the rollout of a DaemonSet.")
  static final class Group {
    private Group() {}
  }

  /**
   * {@code rollout status}: prints kubectl's message, and with --watch (the default) advances the
   * virtual clock, printing each new message, until the rollout is done or the timeout passes.
   */
  @Command(
      name = "status",
      description = "Show the status of the rollout, advancing the virtual clock until done.")
  static final class Status extends OnDaemonSet {
    @Option(
        names = {"-w", "--watch"},
        arity = "0..1",
        fallbackValue = "true",
        description = "watch until done")
    boolean watch = true;

    @Option(names = "--timeout", description = "how long to wait (0: until done)")
    String timeout = "0s";

    Status(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws CommandException {
      Executor.execute(
          session,
          new Request.RolloutStatus(common.namespace, name, watch, GoDuration.parse(timeout)));
    }

    @Override
    void runDeployment(String name) throws CommandException {
      Executor.execute(
          session,
          new Request.DeploymentRolloutStatus(
              common.namespace, name, watch, GoDuration.parse(timeout)));
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

    /** DeploymentHistoryViewer: the ReplicaSets' revisions and change causes. */
    @Override
    void runDeployment(String name) throws CommandException, ApiException {
      Deployment d = DeploymentRollouts.deployment(session.cluster(), namespace(), name);
      List<ReplicaSet> history = DeploymentRollouts.history(session.cluster(), d);
      if (revision > 0) {
        ReplicaSet r =
            history.stream()
                .filter(x -> DeploymentRules.revision(x) == revision)
                .findFirst()
                .orElseThrow(
                    () -> new CommandException("error: unable to find the specified revision"));
        session.out().println("deployment.apps/" + name + " with revision #" + revision);
        session.out().print(PodTemplateDescriber.describe(r.spec().template()));
        return;
      }
      if (history.isEmpty()) {
        session.out().println("No rollout history found.");
        return;
      }
      StringBuilder table = new StringBuilder("REVISION\tCHANGE-CAUSE\n");
      for (ReplicaSet r : history) {
        table
            .append(DeploymentRules.revision(r))
            .append('\t')
            .append(r.metadata().annotations().getOrDefault(Rollouts.CHANGE_CAUSE, "<none>"))
            .append('\n');
      }
      session.out().println("deployment.apps/" + name + " ");
      session.out().println(PodTemplateDescriber.DESCRIBE.format(table.toString()));
    }

    @Override
    void run(String name) throws CommandException, ApiException {
      DaemonSet ds = Rollouts.daemonSet(session.cluster(), namespace(), name);
      List<ControllerRevision> history = Rollouts.history(session.cluster(), ds);
      if (revision > 0) {
        ControllerRevision r =
            history.stream()
                .filter(x -> x.revision() == revision)
                .findFirst()
                .orElseThrow(
                    () -> new CommandException("error: unable to find the specified revision"));
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
        table
            .append(r.revision())
            .append('\t')
            .append(Rollouts.changeCause(r).orElse("<none>"))
            .append('\n');
      }
      // kubectl's name printer with an empty operation: "NAME " and a space before the line ends
      session.out().println("daemonset.apps/" + name + " ");
      session.out().println(PodTemplateDescriber.DESCRIBE.format(table.toString()));
    }
  }

  /** {@code rollout undo [--to-revision N]}. */
  @Command(name = "undo", description = "Roll back to a previous revision.")
  static final class Undo extends OnDaemonSet {
    @Option(
        names = "--to-revision",
        description = "the revision to roll back to (default: the previous one)")
    long toRevision;

    Undo(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws CommandException {
      Executor.execute(session, new Request.RolloutUndo(common.namespace, name, toRevision));
    }

    @Override
    void runDeployment(String name) throws CommandException {
      Executor.execute(
          session, new Request.DeploymentRolloutUndo(common.namespace, name, toRevision));
    }
  }

  /** {@code rollout restart}. */
  @Command(
      name = "restart",
      description = "Restart every pod of a DaemonSet through a rolling update.")
  static final class Restart extends OnDaemonSet {
    Restart(Session session) {
      super(session);
    }

    @Override
    void run(String name) throws CommandException {
      Executor.execute(session, new Request.RolloutRestart(common.namespace, name));
    }

    @Override
    void runDeployment(String name) throws CommandException {
      Executor.execute(session, new Request.DeploymentRolloutRestart(common.namespace, name));
    }
  }

  /** {@code set image ds/NAME CONTAINER=IMAGE…}. */
  @Command(name = "image", description = "Update the image of a DaemonSet's containers.")
  static final class SetImage implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(arity = "2..*", paramLabel = "ds/NAME CONTAINER=IMAGE…")
    List<String> args;

    private final Session session;

    SetImage(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, RequestParser.setImage(args, common.namespace));
      return 0;
    }
  }
}
