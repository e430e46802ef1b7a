package dev.dslab.print;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentCondition;
import dev.dslab.model.apps.DeploymentStatus;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.RollingUpdateDeployment;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * kubectl describe for Deployments and ReplicaSets (describe.go: DeploymentDescriber.describe,
 * describeReplicaSet, printReplicaSetsByLabels).
 */
public final class WorkloadDescribers {
  private WorkloadDescribers() {}

  /**
   * describeDeployment: identity, replica counts, strategy, the pod template, the conditions, the
   * old ReplicaSets that still have replicas and the new one, the events.
   */
  public static String deployment(
      Deployment d,
      List<ReplicaSet> oldWithReplicas,
      ReplicaSet newRS,
      List<Event> events,
      Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(d.metadata().name()).append('\n');
    w.append("Namespace:\t").append(d.metadata().namespace()).append('\n');
    w.append("CreationTimestamp:\t")
        .append(PodTemplateDescriber.time(d.metadata().creationTimestamp()))
        .append('\n');
    PodTemplateDescriber.labels(w, "Labels", d.metadata().labels());
    PodTemplateDescriber.annotations(w, "Annotations", d.metadata().annotations());
    w.append("Selector:\t").append(DeploymentTables.selector(d.spec().selector())).append('\n');
    DeploymentStatus s = d.status();
    w.append("Replicas:\t")
        .append(d.replicas())
        .append(" desired | ")
        .append(s.updatedReplicas())
        .append(" updated | ")
        .append(s.replicas())
        .append(" total | ")
        .append(s.availableReplicas())
        .append(" available | ")
        .append(s.unavailableReplicas())
        .append(" unavailable\n");
    w.append("StrategyType:\t").append(d.spec().strategy().type()).append('\n');
    w.append("MinReadySeconds:\t").append(d.spec().minReadySeconds()).append('\n');
    RollingUpdateDeployment ru = d.spec().strategy().rollingUpdate();
    if (ru != null) {
      w.append("RollingUpdateStrategy:\t")
          .append(ru.maxUnavailable())
          .append(" max unavailable, ")
          .append(ru.maxSurge())
          .append(" max surge\n");
    }
    w.append(PodTemplateDescriber.raw(d.spec().template()));
    if (!s.conditions().isEmpty()) {
      w.append("Conditions:\n  Type\tStatus\tReason\n  ----\t------\t------\n");
      for (DeploymentCondition c : s.conditions()) {
        w.append("  ")
            .append(c.type())
            .append(" \t")
            .append(c.status())
            .append('\t')
            .append(Cells.orEmpty(c.reason()))
            .append('\n');
      }
    }
    if (!oldWithReplicas.isEmpty() || newRS != null) {
      w.append("OldReplicaSets:\t").append(byLabels(oldWithReplicas)).append('\n');
      w.append("NewReplicaSet:\t")
          .append(byLabels(newRS == null ? List.of() : List.of(newRS)))
          .append('\n');
    }
    Describers.events(w, events, now);
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  /**
   * printReplicaSetsByLabels: {@code name (current/desired replicas created)}, or {@code <none>}.
   */
  static String byLabels(List<ReplicaSet> sets) {
    if (sets.isEmpty()) {
      return "<none>";
    }
    return sets.stream()
        .map(
            rs ->
                rs.metadata().name()
                    + " ("
                    + rs.status().replicas()
                    + "/"
                    + rs.replicas()
                    + " replicas created)")
        .collect(Collectors.joining(", "));
  }

  /**
   * describeReplicaSet: identity, the controller, replica counts, pod phases of the pods it
   * controls, the pod template, the events.
   */
  public static String replicaSet(
      ReplicaSet rs, List<Pod> controlledPods, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(rs.metadata().name()).append('\n');
    w.append("Namespace:\t").append(rs.metadata().namespace()).append('\n');
    w.append("Selector:\t").append(DeploymentTables.selector(rs.spec().selector())).append('\n');
    PodTemplateDescriber.labels(w, "Labels", rs.metadata().labels());
    PodTemplateDescriber.annotations(w, "Annotations", rs.metadata().annotations());
    rs.metadata()
        .controllerRef()
        .ifPresent(
            ref ->
                w.append("Controlled By:\t")
                    .append(ref.kind())
                    .append('/')
                    .append(ref.name())
                    .append('\n'));
    w.append("Replicas:\t")
        .append(rs.status().replicas())
        .append(" current / ")
        .append(rs.replicas())
        .append(" desired\n");
    w.append("Pods Status:\t")
        .append(Describers.count(controlledPods, PodPhase.Running))
        .append(" Running / ")
        .append(Describers.count(controlledPods, PodPhase.Pending))
        .append(" Waiting / ")
        .append(Describers.count(controlledPods, PodPhase.Succeeded))
        .append(" Succeeded / ")
        .append(Describers.count(controlledPods, PodPhase.Failed))
        .append(" Failed\n");
    w.append(PodTemplateDescriber.raw(rs.spec().template()));
    Describers.events(w, events, now);
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }
}
