package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The pod spec fields that DaemonSets use. Nullable scalars mean "not set". */
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
    Long activeDeadlineSeconds) {

  public PodSpec {
    nodeSelector = Collections2.sortedCopy(nodeSelector);
    tolerations = Collections2.copy(tolerations);
    initContainers = Collections2.copy(initContainers);
    containers = Collections2.copy(containers);
    volumes = Collections2.copy(volumes);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
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
        activeDeadlineSeconds);
  }
}
