package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.time.Instant;
import java.util.Map;

/** kubectl's {@code rollout undo|restart|status} and {@code set image} for DaemonSets. */
final class RolloutRequests {
  private RolloutRequests() {}

  /** Work on a DaemonSet that the engine may refuse as the API server or the rollout rules do. */
  @FunctionalInterface
  interface RolloutWork {
    void run() throws ApiException, RolloutException, CommandException;
  }

  /** One place that turns the engine's refusals into kubectl's messages. */
  static void refusedAsKubectlSays(RolloutWork work) throws CommandException {
    try {
      work.run();
    } catch (ApiException e) {
      throw new CommandException(e.kubectlMessage());
    } catch (RolloutException e) {
      throw new CommandException("error: " + e.getMessage());
    }
  }

  static void undo(Session session, Request.RolloutUndo r) throws CommandException {
    refusedAsKubectlSays(
        () -> {
          Rollouts.UndoResult result =
              Rollouts.undo(
                  session.cluster(),
                  Executor.namespace(r.namespace()),
                  r.daemonSet(),
                  r.toRevision());
          session
              .out()
              .println(
                  "daemonset.apps/"
                      + r.daemonSet()
                      + (result.rolledBack()
                          ? " rolled back"
                          : " skipped rollback (current template already matches revision "
                              + result.revision()
                              + ")"));
        });
  }

  static void restart(Session session, Request.RolloutRestart r) throws CommandException {
    refusedAsKubectlSays(
        () -> {
          Rollouts.restart(session.cluster(), Executor.namespace(r.namespace()), r.daemonSet());
          session.out().println("daemonset.apps/" + r.daemonSet() + " restarted");
        });
  }

  static void setImage(Session session, Request.SetImage r) throws CommandException {
    boolean[] changed = {false};
    refusedAsKubectlSays(
        () -> {
          for (Map.Entry<String, String> e : r.images().entrySet()) {
            changed[0] |=
                Rollouts.setImage(
                    session.cluster(),
                    Executor.namespace(r.namespace()),
                    r.daemonSet(),
                    e.getKey(),
                    e.getValue());
          }
        });
    if (changed[0]) {
      session.out().println("daemonset.apps/" + r.daemonSet() + " image updated");
    }
  }

  /**
   * Prints kubectl's message, and with watch (the default) advances the virtual clock, printing
   * each new message, until the rollout is done or the timeout passes.
   */
  static void status(Session session, Request.RolloutStatus r) throws CommandException {
    String ns = Executor.namespace(r.namespace());
    String name = r.daemonSet();
    watch(
        session,
        r.watch(),
        r.timeout(),
        " (use --timeout to wait a while, or see `why ds/" + name + "`)",
        () -> RolloutStatus.of(Rollouts.daemonSet(session.cluster(), ns, name)));
  }

  /** The status now, as the engine tells it. */
  @FunctionalInterface
  interface StatusNow {
    RolloutStatus get() throws ApiException, RolloutException;
  }

  /**
   * Prints kubectl's line, and with {@code watch} advances the virtual clock, printing each new
   * line, until the rollout is done or {@code timeout} (zero: none) passes.
   */
  static void watch(
      Session session, boolean watch, java.time.Duration timeout, String hint, StatusNow now)
      throws CommandException {
    refusedAsKubectlSays(
        () -> {
          Cluster cluster = session.cluster();
          Instant deadline = timeout.isZero() ? null : cluster.now().plus(timeout);
          RolloutStatus status = now.get();
          session.out().println(status.message());
          String last = status.message();
          while (watch && !status.done()) {
            Instant next = cluster.clock().nextDue();
            if (next == null || (deadline != null && next.isAfter(deadline))) {
              if (deadline == null) {
                throw new CommandException(
                    "error: the rollout cannot finish: nothing more will happen on the virtual "
                        + "clock"
                        + hint);
              }
              cluster.advanceTo(deadline);
              throw new CommandException("error: timed out waiting for the condition");
            }
            cluster.advanceTo(next);
            status = now.get();
            if (!status.message().equals(last)) {
              session.out().println(status.message());
              last = status.message();
            }
          }
        });
  }
}
