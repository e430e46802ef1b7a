package dev.dslab.model.defaults;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentSpec;
import dev.dslab.model.apps.DeploymentStrategy;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetSpec;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.apps.RollingUpdateDeployment;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import java.util.List;

/**
 * The API server's defaulting (pkg/apis/apps/v1/defaults.go, pkg/apis/core/v1/defaults.go) for the
 * fields the simulation uses. Applied before validation, so that what is stored, hashed and printed
 * is what a real cluster would hold.
 */
public final class Defaults {
  public static final int DEFAULT_REVISION_HISTORY_LIMIT = 10;
  public static final int DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
  public static final long DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;

  private Defaults() {}

  /**
   * SetDefaults_DaemonSet: strategy RollingUpdate with maxUnavailable 1 and maxSurge 0,
   * revisionHistoryLimit 10, and the pod template's own defaults.
   */
  public static DaemonSet daemonSet(DaemonSet ds) {
    DaemonSetSpec spec = ds.spec();
    DaemonSetUpdateStrategy strategy = spec.updateStrategy();
    if (strategy == null || strategy.type() == null || strategy.type().isEmpty()) {
      strategy =
          new DaemonSetUpdateStrategy(
              DaemonSetUpdateStrategy.ROLLING_UPDATE,
              strategy == null ? null : strategy.rollingUpdate());
    }
    if (strategy.isRollingUpdate()) {
      RollingUpdateDaemonSet ru = strategy.rollingUpdate();
      IntOrString maxUnavailable =
          ru == null || ru.maxUnavailable() == null ? IntOrString.of(1) : ru.maxUnavailable();
      IntOrString maxSurge =
          ru == null || ru.maxSurge() == null ? IntOrString.of(0) : ru.maxSurge();
      strategy =
          new DaemonSetUpdateStrategy(
              strategy.type(), new RollingUpdateDaemonSet(maxUnavailable, maxSurge));
    }
    Integer limit =
        spec.revisionHistoryLimit() == null
            ? DEFAULT_REVISION_HISTORY_LIMIT
            : spec.revisionHistoryLimit();
    PodTemplateSpec template =
        spec.template() == null ? null : spec.template().withSpec(podSpec(spec.template().spec()));
    return ds.withSpec(
        new DaemonSetSpec(spec.selector(), template, strategy, spec.minReadySeconds(), limit));
  }

  /**
   * SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go): replicas 1, strategy RollingUpdate with
   * maxUnavailable and maxSurge 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600, and the
   * pod template's own defaults.
   */
  public static Deployment deployment(Deployment d) {
    DeploymentSpec spec = d.spec();
    DeploymentStrategy strategy = spec.strategy();
    if (strategy == null || strategy.type() == null || strategy.type().isEmpty()) {
      strategy =
          new DeploymentStrategy(
              DeploymentStrategy.ROLLING_UPDATE,
              strategy == null ? null : strategy.rollingUpdate());
    }
    if (strategy.isRollingUpdate()) {
      RollingUpdateDeployment ru = strategy.rollingUpdate();
      IntOrString maxUnavailable =
          ru == null || ru.maxUnavailable() == null ? IntOrString.of("25%") : ru.maxUnavailable();
      IntOrString maxSurge =
          ru == null || ru.maxSurge() == null ? IntOrString.of("25%") : ru.maxSurge();
      strategy =
          new DeploymentStrategy(
              strategy.type(), new RollingUpdateDeployment(maxUnavailable, maxSurge));
    }
    return d.withSpec(
        new DeploymentSpec(
            spec.replicas() == null ? 1 : spec.replicas(),
            spec.selector(),
            templateDefaults(spec.template()),
            strategy,
            spec.minReadySeconds(),
            spec.revisionHistoryLimit() == null
                ? DEFAULT_REVISION_HISTORY_LIMIT
                : spec.revisionHistoryLimit(),
            spec.paused(),
            spec.progressDeadlineSeconds() == null
                ? DEFAULT_PROGRESS_DEADLINE_SECONDS
                : spec.progressDeadlineSeconds()));
  }

  /** SetDefaults_ReplicaSet: replicas 1, and the pod template's own defaults. */
  public static ReplicaSet replicaSet(ReplicaSet rs) {
    ReplicaSetSpec spec = rs.spec();
    return rs.withSpec(
        new ReplicaSetSpec(
            spec.replicas() == null ? 1 : spec.replicas(),
            spec.minReadySeconds(),
            spec.selector(),
            templateDefaults(spec.template())));
  }

  private static PodTemplateSpec templateDefaults(PodTemplateSpec template) {
    return template == null ? null : template.withSpec(podSpec(template.spec()));
  }

  /** SetDefaults_Pod. */
  public static Pod pod(Pod pod) {
    return pod.withSpec(podSpec(pod.spec()));
  }

  /**
   * SetDefaults_PodSpec and SetDefaults_Container: restartPolicy Always, dnsPolicy ClusterFirst,
   * schedulerName default-scheduler, terminationGracePeriodSeconds 30, and each container's
   * imagePullPolicy (Always for {@code :latest} or no tag, IfNotPresent otherwise).
   */
  public static PodSpec podSpec(PodSpec spec) {
    PodSpec s = spec;
    if (s.restartPolicy() == null) {
      s = s.withRestartPolicy("Always");
    }
    if (s.dnsPolicy() == null) {
      s = s.withDnsPolicy("ClusterFirst");
    }
    if (s.schedulerName() == null) {
      s = s.withSchedulerName("default-scheduler");
    }
    if (s.terminationGracePeriodSeconds() == null) {
      s = s.withTerminationGracePeriodSeconds(DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
    }
    List<Container> containers = s.containers().stream().map(Defaults::container).toList();
    return s.withContainers(containers)
        .withVolumes(s.volumes().stream().map(Defaults::volume).toList());
  }

  /**
   * SetDefaults_HostPathVolumeSource: an unset type becomes "" (HostPathUnset), as describe then
   * shows it.
   */
  static Volume volume(Volume v) {
    if (v.source() instanceof VolumeSource.HostPath h && h.hostPathType() == null) {
      return new Volume(v.name(), new VolumeSource.HostPath(h.path(), ""));
    }
    return v;
  }

  static Container container(Container c) {
    if (c.imagePullPolicy() != null || c.image() == null) {
      return c;
    }
    return new Container(
        c.name(),
        c.image(),
        imagePullPolicy(c.image()),
        c.command(),
        c.args(),
        c.ports(),
        c.env(),
        c.resources(),
        c.volumeMounts(),
        c.envFrom());
  }

  /**
   * Always when the image has no tag or the tag {@code latest} (and no digest), IfNotPresent
   * otherwise.
   */
  static String imagePullPolicy(String image) {
    if (image.contains("@")) {
      return "IfNotPresent";
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    boolean hasTag = colon > slash;
    if (!hasTag || image.substring(colon + 1).equals("latest")) {
      return "Always";
    }
    return "IfNotPresent";
  }
}
