package dev.dslab.engine.why;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.admission.MutatingAdmission;
import dev.dslab.engine.admission.PriorityAdmission;
import dev.dslab.engine.admission.ServiceAccountAdmission;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.daemon.DaemonPods;
import dev.dslab.engine.kubelet.ConfigReferences;
import dev.dslab.engine.placement.Eligibility;
import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.engine.placement.NodeEligibility;
import dev.dslab.engine.scheduler.SchedulingFilters;
import dev.dslab.engine.scheduler.preemption.DisruptionBudget;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code why ds/NAME [NODE]}: for every node, whether the DaemonSet's pod should run there, can run
 * there and does run there, and every reason when not — the same checks the DaemonSet controller
 * and the scheduler make, but all of them rather than the first that fails.
 */
public final class Explainer {
  private Explainer() {}

  /**
   * The explanation for every node (in name order), or for the one named.
   *
   * @throws ApiException NotFound for an unknown DaemonSet or node
   */
  public static List<Explanation> explain(
      Cluster cluster, String namespace, String dsName, String nodeName) throws ApiException {
    DaemonSet ds =
        cluster
            .store()
            .<DaemonSet>get(Kind.DAEMON_SET, namespace, dsName)
            .orElseThrow(() -> ApiException.notFound(Kind.DAEMON_SET, dsName));
    List<Node> nodes;
    if (nodeName == null) {
      nodes = cluster.store().list(Kind.NODE, null);
    } else {
      nodes =
          List.of(
              cluster
                  .store()
                  .<Node>get(Kind.NODE, null, nodeName)
                  .orElseThrow(() -> ApiException.notFound(Kind.NODE, nodeName)));
    }
    Map<String, List<Pod>> own = ownPodsByNode(cluster, ds);
    List<Explanation> result = new ArrayList<>();
    for (Node node : nodes) {
      result.add(explain(cluster, ds, node, own.getOrDefault(node.metadata().name(), List.of())));
    }
    return result;
  }

  static Explanation explain(Cluster cluster, DaemonSet ds, Node node, List<Pod> own) {
    String name = node.metadata().name();
    PodSpec spec = ds.spec().template().spec();
    List<Toleration> tolerations = NodeEligibility.tolerations(spec);
    Eligibility eligibility = NodeEligibility.evaluate(spec, tolerations, node);
    List<Explanation.Reason> reasons = new ArrayList<>();
    placementReasons(spec, tolerations, node, reasons);

    List<Pod> onNode = cluster.store().podsOnNode(name);
    Pod hypothetical = admitted(cluster, DaemonPods.newPod(ds, null, name), own, reasons);
    List<Pod> others = onNode.stream().filter(p -> !p.isTerminal() && !own.contains(p)).toList();
    List<String> shortages = SchedulingFilters.insufficientResources(hypothetical, node, others);
    shortages.forEach(
        s -> {
          String resource =
              s.equals("Too many pods") ? "pods" : s.substring("Insufficient ".length());
          String holders = PodsInTheWay.holding(resource, others);
          reasons.add(
              new Explanation.Reason(
                  Explanation.Type.RESOURCES,
                  s
                      + ": the pod's requests do not fit in what the node has left"
                      + (holders.isEmpty() ? "" : "; in the way: " + holders)));
        });
    List<String> ports = SchedulingFilters.conflictingHostPorts(hypothetical, others);
    ports.forEach(
        p ->
            reasons.add(
                new Explanation.Reason(
                    Explanation.Type.HOST_PORT, "host port " + p + " is taken")));
    if (!shortages.isEmpty() || !ports.isEmpty()) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.PRIORITY,
              PodsInTheWay.preemption(
                  hypothetical,
                  node,
                  others,
                  DisruptionBudget.all(cluster.store()),
                  cluster.now())));
    }
    stateReasons(cluster, node, reasons);
    Optional<String> noAccount =
        ServiceAccountAdmission.missingServiceAccount(
            MutatingAdmission.admit(hypothetical) instanceof Pod admitted ? admitted : hypothetical,
            (ns, sa) -> cluster.store().get(Kind.SERVICE_ACCOUNT, ns, sa).isPresent());
    noAccount.ifPresent(
        cause ->
            reasons.add(
                new Explanation.Reason(
                    Explanation.Type.SERVICE_ACCOUNT,
                    "the API server refuses a new pod ("
                        + cause
                        + "); a pod made before the account went keeps running")));

    boolean canRun =
        eligibility.shouldRun() && shortages.isEmpty() && ports.isEmpty() && noAccount.isEmpty();
    Optional<Pod> current = own.stream().min(DaemonPods.OLDEST_FIRST);
    current.ifPresent(p -> configReasons(cluster, p, reasons));
    String podStatus = current.map(Explainer::status).orElse(null);
    boolean running =
        current.map(p -> !p.metadata().isDeleting() && p.status().isReady()).orElse(false);
    return new Explanation(
        name,
        eligibility.shouldRun(),
        eligibility.shouldContinueRunning(),
        canRun,
        current.map(p -> p.metadata().name()).orElse(null),
        podStatus,
        running,
        reasons);
  }

  /**
   * The daemon pod with the priority the Priority admission plugin gives it: its running pod's, or
   * the template's class resolved now; a class that does not exist is a reason of its own (the API
   * server refuses the pod).
   */
  private static Pod admitted(
      Cluster cluster, Pod hypothetical, List<Pod> own, List<Explanation.Reason> reasons) {
    Optional<Pod> existing = own.stream().filter(p -> p.spec().priority() != null).findFirst();
    if (existing.isPresent()) {
      return hypothetical.withSpec(
          hypothetical
              .spec()
              .withPriorityClassName(existing.get().spec().priorityClassName())
              .withPriority(
                  existing.get().spec().priority(), existing.get().spec().preemptionPolicy()));
    }
    try {
      return (Pod) PriorityAdmission.admit(hypothetical, null, cluster.store());
    } catch (ApiException e) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.PRIORITY, "the API server refuses the pod: " + e.getMessage()));
      return hypothetical;
    }
  }

  /** The DaemonSet controller's checks, each failing one a reason. */
  private static void placementReasons(
      PodSpec spec, List<Toleration> tolerations, Node node, List<Explanation.Reason> reasons) {
    String name = node.metadata().name();
    if (spec.nodeName() != null && !spec.nodeName().isEmpty() && !spec.nodeName().equals(name)) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.NODE_NAME, "the template's nodeName is " + spec.nodeName()));
    }
    Map<String, String> labels = node.metadata().labels();
    spec.nodeSelector()
        .forEach(
            (k, v) -> {
              String actual = labels.get(k);
              if (!v.equals(actual)) {
                reasons.add(
                    new Explanation.Reason(
                        Explanation.Type.NODE_SELECTOR,
                        "nodeSelector "
                            + k
                            + "="
                            + v
                            + " does not match: node "
                            + (actual == null ? "has no label " + k : "has " + k + "=" + actual)));
              }
            });
    Optional<String> affinity = NodeAffinityMatcher.mismatch(spec.withNodeSelector(Map.of()), node);
    affinity.ifPresent(a -> reasons.add(new Explanation.Reason(Explanation.Type.NODE_AFFINITY, a)));
    for (Taint taint : node.spec().taints()) {
      if (taint.effect() == TaintEffect.PreferNoSchedule
          || tolerations.stream().anyMatch(t -> t.tolerates(taint))) {
        continue;
      }
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.TAINT,
              "taint "
                  + taint
                  + " is not tolerated"
                  + (taint.effect() == TaintEffect.NoExecute
                      ? ": a running pod is removed"
                      : ": no new pod, a running pod stays")));
    }
  }

  /** What the node's state says: conditions, cordon, kubelet. They explain; the taints decide. */
  private static void stateReasons(Cluster cluster, Node node, List<Explanation.Reason> reasons) {
    String name = node.metadata().name();
    if (!cluster.kubeletRunning(name)) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.KUBELET,
              "the node's kubelet is not reporting: "
                  + "pods there neither start nor finish terminating"));
    }
    Optional<NodeCondition> ready = node.status().condition(NodeCondition.READY);
    if (ready.isPresent() && ready.get().status() != ConditionStatus.True) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.NODE_CONDITION,
              "node is NotReady (Ready="
                  + ready.get().status()
                  + (ready.get().message() == null ? "" : ": " + ready.get().message())
                  + ")"));
    }
    for (NodeCondition c : node.status().conditions()) {
      if (!c.type().equals(NodeCondition.READY) && c.status() == ConditionStatus.True) {
        reasons.add(
            new Explanation.Reason(Explanation.Type.NODE_CONDITION, "node reports " + c.type()));
      }
    }
    if (node.spec().unschedulable()) {
      reasons.add(
          new Explanation.Reason(
              Explanation.Type.CORDONED,
              "node is cordoned; daemon pods tolerate "
                  + "node.kubernetes.io/unschedulable, so this alone does not keep them away"));
    }
  }

  /**
   * What keeps the kubelet from starting the pod: volumes whose ConfigMap or Secret is missing
   * (FailedMount, ContainerCreating) and containers whose environment cannot be made
   * (CreateContainerConfigError). The kubelet retries, so the pod starts once they exist.
   */
  private static void configReasons(Cluster cluster, Pod pod, List<Explanation.Reason> reasons) {
    if (pod.metadata().isDeleting() || pod.status().isReady()) {
      return;
    }
    ConfigReferences.Objects objects = ConfigReferences.stored(cluster.store());
    ConfigReferences.mountFailures(pod, objects)
        .forEach(
            (volume, error) ->
                reasons.add(
                    new Explanation.Reason(
                        Explanation.Type.CONFIG,
                        "volume \""
                            + volume
                            + "\" cannot be mounted: "
                            + error
                            + "; the pod stays ContainerCreating until it exists")));
    for (Container c : pod.spec().containers()) {
      ConfigReferences.environmentError(c, pod.metadata().namespace(), objects)
          .ifPresent(
              error ->
                  reasons.add(
                      new Explanation.Reason(
                          Explanation.Type.CONFIG,
                          "container "
                              + c.name()
                              + " cannot start: "
                              + error
                              + " (CreateContainerConfigError)")));
    }
  }

  /** The DaemonSet's pods by target node. */
  private static Map<String, List<Pod>> ownPodsByNode(Cluster cluster, DaemonSet ds) {
    String uid = ds.metadata().uid();
    Map<String, List<Pod>> own = new java.util.HashMap<>();
    for (Pod p : cluster.store().<Pod>list(Kind.POD, ds.metadata().namespace())) {
      boolean owned = p.metadata().controllerRef().map(r -> uid.equals(r.uid())).orElse(false);
      if (owned) {
        NodeAffinityMatcher.targetNodeName(p.spec())
            .ifPresent(n -> own.computeIfAbsent(n, x -> new ArrayList<>()).add(p));
      }
    }
    return own;
  }

  private static String status(Pod pod) {
    if (pod.metadata().isDeleting()) {
      return "Terminating";
    }
    return pod.status().phase().name() + (pod.status().isReady() ? "" : " (not ready)");
  }
}
