package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.rollout.DeploymentRollouts;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;

/**
 * kubectl's {@code scale}, and {@code rollout status|undo|restart} and {@code set image} for
 * Deployments, with kubectl's messages ({@code deployment.apps/web scaled}).
 */
final class WorkloadRequests {
  private WorkloadRequests() {}

  static void scale(Session session, Request.Scale r) throws CommandException {
    String ns = Executor.namespace(r.namespace());
    RolloutRequests.refusedAsKubectlSays(
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
    RolloutRequests.refusedAsKubectlSays(
        () -> {
          if (DeploymentRollouts.setImage(
              session.cluster(), Executor.namespace(r.namespace()), r.deployment(), r.images())) {
            session.out().println("deployment.apps/" + r.deployment() + " image updated");
          }
        });
  }

  static void undo(Session session, Request.DeploymentRolloutUndo r) throws CommandException {
    RolloutRequests.refusedAsKubectlSays(
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
    RolloutRequests.refusedAsKubectlSays(
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
    RolloutRequests.watch(
        session,
        r.watch(),
        r.timeout(),
        " (use --timeout to wait a while)",
        () ->
            DeploymentRollouts.status(
                DeploymentRollouts.deployment(session.cluster(), ns, r.deployment())));
  }
}
