package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.rollout.DeploymentRollouts;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.time.Instant;

/**
 * kubectl's {@code scale}, and {@code rollout status|undo|restart} and {@code set image} for
 * Deployments, with kubectl's messages ({@code deployment.apps/web scaled}).
 */
final class WorkloadRequests {
  private WorkloadRequests() {}

  @FunctionalInterface
  private interface Work {
    void run() throws ApiException, RolloutException, CommandException;
  }

  private static void refusedAsKubectlSays(Work work) throws CommandException {
    try {
      work.run();
    } catch (ApiException e) {
      throw new CommandException(e.kubectlMessage());
    } catch (RolloutException e) {
      throw new CommandException("error: " + e.getMessage());
    }
  }

  static void scale(Session session, Request.Scale r) throws CommandException {
    String ns = Executor.namespace(r.namespace());
    refusedAsKubectlSays(
        () -> {
          Cluster cluster = session.cluster();
          if (r.kind() == Kind.DEPLOYMENT) {
            DeploymentRollouts.scale(cluster, ns, r.name(), r.replicas());
          } else {
            ReplicaSet rs =
                cluster
                    .store()
                    .<ReplicaSet>get(Kind.REPLICA_SET, ns, r.name())
                    .orElseThrow(() -> ApiException.notFound(Kind.REPLICA_SET, r.name()));
            cluster
                .api()
                .update(
                    rs.withSpec(rs.spec().withReplicas(r.replicas()))
                        .withMetadata(rs.metadata().withResourceVersion(null)));
            cluster.reconcile();
          }
          session.out().println(r.kind().qualifiedName(r.name()) + " scaled");
        });
  }

  static void setImage(Session session, Request.DeploymentSetImage r) throws CommandException {
    refusedAsKubectlSays(
        () -> {
          if (DeploymentRollouts.setImage(
              session.cluster(), Executor.namespace(r.namespace()), r.deployment(), r.images())) {
            session.out().println("deployment.apps/" + r.deployment() + " image updated");
          }
        });
  }

  static void undo(Session session, Request.DeploymentRolloutUndo r) throws CommandException {
    refusedAsKubectlSays(
        () -> {
          Rollouts.UndoResult result =
              DeploymentRollouts.undo(
                  session.cluster(),
                  Executor.namespace(r.namespace()),
                  r.deployment(),
                  r.toRevision());
          session
              .out()
              .println(
                  "deployment.apps/"
                      + r.deployment()
                      + (result.rolledBack()
                          ? " rolled back"
                          : " skipped rollback (current template already matches revision "
                              + result.revision()
                              + ")"));
        });
  }

  static void restart(Session session, Request.DeploymentRolloutRestart r) throws CommandException {
    refusedAsKubectlSays(
        () -> {
          DeploymentRollouts.restart(
              session.cluster(), Executor.namespace(r.namespace()), r.deployment());
          session.out().println("deployment.apps/" + r.deployment() + " restarted");
        });
  }

  /**
   * kubectl's line, and with watch (the default) the virtual clock advanced, each new line printed,
   * until the rollout is done or the timeout passes.
   */
  static void status(Session session, Request.DeploymentRolloutStatus r) throws CommandException {
    String ns = Executor.namespace(r.namespace());
    String name = r.deployment();
    refusedAsKubectlSays(
        () -> {
          Cluster cluster = session.cluster();
          Instant deadline = r.timeout().isZero() ? null : cluster.now().plus(r.timeout());
          RolloutStatus status =
              DeploymentRollouts.status(DeploymentRollouts.deployment(cluster, ns, name));
          session.out().println(status.message());
          String last = status.message();
          while (r.watch() && !status.done()) {
            Instant next = cluster.clock().nextDue();
            if (next == null || (deadline != null && next.isAfter(deadline))) {
              if (deadline == null) {
                throw new CommandException(
                    "error: the rollout cannot finish: nothing more will happen on the virtual "
                        + "clock (use --timeout to wait a while)");
              }
              cluster.advanceTo(deadline);
              throw new CommandException("error: timed out waiting for the condition");
            }
            cluster.advanceTo(next);
            status = DeploymentRollouts.status(DeploymentRollouts.deployment(cluster, ns, name));
            if (!status.message().equals(last)) {
              session.out().println(status.message());
              last = status.message();
            }
          }
        });
  }
}
