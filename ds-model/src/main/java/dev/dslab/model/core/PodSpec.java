package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The pod spec fields that DaemonSets use. Nullable scalars mean "not set". {@code priority} and
 * {@code preemptionPolicy} are the Priority admission plugin's (filled in from the pod's
 * PriorityClass); templates leave them unset.
 */
public record PodSpec(
    String nodeName,
    SortedMap<String, String> nodeSelector,
    Affinity affinity,
    List<Toleration> tolerations,
    List<Container> initContainers,
    List<Container> containers,
    List<Volume> volumes,
    boolean hostNetwork,
    Long terminationGracePeriodSeconds,
    String restartPolicy,
    String dnsPolicy,
    String serviceAccountName,
    String schedulerName,
    String priorityClassName,
    Long activeDeadlineSeconds,
    Integer priority,
    String preemptionPolicy) {

  public PodSpec {
    nodeSelector = Collections2.sortedCopy(nodeSelector);
    tolerations = Collections2.copy(tolerations);
    initContainers = Collections2.copy(initContainers);
    containers = Collections2.copy(containers);
    volumes = Collections2.copy(volumes);
  }

  /** A spec without priority fields: what a template or a pod before admission holds. */
  public PodSpec(
      String nodeName,
      SortedMap<String, String> nodeSelector,
      Affinity affinity,
      List<Toleration> tolerations,
      List<Container> initContainers,
      List<Container> containers,
      List<Volume> volumes,
      boolean hostNetwork,
      Long terminationGracePeriodSeconds,
      String restartPolicy,
      String dnsPolicy,
      String serviceAccountName,
      String schedulerName,
      String priorityClassName,
      Long activeDeadlineSeconds) {
    this(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        null,
        null);
  }

  public static PodSpec of(Container... containers) {
    return new PodSpec(
        null,
        null,
        null,
        null,
        null,
        List.of(containers),
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public PodSpec withNodeName(String value) {
    return new PodSpec(
        value,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withNodeSelector(Map<String, String> value) {
    return new PodSpec(
        nodeName,
        Collections2.sortedCopy(value),
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withAffinity(Affinity value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        value,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withTolerations(List<Toleration> value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        value,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withContainers(List<Container> value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        value,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withVolumes(List<Volume> value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        value,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withHostNetwork(boolean value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        value,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withRestartPolicy(String value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        value,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withTerminationGracePeriodSeconds(Long value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        value,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withDnsPolicy(String value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        value,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withServiceAccountName(String value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        value,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withSchedulerName(String value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        value,
        priorityClassName,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  public PodSpec withPriorityClassName(String value) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        value,
        activeDeadlineSeconds,
        priority,
        preemptionPolicy);
  }

  /**
   * The spec as the Priority admission plugin leaves it: the class's value and policy filled in.
   */
  public PodSpec withPriority(Integer value, String policy) {
    return new PodSpec(
        nodeName,
        nodeSelector,
        affinity,
        tolerations,
        initContainers,
        containers,
        volumes,
        hostNetwork,
        terminationGracePeriodSeconds,
        restartPolicy,
        dnsPolicy,
        serviceAccountName,
        schedulerName,
        priorityClassName,
        activeDeadlineSeconds,
        value,
        policy);
  }

  /** The pod's priority as the scheduler reads it (corev1helpers.PodPriority): 0 when unset. */
  public int priorityOrZero() {
    return priority == null ? 0 : priority;
  }
}
