package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pod's status as the kubelet and the scheduler report it. */
public record PodStatus(
    PodPhase phase,
    List<PodCondition> conditions,
    String hostIP,
    String podIP,
    Instant startTime,
    List<ContainerStatus> containerStatuses,
    String reason,
    String message,
    String nominatedNodeName) {

  public PodStatus {
    phase = phase == null ? PodPhase.Pending : phase;
    conditions = Collections2.copy(conditions);
    containerStatuses = Collections2.copy(containerStatuses);
  }

  /** A status that names no nominated node (no preemption made room for the pod). */
  public PodStatus(
      PodPhase phase,
      List<PodCondition> conditions,
      String hostIP,
      String podIP,
      Instant startTime,
      List<ContainerStatus> containerStatuses,
      String reason,
      String message) {
    this(phase, conditions, hostIP, podIP, startTime, containerStatuses, reason, message, null);
  }

  public static PodStatus pending() {
    return new PodStatus(PodPhase.Pending, null, null, null, null, null, null, null, null);
  }

  public Optional<PodCondition> condition(String type) {
    // A loop rather than a stream: the controllers ask this of every pod on every sync.
    for (PodCondition c : conditions) {
      if (c.type().equals(type)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** podutil.IsPodReady: the Ready condition is True. */
  public boolean isReady() {
    return condition(PodCondition.READY).map(c -> c.status() == ConditionStatus.True).orElse(false);
  }

  /** This status with the condition of the same type replaced (or added at the end). */
  public PodStatus withCondition(PodCondition condition) {
    List<PodCondition> copy = new ArrayList<>(conditions);
    copy.removeIf(c -> c.type().equals(condition.type()));
    int at = 0;
    while (at < copy.size() && order(copy.get(at).type()) <= order(condition.type())) {
      at++;
    }
    copy.add(at, condition);
    return new PodStatus(
        phase,
        copy,
        hostIP,
        podIP,
        startTime,
        containerStatuses,
        reason,
        message,
        nominatedNodeName);
  }

  private static int order(String type) {
    return switch (type) {
      case "PodReadyToStartContainers" -> 0;
      case PodCondition.INITIALIZED -> 1;
      case PodCondition.READY -> 2;
      case PodCondition.CONTAINERS_READY -> 3;
      case PodCondition.SCHEDULED -> 4;
      default -> 5;
    };
  }

  public PodStatus withPhase(PodPhase value) {
    return new PodStatus(
        value,
        conditions,
        hostIP,
        podIP,
        startTime,
        containerStatuses,
        reason,
        message,
        nominatedNodeName);
  }

  public PodStatus withIps(String host, String pod) {
    return new PodStatus(
        phase,
        conditions,
        host,
        pod,
        startTime,
        containerStatuses,
        reason,
        message,
        nominatedNodeName);
  }

  public PodStatus withStartTime(Instant value) {
    return new PodStatus(
        phase,
        conditions,
        hostIP,
        podIP,
        value,
        containerStatuses,
        reason,
        message,
        nominatedNodeName);
  }

  public PodStatus withContainerStatuses(List<ContainerStatus> value) {
    return new PodStatus(
        phase, conditions, hostIP, podIP, startTime, value, reason, message, nominatedNodeName);
  }

  /**
   * The node the scheduler's preemption made room on (status.nominatedNodeName), or null to clear
   * it.
   */
  public PodStatus withNominatedNodeName(String value) {
    return new PodStatus(
        phase, conditions, hostIP, podIP, startTime, containerStatuses, reason, message, value);
  }
}
