package dev.dslab.engine.scheduler;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.scheduler.preemption.DisruptionBudget;
import dev.dslab.engine.scheduler.preemption.Preemption;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The default scheduler, for what a DaemonSet needs: it binds each pending pod to a node that
 * passes the filters of {@link SchedulingFilters} — the daemon pod's pinned node, or the
 * best-scored feasible node for other pods — and reports a pod that fits nowhere with upstream's
 * {@code FailedScheduling} message. Unschedulable pods are tried again when nodes or pods change.
 * Among the feasible nodes (at most numFeasibleNodesToFind of them) {@link NodeScoring} picks the
 * node.
 *
 * <p>Pending pods are taken by priority ({@link PrioritySortQueue}); a pod that fits nowhere gets
 * DefaultPreemption's chance ({@link Preemption}): lower-priority pods are removed from one node,
 * and the pod is nominated to it ({@code status.nominatedNodeName}) until they are gone. The
 * filters count the pods nominated to a node with at least the pod's priority as if they ran there
 * (RunFilterPluginsWithNominatedPods), so that the room made is kept for them.
 */
public final class Scheduler implements Controller {
  public static final String COMPONENT = "default-scheduler";

  private final ApiServer api;
  private final ObjectStore store;
  private final EventRecorder events;
  private final PrioritySortQueue queue = new PrioritySortQueue();

  /** The pods that fit nowhere, with their priorities, until something changes. */
  private final Map<ObjectKey, Integer> unschedulable = new LinkedHashMap<>();

  /** Pending pods with a nominated node (the scheduling queue's nominator). */
  private final Map<ObjectKey, Pod> nominatedPods = new LinkedHashMap<>();

  private final Preemption.NodeView view =
      new Preemption.NodeView() {
        @Override
        public List<Pod> pods(String node) {
          return store.podsOnNode(node);
        }

        @Override
        public List<Pod> nominated(String node, Pod preemptor) {
          return nominatedTo(node, preemptor);
        }
      };

  /** nextStartNodeIndex: where the next pod's filtering starts, so the nodes take turns. */
  private int nextStartNodeIndex;

  public Scheduler(ApiServer api, EventRecorder events) {
    this.api = api;
    this.store = api.store();
    this.events = events;
    store.watch(this::onChange);
  }

  /**
   * The non-zero cpu and memory requests of the live pods bound to each node, kept as pods come and
   * go: the scheduler cache's NodeInfo.NonZeroRequested, so that scoring a node costs no list.
   */
  private final Map<String, long[]> requestedByNode = new HashMap<>();

  private long[] requested(String nodeName) {
    return requestedByNode.getOrDefault(nodeName, NO_REQUESTS);
  }

  private static final long[] NO_REQUESTS = {0, 0};

  private void account(Pod pod, int sign) {
    String node = pod.spec().nodeName();
    if (node == null || pod.isTerminal()) {
      return;
    }
    long[] r = NodeScoring.nonZeroRequests(pod);
    long[] sum = requestedByNode.computeIfAbsent(node, n -> new long[2]);
    sum[0] += sign * r[0];
    sum[1] += sign * r[1];
  }

  private void onChange(WatchEvent e) {
    if (e.object() instanceof Pod p) {
      if (e.old() instanceof Pod old) {
        account(old, -1);
      }
      if (e.type() != WatchEvent.Type.DELETED) {
        account(p, 1);
      } else if (e.old() == null) {
        account(p, -1);
      }
    }
    if (e.object() instanceof Pod pod) {
      ObjectKey key = ObjectKey.of(pod);
      trackNomination(key, pod, e.type());
      if (e.type() == WatchEvent.Type.DELETED) {
        unschedulable.remove(key);
        if (pod.spec().nodeName() != null) {
          retryUnschedulable();
        }
      } else if (pod.spec().nodeName() == null
          && !pod.metadata().isDeleting()
          && (e.type() == WatchEvent.Type.ADDED || !unschedulable.containsKey(key))) {
        queue.add(key, pod.spec().priorityOrZero());
      }
    } else if (e.object() instanceof Node && e.type() != WatchEvent.Type.DELETED) {
      retryUnschedulable();
    }
  }

  private void trackNomination(ObjectKey key, Pod pod, WatchEvent.Type type) {
    String nominated = pod.status().nominatedNodeName();
    if (type != WatchEvent.Type.DELETED
        && pod.spec().nodeName() == null
        && !pod.metadata().isDeleting()
        && nominated != null
        && !nominated.isEmpty()) {
      nominatedPods.put(key, pod);
    } else {
      nominatedPods.remove(key);
    }
  }

  /** The pods nominated to {@code node}, other than {@code pod}, of at least its priority. */
  private List<Pod> nominatedTo(String node, Pod pod) {
    if (nominatedPods.isEmpty()) {
      return List.of();
    }
    List<Pod> found = new ArrayList<>();
    for (Pod p : nominatedPods.values()) {
      if (node.equals(p.status().nominatedNodeName())
          && p.spec().priorityOrZero() >= pod.spec().priorityOrZero()
          && !ObjectKey.of(p).equals(ObjectKey.of(pod))) {
        found.add(p);
      }
    }
    return found;
  }

  private void retryUnschedulable() {
    unschedulable.forEach(queue::add);
    unschedulable.clear();
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  @Override
  public void processNext() {
    ObjectKey key = queue.poll();
    Optional<Pod> found = store.get(key);
    if (found.isEmpty()
        || found.get().spec().nodeName() != null
        || found.get().metadata().isDeleting()) {
      return;
    }
    schedule(found.get());
  }

  private void schedule(Pod pod) {
    int nodeCount = store.count(Kind.NODE);
    Map<String, Integer> failures = new TreeMap<>();
    Map<String, String> nodeFailures = new TreeMap<>();
    List<Node> feasible = new ArrayList<>();
    List<Node> nodes = candidates(pod, failures, nodeCount);
    // findNodesThatPassFilters: from where the last pod stopped, until numFeasibleNodesToFind
    int toFind = NodeScoring.feasibleNodesToFind(nodes.size());

    int processed = 0;
    for (; processed < nodes.size() && feasible.size() < toFind; processed++) {
      Node node = nodes.get((nextStartNodeIndex + processed) % nodes.size());
      String name = node.metadata().name();
      List<Pod> onNode = store.podsOnNode(name);
      List<Pod> nominated = nominatedTo(name, pod);
      if (!nominated.isEmpty()) {
        onNode = new ArrayList<>(onNode);
        onNode.addAll(nominated);
      }
      Optional<String> reason = SchedulingFilters.firstFailure(pod, node, onNode);
      if (reason.isPresent()) {
        failures.merge(reason.get(), 1, Integer::sum);
        nodeFailures.put(name, reason.get());
      } else {
        feasible.add(node);
      }
    }
    if (!nodes.isEmpty()) {
      nextStartNodeIndex = (nextStartNodeIndex + processed) % nodes.size();
    }
    try {
      if (feasible.isEmpty()) {
        unschedulable.put(ObjectKey.of(pod), pod.spec().priorityOrZero());
        String message = SchedulingFilters.fitError(nodeCount, failures);
        String nominatedNode = pod.status().nominatedNodeName();
        if (nodeCount > 0) {
          Preemption.Outcome outcome =
              Preemption.preempt(
                  pod,
                  nodeCount,
                  nodes,
                  nodeFailures,
                  view,
                  DisruptionBudget.all(store),
                  api.now());
          if (outcome instanceof Preemption.Outcome.Preempt p) {
            nominatedNode = p.candidate().node();
            prepareCandidate(pod, p.candidate().node(), p.candidate().victims().pods());
          } else if (outcome instanceof Preemption.Outcome.Refused r) {
            // FitError.Error(): the PostFilter's message after the filters', with a period
            message += " preemption: " + r.message() + ".";
            if (r.clearNomination()) {
              nominatedNode = null;
            }
          }
        }
        Pod marked =
            pod.withStatus(
                pod.status()
                    .withCondition(
                        new PodCondition(
                            PodCondition.SCHEDULED,
                            ConditionStatus.False,
                            api.now(),
                            "Unschedulable",
                            message))
                    .withNominatedNodeName(nominatedNode));
        if (!marked.status().equals(pod.status())) {
          api.updateStatus(marked.withMetadata(marked.metadata().withResourceVersion(null)));
        }
        events.warning(pod, "FailedScheduling", message, COMPONENT);
        return;
      }
      Node chosen = NodeScoring.choose(pod, feasible, this::requested);
      String nodeName = chosen.metadata().name();
      Pod bound =
          pod.withSpec(pod.spec().withNodeName(nodeName))
              .withStatus(
                  pod.status()
                      .withCondition(
                          new PodCondition(
                              PodCondition.SCHEDULED,
                              ConditionStatus.True,
                              api.now(),
                              null,
                              null)));
      api.updateStatus(bound.withMetadata(bound.metadata().withResourceVersion(null)));
      events.normal(
          pod,
          "Scheduled",
          "Successfully assigned "
              + pod.metadata().namespace()
              + "/"
              + pod.metadata().name()
              + " to "
              + nodeName,
          COMPONENT);
    } catch (ApiException e) {
      // The pod went away meanwhile: nothing to schedule.
    }
  }

  /**
   * prepareCandidate: each victim gets the DisruptionTarget condition, is deleted with its grace
   * period and is told {@code Preempted by pod <uid> on node <node>}; lower-priority pods nominated
   * to the node lose the nomination, so that they look elsewhere.
   */
  private void prepareCandidate(Pod preemptor, String node, List<Pod> victims) {
    String scheduler =
        preemptor.spec().schedulerName() == null ? COMPONENT : preemptor.spec().schedulerName();
    for (Pod victim : victims) {
      try {
        Pod marked =
            victim.withStatus(
                victim.status().withCondition(Preemption.disruptionTarget(scheduler, api.now())));
        api.updateStatus(marked.withMetadata(marked.metadata().withResourceVersion(null)));
        api.delete(
            Kind.POD,
            victim.metadata().namespace(),
            victim.metadata().name(),
            DeleteOptions.DEFAULT);
      } catch (ApiException e) {
        // already gone: nothing left to remove
      }
      events.normal(
          victim,
          "Preempted",
          "Preempted by pod " + preemptor.metadata().uid() + " on node " + node,
          COMPONENT);
    }
    for (Pod other : List.copyOf(nominatedPods.values())) {
      if (node.equals(other.status().nominatedNodeName())
          && other.spec().priorityOrZero() < preemptor.spec().priorityOrZero()) {
        try {
          Pod cleared = other.withStatus(other.status().withNominatedNodeName(null));
          api.updateStatus(cleared.withMetadata(cleared.metadata().withResourceVersion(null)));
        } catch (ApiException e) {
          // gone meanwhile
        }
      }
    }
  }

  /**
   * The NodeAffinity pre-filter: a pod pinned to one node by name (a daemon pod's matchFields, or a
   * nodeName) is only checked against that node; every other node counts as not matching.
   */
  private List<Node> candidates(Pod pod, Map<String, Integer> failures, int nodeCount) {
    Optional<String> target = NodeAffinityMatcher.targetNodeName(pod.spec());
    if (target.isEmpty()) {
      return store.list(Kind.NODE, null);
    }
    Optional<Node> node = store.get(Kind.NODE, null, target.get());
    int others = nodeCount - (node.isPresent() ? 1 : 0);
    if (others > 0) {
      failures.put(SchedulingFilters.AFFINITY, others);
    }
    return node.map(List::of).orElse(List.of());
  }
}
