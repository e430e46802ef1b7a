package dev.dslab.print;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.Taint;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * kubectl describe (staging/src/k8s.io/kubectl/pkg/describe/describe.go) for the kinds dsctl
 * describes: the sections, their order and describe's alignment.
 */
public final class Describers {
  /** printAnnotationsMultiline hides what kubectl apply keeps for itself. */
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private Describers() {}

  /**
   * describeDaemonSet: identity, the five node counts, pod phases of the pods it controls, the pod
   * template and the events about it.
   */
  public static String daemonSet(
      DaemonSet ds, List<Pod> controlledPods, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(ds.metadata().name()).append('\n');
    w.append("Namespace:\t").append(ds.metadata().namespace()).append('\n');
    w.append("Selector:\t")
        .append(ds.spec().selector() == null ? "<none>" : ds.spec().selector().format())
        .append('\n');
    Map<String, String> nodeSelector = ds.spec().template().spec().nodeSelector();
    w.append("Node-Selector:\t")
        .append(dev.dslab.model.meta.Labels.format(nodeSelector))
        .append('\n');
    PodTemplateDescriber.labels(w, "Labels", ds.metadata().labels());
    PodTemplateDescriber.annotations(w, "Annotations", ds.metadata().annotations());
    DaemonSetStatus s = ds.status();
    w.append("Desired Number of Nodes Scheduled: ").append(s.desiredNumberScheduled()).append('\n');
    w.append("Current Number of Nodes Scheduled: ").append(s.currentNumberScheduled()).append('\n');
    w.append("Number of Nodes Scheduled with Up-to-date Pods: ")
        .append(s.updatedNumberScheduled())
        .append('\n');
    w.append("Number of Nodes Scheduled with Available Pods: ")
        .append(s.numberAvailable())
        .append('\n');
    w.append("Number of Nodes Misscheduled: ").append(s.numberMisscheduled()).append('\n');
    w.append("Pods Status:\t")
        .append(count(controlledPods, PodPhase.Running))
        .append(" Running / ")
        .append(count(controlledPods, PodPhase.Pending))
        .append(" Waiting / ")
        .append(count(controlledPods, PodPhase.Succeeded))
        .append(" Succeeded / ")
        .append(count(controlledPods, PodPhase.Failed))
        .append(" Failed\n");
    w.append(PodTemplateDescriber.raw(ds.spec().template()));
    events(w, events, now);
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  /**
   * describePod: identity, node, status, IPs, controller, containers with their state, conditions,
   * volumes, QoS class, node selectors, tolerations and events.
   */
  public static String pod(Pod pod, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    var meta = pod.metadata();
    var spec = pod.spec();
    var status = pod.status();
    w.append("Name:\t").append(meta.name()).append('\n');
    w.append("Namespace:\t").append(meta.namespace()).append('\n');
    // describePod: the priority the admission plugin set, and the class when one is named
    w.append("Priority:\t").append(spec.priority() == null ? 0 : spec.priority()).append('\n');
    if (spec.priorityClassName() != null && !spec.priorityClassName().isEmpty()) {
      w.append("Priority Class Name:\t").append(spec.priorityClassName()).append('\n');
    }
    w.append("Service Account:\t")
        .append(spec.serviceAccountName() == null ? "default" : spec.serviceAccountName())
        .append('\n');
    w.append("Node:\t")
        .append(
            spec.nodeName() == null
                ? "<none>"
                : spec.nodeName() + "/" + (status.hostIP() == null ? "" : status.hostIP()))
        .append('\n');
    if (status.startTime() != null) {
      w.append("Start Time:\t").append(PodTemplateDescriber.time(status.startTime())).append('\n');
    }
    PodTemplateDescriber.labels(w, "Labels", meta.labels());
    PodTemplateDescriber.annotations(w, "Annotations", meta.annotations());
    if (meta.isDeleting() && !pod.isTerminal()) {
      w.append("Status:\tTerminating (lasts ")
          .append(HumanDuration.age(meta.deletionTimestamp(), now))
          .append(")\n");
      w.append("Termination Grace Period:\t")
          .append(meta.deletionGracePeriodSeconds())
          .append("s\n");
    } else {
      w.append("Status:\t").append(status.phase()).append('\n');
    }
    if (status.reason() != null && !status.reason().isEmpty()) {
      w.append("Reason:\t").append(status.reason()).append('\n');
    }
    if (status.message() != null && !status.message().isEmpty()) {
      w.append("Message:\t").append(status.message()).append('\n');
    }
    w.append("IP:\t").append(status.podIP() == null ? "" : status.podIP()).append('\n');
    if (status.podIP() == null) {
      w.append("IPs:\t<none>\n");
    } else {
      w.append("IPs:\n  IP:\t").append(status.podIP()).append('\n');
    }
    meta.controllerRef()
        .ifPresent(
            r ->
                w.append("Controlled By:\t")
                    .append(r.kind())
                    .append('/')
                    .append(r.name())
                    .append('\n'));
    if (status.nominatedNodeName() != null && !status.nominatedNodeName().isEmpty()) {
      w.append("NominatedNodeName:\t").append(status.nominatedNodeName()).append('\n');
    }
    PodTemplateDescriber.containers(
        w, "Containers", spec.containers(), status.containerStatuses(), "");
    if (!status.conditions().isEmpty()) {
      w.append("Conditions:\n  Type\tStatus\n");
      status
          .conditions()
          .forEach(
              c -> w.append("  ").append(c.type()).append(" \t").append(c.status()).append(" \n"));
    }
    PodTemplateDescriber.volumes(w, spec.volumes(), "");
    w.append("QoS Class:\t").append(qosClass(pod)).append('\n');
    PodTemplateDescriber.labels(w, "Node-Selectors", spec.nodeSelector());
    PodTemplateDescriber.tolerations(w, "Tolerations", spec.tolerations());
    events(w, events, now);
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  /** One DaemonSet's answer for a node, for the section dsctl adds to describe node. */
  public record DaemonSetOnNode(String namespace, String name, boolean runs, String why) {}

  /**
   * describeNode: identity, taints, lease, conditions, addresses, capacity, system info, the pods
   * on it and what they request, events — and, as dsctl's own last section, every DaemonSet's
   * answer for this node (the {@code why} explanation).
   */
  public static String node(
      Node node,
      List<Pod> podsOnNode,
      List<Event> events,
      List<DaemonSetOnNode> daemonSets,
      Instant now) {
    StringBuilder w = new StringBuilder();
    var meta = node.metadata();
    w.append("Name:\t").append(meta.name()).append('\n');
    String roles = NodeTable.roles(node);
    w.append("Roles:\t").append(roles).append('\n');
    PodTemplateDescriber.labels(w, "Labels", meta.labels());
    PodTemplateDescriber.annotations(w, "Annotations", meta.annotations());
    w.append("CreationTimestamp:\t")
        .append(PodTemplateDescriber.time(meta.creationTimestamp()))
        .append('\n');
    PodTemplateDescriber.multiline(
        w,
        "Taints",
        node.spec().taints().stream()
            .sorted(Comparator.comparing((Taint t) -> t.effect().name() + "," + t.key()))
            .map(Taint::toString)
            .toList());
    w.append("Unschedulable:\t").append(node.spec().unschedulable()).append('\n');
    Instant renewed =
        node.status()
            .condition(NodeCondition.READY)
            .map(NodeCondition::lastHeartbeatTime)
            .orElse(null);
    w.append("Lease:\n  HolderIdentity:\t")
        .append(meta.name())
        .append("\n  AcquireTime:\t<unset>\n  RenewTime:\t")
        .append(PodTemplateDescriber.time(renewed))
        .append('\n');
    if (!node.status().conditions().isEmpty()) {
      w.append(
          "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
      w.append("  ----\t------\t-----------------\t------------------\t------\t-------\n");
      for (NodeCondition c : node.status().conditions()) {
        w.append("  ")
            .append(c.type())
            .append(" \t")
            .append(c.status())
            .append(" \t")
            .append(PodTemplateDescriber.time(c.lastHeartbeatTime()))
            .append(" \t")
            .append(PodTemplateDescriber.time(c.lastTransitionTime()))
            .append(" \t")
            .append(c.reason() == null ? "" : c.reason())
            .append(" \t")
            .append(c.message() == null ? "" : c.message())
            .append('\n');
      }
    }
    w.append("Addresses:\n");
    node.status()
        .addresses()
        .forEach(
            a -> w.append("  ").append(a.type()).append(":\t").append(a.address()).append('\n'));
    if (!node.status().capacity().isEmpty()) {
      w.append("Capacity:\n");
      node.status()
          .capacity()
          .forEach((k, v) -> w.append("  ").append(k).append(":\t").append(v.text()).append('\n'));
    }
    if (!node.status().allocatable().isEmpty()) {
      w.append("Allocatable:\n");
      node.status()
          .allocatable()
          .forEach((k, v) -> w.append("  ").append(k).append(":\t").append(v.text()).append('\n'));
    }
    var info = node.status().nodeInfo();
    w.append("System Info:\n  Machine ID:\t\n  System UUID:\t\n  Boot ID:\t\n");
    w.append("  Kernel Version:\t")
        .append(info == null ? "" : nz(info.kernelVersion()))
        .append('\n');
    w.append("  OS Image:\t").append(info == null ? "" : nz(info.osImage())).append('\n');
    w.append("  Operating System:\t")
        .append(info == null ? "" : nz(info.operatingSystem()))
        .append('\n');
    w.append("  Architecture:\t").append(info == null ? "" : nz(info.architecture())).append('\n');
    w.append("  Container Runtime Version:\t")
        .append(info == null ? "" : nz(info.containerRuntimeVersion()))
        .append('\n');
    w.append("  Kubelet Version:\t")
        .append(info == null ? "" : nz(info.kubeletVersion()))
        .append('\n');
    // deprecated, and left empty by kubelets since v1.31; kubectl still prints the line
    w.append("  Kube-Proxy Version:\t\n");
    if (node.spec().podCIDR() != null) {
      w.append("PodCIDR:\t")
          .append(node.spec().podCIDR())
          .append("\nPodCIDRs:\t")
          .append(node.spec().podCIDR())
          .append('\n');
    }
    if (node.spec().providerID() != null) {
      w.append("ProviderID:\t").append(node.spec().providerID()).append('\n');
    }
    NodeResources.describe(w, node, podsOnNode.stream().filter(p -> !p.isTerminal()).toList(), now);
    events(w, events, now);
    if (!daemonSets.isEmpty()) {
      w.append("DaemonSets (dsctl):\n  Namespace\tName\tRuns Here\tWhy Not\n");
      w.append("  ---------\t----\t---------\t-------\n");
      for (DaemonSetOnNode d : daemonSets) {
        w.append("  ")
            .append(d.namespace())
            .append('\t')
            .append(d.name())
            .append('\t')
            .append(d.runs() ? "yes" : "no")
            .append('\t')
            .append(d.why() == null || d.why().isEmpty() ? "-" : d.why())
            .append('\n');
      }
    }
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * qos.GetPodQOS: Guaranteed when every container's cpu and memory limits equal its requests,
   * Burstable when any is set.
   */
  static String qosClass(Pod pod) {
    boolean any = false;
    boolean guaranteed = true;
    for (var c : pod.spec().containers()) {
      var req = c.resources().requests();
      var lim = c.resources().limits();
      any |= !req.isEmpty() || !lim.isEmpty();
      for (String r : List.of("cpu", "memory")) {
        var l = lim.get(r);
        var q = req.containsKey(r) ? req.get(r) : l;
        if (l == null || q == null || l.amount().compareTo(q.amount()) != 0) {
          guaranteed = false;
        }
      }
    }
    return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
  }

  static long count(List<Pod> pods, PodPhase phase) {
    return pods.stream().filter(p -> p.status().phase() == phase).count();
  }

  /**
   * DescribeEvents: sorted by last timestamp; Age is {@code <last> (xN over <first>)} for repeated
   * events; From is the source component (and host).
   */
  static void events(StringBuilder w, List<Event> events, Instant now) {
    if (events.isEmpty()) {
      w.append("Events:\t<none>\n");
      return;
    }
    w.append("Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.append("  ----\t------\t----\t----\t-------\n");
    List<Event> sorted =
        events.stream()
            .sorted(
                Comparator.comparing(
                    Describers::last, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    for (Event e : sorted) {
      String age = HumanDuration.age(last(e), now);
      if (e.count() > 1) {
        age = age + " (x" + e.count() + " over " + HumanDuration.age(e.firstTimestamp(), now) + ")";
      }
      // describe.go's DescribeEvents shows the component only (the host was dropped from the From
      // column)
      String from = e.sourceComponent() == null ? "" : e.sourceComponent();
      w.append("  ")
          .append(e.type())
          .append('\t')
          .append(e.reason())
          .append('\t')
          .append(age)
          .append('\t')
          .append(from)
          .append('\t')
          .append(e.message() == null ? "" : e.message().trim())
          .append('\n');
    }
  }

  private static Instant last(Event e) {
    return e.lastTimestamp() != null ? e.lastTimestamp() : e.firstTimestamp();
  }
}
