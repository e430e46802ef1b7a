package dev.dslab.engine.deployment;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentCondition;
import dev.dslab.model.apps.DeploymentStatus;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.IntOrString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pure rules of pkg/controller/deployment/util/deployment_util.go: budgets (ResolveFenceposts,
 * MaxSurge, MaxUnavailable, NewRSNewReplicas), revisions, template equality, conditions and the
 * status (calculateStatus, DeploymentComplete, DeploymentProgressing, DeploymentTimedOut), and
 * proportional scaling (GetProportion).
 */
public final class DeploymentRules {
  // deploymentutil reasons of the Progressing and Available conditions
  public static final String NEW_RS_REASON = "NewReplicaSetCreated";
  public static final String FOUND_NEW_RS_REASON = "FoundNewReplicaSet";
  public static final String NEW_RS_AVAILABLE_REASON = "NewReplicaSetAvailable";
  public static final String RS_UPDATED_REASON = "ReplicaSetUpdated";
  public static final String TIMED_OUT_REASON = "ProgressDeadlineExceeded";
  public static final String PAUSED_REASON = "DeploymentPaused";
  public static final String RESUMED_REASON = "DeploymentResumed";
  public static final String MIN_AVAILABLE_REASON = "MinimumReplicasAvailable";
  public static final String MIN_UNAVAILABLE_REASON = "MinimumReplicasUnavailable";
  public static final String FAILED_RS_CREATE_REASON = "ReplicaSetCreateError";

  /** deploymentutil.RevisionHistoryAnnotation: the earlier revisions a rolled-back RS had. */
  public static final String REVISION_HISTORY_ANNOTATION =
      "deployment.kubernetes.io/revision-history";

  private DeploymentRules() {}

  /** ResolveFenceposts: surge rounded up, unavailable rounded down; both 0 makes unavailable 1. */
  static int[] fenceposts(Deployment d) {
    var ru = d.spec().strategy().rollingUpdate();
    int desired = d.replicas();
    int surge = scaled(ru.maxSurge(), desired, true);
    int unavailable = scaled(ru.maxUnavailable(), desired, false);
    if (surge == 0 && unavailable == 0) {
      unavailable = 1;
    }
    return new int[] {surge, unavailable};
  }

  private static int scaled(IntOrString value, int total, boolean roundUp) {
    return value == null ? 0 : value.scaledValue(total, roundUp);
  }

  static boolean isRollingUpdate(Deployment d) {
    return d.spec().strategy() != null && d.spec().strategy().isRollingUpdate();
  }

  /** MaxSurge: 0 for Recreate. */
  public static int maxSurge(Deployment d) {
    return isRollingUpdate(d) ? fenceposts(d)[0] : 0;
  }

  /** MaxUnavailable: 0 for Recreate or no replicas, at most the replicas. */
  public static int maxUnavailable(Deployment d) {
    if (!isRollingUpdate(d) || d.replicas() == 0) {
      return 0;
    }
    return Math.min(fenceposts(d)[1], d.replicas());
  }

  /** NewRSNewReplicas: Recreate wants all; RollingUpdate grows within replicas + maxSurge. */
  static int newRSNewReplicas(Deployment d, List<ReplicaSet> all, int newRSReplicas) {
    if (!isRollingUpdate(d)) {
      return d.replicas();
    }
    int currentPodCount = specReplicas(all);
    int maxTotal = d.replicas() + maxSurge(d);
    if (currentPodCount >= maxTotal) {
      return newRSReplicas;
    }
    int scaleUp = Math.min(maxTotal - currentPodCount, d.replicas() - newRSReplicas);
    return newRSReplicas + scaleUp;
  }

  /** GetReplicaCountForReplicaSets: the sum of spec.replicas. */
  static int specReplicas(List<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      n += rs == null ? 0 : rs.replicas();
    }
    return n;
  }

  /** GetActualReplicaCountForReplicaSets: the sum of status.replicas. */
  static int actualReplicas(List<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      n += rs == null ? 0 : rs.status().replicas();
    }
    return n;
  }

  static int readyReplicas(List<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      n += rs == null ? 0 : rs.status().readyReplicas();
    }
    return n;
  }

  static int availableReplicas(List<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      n += rs == null ? 0 : rs.status().availableReplicas();
    }
    return n;
  }

  /** Revision: the revision annotation as a number, 0 when absent or malformed. */
  public static long revision(ReplicaSet rs) {
    String v = rs.metadata().annotations().get(Deployment.REVISION_ANNOTATION);
    try {
      return v == null ? 0 : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** EqualIgnoreHash: the templates equal once the pod-template-hash label is taken out. */
  public static boolean equalIgnoreHash(PodTemplateSpec a, PodTemplateSpec b) {
    return withoutHash(a).equals(withoutHash(b));
  }

  static PodTemplateSpec withoutHash(PodTemplateSpec t) {
    if (!t.metadata().labels().containsKey(Deployment.POD_TEMPLATE_HASH_LABEL)) {
      return t;
    }
    TreeMap<String, String> labels = new TreeMap<>(t.metadata().labels());
    labels.remove(Deployment.POD_TEMPLATE_HASH_LABEL);
    return t.withMetadata(t.metadata().withLabels(labels));
  }

  /** ReplicaSetsByCreationTimestamp: older first, then by name. */
  static final Comparator<ReplicaSet> OLDEST_FIRST =
      Comparator.comparing(
              (ReplicaSet rs) -> rs.metadata().creationTimestamp(),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(rs -> rs.metadata().name());

  /** ReplicaSetsByRevision: lower revision first, then older. */
  static final Comparator<ReplicaSet> BY_REVISION =
      Comparator.comparingLong(DeploymentRules::revision).thenComparing(OLDEST_FIRST);

  /** ReplicaSetsBySizeNewer: larger first, then newer. */
  static final Comparator<ReplicaSet> LARGER_NEWER_FIRST =
      Comparator.comparingInt((ReplicaSet rs) -> -rs.replicas())
          .thenComparing(OLDEST_FIRST.reversed());

  /** ReplicaSetsBySizeOlder: larger first, then older. */
  static final Comparator<ReplicaSet> LARGER_OLDER_FIRST =
      Comparator.comparingInt((ReplicaSet rs) -> -rs.replicas()).thenComparing(OLDEST_FIRST);

  // ------------------------------------------------------------------ conditions

  static DeploymentCondition condition(
      String type, String status, String reason, String message, Instant now) {
    return new DeploymentCondition(type, status, now, now, reason, message);
  }

  /**
   * SetDeploymentCondition: the same status and reason change nothing; the same status keeps its
   * lastTransitionTime; the condition moves to the end.
   */
  static DeploymentStatus setCondition(DeploymentStatus status, DeploymentCondition c) {
    Optional<DeploymentCondition> current = status.condition(c.type());
    if (current.isPresent()
        && current.get().status().equals(c.status())
        && java.util.Objects.equals(current.get().reason(), c.reason())) {
      return status;
    }
    DeploymentCondition added = c;
    if (current.isPresent() && current.get().status().equals(c.status())) {
      added =
          new DeploymentCondition(
              c.type(),
              c.status(),
              c.lastUpdateTime(),
              current.get().lastTransitionTime(),
              c.reason(),
              c.message());
    }
    List<DeploymentCondition> list =
        new ArrayList<>(removeCondition(status, c.type()).conditions());
    list.add(added);
    return status.withConditions(list);
  }

  static DeploymentStatus removeCondition(DeploymentStatus status, String type) {
    return status.withConditions(
        status.conditions().stream().filter(x -> !x.type().equals(type)).toList());
  }

  static boolean hasProgressDeadline(Deployment d) {
    Integer s = d.spec().progressDeadlineSeconds();
    return s != null && s != Integer.MAX_VALUE;
  }

  /** calculateStatus: counts from the ReplicaSets, and the Available condition. */
  static DeploymentStatus calculateStatus(
      List<ReplicaSet> all, ReplicaSet newRS, Deployment d, Instant now) {
    int available = availableReplicas(all);
    int unavailable = Math.max(0, specReplicas(all) - available);
    DeploymentStatus status =
        new DeploymentStatus(
            d.metadata().generation(),
            actualReplicas(all),
            newRS == null ? 0 : newRS.status().replicas(),
            readyReplicas(all),
            available,
            unavailable,
            d.status().conditions(),
            d.status().collisionCount());
    if (available >= d.replicas() - maxUnavailable(d)) {
      return setCondition(
          status,
          condition(
              DeploymentCondition.AVAILABLE,
              "True",
              MIN_AVAILABLE_REASON,
              "Deployment has minimum availability.",
              now));
    }
    return setCondition(
        status,
        condition(
            DeploymentCondition.AVAILABLE,
            "False",
            MIN_UNAVAILABLE_REASON,
            "Deployment does not have minimum availability.",
            now));
  }

  /** DeploymentComplete: every replica updated and available, the generation observed. */
  static boolean complete(Deployment d, DeploymentStatus s) {
    return s.updatedReplicas() == d.replicas()
        && s.replicas() == d.replicas()
        && s.availableReplicas() == d.replicas()
        && s.observedGeneration() >= d.metadata().generation();
  }

  /** DeploymentProgressing: more updated, fewer old, more ready or more available pods. */
  static boolean progressing(Deployment d, DeploymentStatus s) {
    DeploymentStatus old = d.status();
    return s.updatedReplicas() > old.updatedReplicas()
        || s.replicas() - s.updatedReplicas() < old.replicas() - old.updatedReplicas()
        || s.readyReplicas() > old.readyReplicas()
        || s.availableReplicas() > old.availableReplicas();
  }

  /** DeploymentTimedOut: no progress for progressDeadlineSeconds since the last update. */
  static boolean timedOut(Deployment d, DeploymentStatus s, Instant now) {
    if (!hasProgressDeadline(d)) {
      return false;
    }
    Optional<DeploymentCondition> c = s.condition(DeploymentCondition.PROGRESSING);
    if (c.isEmpty() || NEW_RS_AVAILABLE_REASON.equals(c.get().reason())) {
      return false;
    }
    if (TIMED_OUT_REASON.equals(c.get().reason())) {
      return true;
    }
    return c.get().lastUpdateTime().plusSeconds(d.spec().progressDeadlineSeconds()).isBefore(now);
  }

  // ------------------------------------------------------------------ proportional scaling

  /** GetProportion: this RS's share of the replicas to add, within what is left to add. */
  static int proportion(ReplicaSet rs, Deployment d, int toAdd, int added) {
    if (rs == null || rs.replicas() == 0 || toAdd == 0 || toAdd == added) {
      return 0;
    }
    int fraction = fraction(rs, d);
    int allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
  }

  /** getReplicaSetFraction: the RS's size scaled by the Deployment's new maximum over its old. */
  private static int fraction(ReplicaSet rs, Deployment d) {
    if (d.replicas() == 0) {
      return -rs.replicas();
    }
    int maxReplicas = d.replicas() + maxSurge(d);
    int before = intAnnotation(rs.metadata().annotations(), Deployment.MAX_REPLICAS_ANNOTATION);
    if (before <= 0) {
      before = d.status().replicas();
      if (before == 0) {
        return 0;
      }
    }
    double size = (double) rs.replicas() * maxReplicas / before;
    return (int) Math.round(size) - rs.replicas();
  }

  static int intAnnotation(Map<String, String> annotations, String key) {
    String v = annotations.get(key);
    try {
      return v == null ? -1 : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
