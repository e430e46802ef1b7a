package dev.dslab.engine.rollout;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodTemplateSpec;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What kubectl's rollout commands do to a DaemonSet (kubectl polymorphichelpers: history.go,
 * rollback.go, objectrestarter.go; set image): read its ControllerRevisions, patch its template
 * back to an old one, stamp a restart, change an image. Each change is an ordinary template update,
 * so the controller rolls it out under the update strategy.
 */
public final class Rollouts {
  /** The annotation {@code kubectl rollout restart} stamps on the pod template. */
  public static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

  /** Where kubectl's --record used to put the command, and where history reads the change cause. */
  public static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

  private Rollouts() {}

  /**
   * The outcome of {@code rollout undo}: rolled back, or skipped because the template already
   * matches.
   */
  public record UndoResult(boolean rolledBack, long revision) {}

  /** The DaemonSet, or NotFound. */
  public static DaemonSet daemonSet(Cluster cluster, String namespace, String name)
      throws ApiException {
    return cluster
        .store()
        .<DaemonSet>get(Kind.DAEMON_SET, namespace, name)
        .orElseThrow(() -> ApiException.notFound(Kind.DAEMON_SET, name));
  }

  /** controlledHistories: the revisions the DaemonSet controls, by revision number. */
  public static List<ControllerRevision> history(Cluster cluster, DaemonSet ds) {
    String uid = ds.metadata().uid();
    List<ControllerRevision> revisions = new ArrayList<>();
    for (ControllerRevision r :
        cluster
            .store()
            .<ControllerRevision>list(Kind.CONTROLLER_REVISION, ds.metadata().namespace())) {
      if (r.metadata().controllerRef().map(ref -> uid.equals(ref.uid())).orElse(false)) {
        revisions.add(r);
      }
    }
    revisions.sort(Comparator.comparingLong(ControllerRevision::revision));
    return revisions;
  }

  /** The change cause of a revision, as history prints it. */
  public static Optional<String> changeCause(ControllerRevision r) {
    return Optional.ofNullable(r.metadata().annotations().get(CHANGE_CAUSE))
        .filter(s -> !s.isEmpty());
  }

  /**
   * DaemonSetRollbacker.Rollback: to {@code toRevision}, or (0) to the second-highest revision.
   *
   * @throws RolloutException with kubectl's message when there is no such revision
   */
  public static UndoResult undo(Cluster cluster, String namespace, String name, long toRevision)
      throws ApiException, RolloutException {
    DaemonSet ds = daemonSet(cluster, namespace, name);
    List<ControllerRevision> history = history(cluster, ds);
    ControllerRevision target;
    if (toRevision == 0) {
      if (history.size() < 2) {
        throw new RolloutException("no last revision to roll back to");
      }
      target = history.get(history.size() - 2);
    } else {
      target =
          history.stream()
              .filter(r -> r.revision() == toRevision)
              .findFirst()
              .orElseThrow(
                  () ->
                      new RolloutException(
                          "unable to find specified revision " + toRevision + " in history"));
    }
    if (target.template().equals(ds.spec().template())) {
      return new UndoResult(false, target.revision());
    }
    cluster.api().update(ds.withSpec(ds.spec().withTemplate(target.template())));
    cluster.reconcile();
    return new UndoResult(true, target.revision());
  }

  /** ObjectRestarter: a new template annotation with the time, so every pod is replaced. */
  public static void restart(Cluster cluster, String namespace, String name) throws ApiException {
    DaemonSet ds = daemonSet(cluster, namespace, name);
    cluster
        .api()
        .update(ds.withSpec(ds.spec().withTemplate(restarted(ds.spec().template(), cluster))));
    cluster.reconcile();
  }

  /**
   * {@code set image}: the named container gets the image; false when the image is already that
   * one.
   *
   * @throws RolloutException when the DaemonSet has no such container (kubectl's message)
   */
  public static boolean setImage(
      Cluster cluster, String namespace, String name, String container, String image)
      throws ApiException, RolloutException {
    DaemonSet ds = daemonSet(cluster, namespace, name);
    PodTemplateSpec t = ds.spec().template();
    PodTemplateSpec changed = withImage(t, container, image);
    if (changed.equals(t)) {
      return false;
    }
    cluster.api().update(ds.withSpec(ds.spec().withTemplate(changed)));
    cluster.reconcile();
    return true;
  }

  /** ObjectRestarter's change: the template annotated with the virtual time. */
  static PodTemplateSpec restarted(PodTemplateSpec t, Cluster cluster) {
    String now = DateTimeFormatter.ISO_INSTANT.format(Instant.from(cluster.now()));
    return t.withMetadata(t.metadata().withAnnotation(RESTARTED_AT, now));
  }

  /**
   * {@code set image}'s change: the named container ({@code *}: every one) with the image.
   *
   * @throws RolloutException when the template has no such container (kubectl's message)
   */
  static PodTemplateSpec withImage(PodTemplateSpec t, String container, String image)
      throws RolloutException {
    boolean all = container.equals("*");
    if (!all && t.spec().containers().stream().noneMatch(c -> c.name().equals(container))) {
      throw new RolloutException("unable to find container named \"" + container + "\"");
    }
    List<Container> containers =
        t.spec().containers().stream()
            .map(c -> all || c.name().equals(container) ? c.withImage(image) : c)
            .toList();
    return t.withSpec(t.spec().withContainers(containers));
  }
}
