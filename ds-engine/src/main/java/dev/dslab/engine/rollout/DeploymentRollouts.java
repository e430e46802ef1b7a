package dev.dslab.engine.rollout;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.deployment.DeploymentRules;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentCondition;
import dev.dslab.model.apps.DeploymentStatus;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.OwnerReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * kubectl's rollout commands for Deployments: status (DeploymentStatusViewer), history and undo
 * (DeploymentHistoryViewer, DeploymentRollbacker: revisions are the ReplicaSets' revision
 * annotations), restart and set image, and {@code scale}.
 */
public final class DeploymentRollouts {
  private DeploymentRollouts() {}

  /**
   * The Deployment, or kubectl's NotFound.
   *
   * @throws ApiException NotFound
   */
  public static Deployment deployment(Cluster cluster, String namespace, String name)
      throws ApiException {
    return cluster
        .store()
        .<Deployment>get(Kind.DEPLOYMENT, namespace, name)
        .orElseThrow(() -> ApiException.notFound(Kind.DEPLOYMENT, name));
  }

  /**
   * DeploymentStatusViewer.Status: kubectl's line for the Deployment as it is now.
   *
   * @throws RolloutException when the progress deadline was exceeded (kubectl's error)
   */
  public static RolloutStatus status(Deployment d) throws RolloutException {
    String name = d.metadata().name();
    DeploymentStatus s = d.status();
    String waiting = "Waiting for deployment \"" + name + "\" rollout to finish: ";
    if (d.metadata().generation() > s.observedGeneration()) {
      return new RolloutStatus("Waiting for deployment spec update to be observed...", false);
    }
    Optional<DeploymentCondition> c = s.condition(DeploymentCondition.PROGRESSING);
    if (c.isPresent() && DeploymentRules.TIMED_OUT_REASON.equals(c.get().reason())) {
      throw new RolloutException("deployment \"" + name + "\" exceeded its progress deadline");
    }
    if (s.updatedReplicas() < d.replicas()) {
      return new RolloutStatus(
          waiting
              + s.updatedReplicas()
              + " out of "
              + d.replicas()
              + " new replicas have been updated...",
          false);
    }
    if (s.replicas() > s.updatedReplicas()) {
      return new RolloutStatus(
          waiting
              + (s.replicas() - s.updatedReplicas())
              + " old replicas are pending termination...",
          false);
    }
    if (s.availableReplicas() < s.updatedReplicas()) {
      return new RolloutStatus(
          waiting
              + s.availableReplicas()
              + " of "
              + s.updatedReplicas()
              + " updated replicas are available...",
          false);
    }
    return new RolloutStatus("deployment \"" + name + "\" successfully rolled out", true);
  }

  /** The ReplicaSets the Deployment controls, by revision (oldest first). */
  public static List<ReplicaSet> history(Cluster cluster, Deployment d) {
    String uid = d.metadata().uid();
    return cluster.store().<ReplicaSet>list(Kind.REPLICA_SET, d.metadata().namespace()).stream()
        .filter(
            rs ->
                rs.metadata()
                    .controllerRef()
                    .map(OwnerReference::uid)
                    .filter(uid::equals)
                    .isPresent())
        .sorted(Comparator.comparingLong(DeploymentRules::revision))
        .toList();
  }

  /**
   * DeploymentRollbacker: the template of revision {@code toRevision} (0: the one before the
   * current), without its pod-template-hash label, becomes the Deployment's.
   *
   * @throws RolloutException kubectl's "unable to find specified revision" or "no rollout history
   *     found"
   */
  public static Rollouts.UndoResult undo(
      Cluster cluster, String namespace, String name, long toRevision)
      throws ApiException, RolloutException {
    Deployment d = deployment(cluster, namespace, name);
    List<ReplicaSet> history = history(cluster, d);
    ReplicaSet target;
    if (toRevision > 0) {
      target =
          history.stream()
              .filter(rs -> DeploymentRules.revision(rs) == toRevision)
              .findFirst()
              .orElseThrow(
                  () ->
                      new RolloutException(
                          "unable to find specified revision " + toRevision + " in history"));
    } else {
      if (history.size() < 2) {
        throw new RolloutException("no rollout history found for deployment \"" + name + "\"");
      }
      target = history.get(history.size() - 2);
    }
    long revision = DeploymentRules.revision(target);
    PodTemplateSpec template = target.spec().template();
    TreeMap<String, String> labels = new TreeMap<>(template.metadata().labels());
    labels.remove(Deployment.POD_TEMPLATE_HASH_LABEL);
    template = template.withMetadata(template.metadata().withLabels(labels));
    if (DeploymentRules.equalIgnoreHash(template, d.spec().template())) {
      return new Rollouts.UndoResult(false, revision);
    }
    update(cluster, d.withSpec(d.spec().withTemplate(template)));
    return new Rollouts.UndoResult(true, revision);
  }

  /** ObjectRestarter: the template annotated with the time, so every pod is replaced. */
  public static void restart(Cluster cluster, String namespace, String name) throws ApiException {
    Deployment d = deployment(cluster, namespace, name);
    update(
        cluster,
        d.withSpec(d.spec().withTemplate(Rollouts.restarted(d.spec().template(), cluster))));
  }

  /**
   * {@code set image deployment/NAME C=I...}: false when every image is already the one asked.
   *
   * @throws RolloutException when the template has no such container
   */
  public static boolean setImage(
      Cluster cluster, String namespace, String name, Map<String, String> images)
      throws ApiException, RolloutException {
    Deployment d = deployment(cluster, namespace, name);
    PodTemplateSpec t = d.spec().template();
    for (Map.Entry<String, String> e : images.entrySet()) {
      t = Rollouts.withImage(t, e.getKey(), e.getValue());
    }
    if (t.equals(d.spec().template())) {
      return false;
    }
    update(cluster, d.withSpec(d.spec().withTemplate(t)));
    return true;
  }

  /** {@code scale deployment/NAME --replicas=N}. */
  public static void scale(Cluster cluster, String namespace, String name, int replicas)
      throws ApiException {
    Deployment d = deployment(cluster, namespace, name);
    update(cluster, d.withSpec(d.spec().withReplicas(replicas)));
  }

  private static void update(Cluster cluster, Deployment d) throws ApiException {
    cluster.api().update(d.withMetadata(d.metadata().withResourceVersion(null)));
    cluster.reconcile();
  }
}
