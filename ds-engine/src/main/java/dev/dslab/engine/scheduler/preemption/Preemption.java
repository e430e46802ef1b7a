package dev.dslab.engine.scheduler.preemption;

import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.engine.scheduler.SchedulingFilters;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DefaultPreemption's PostFilter (defaultpreemption/default_preemption.go) with the Evaluator's
 * Preempt (framework/preemption/preemption.go), as a pure function of the scheduler's view: is the
 * pod eligible, on which nodes might removing pods help, which pods would go on each
 * (SelectVictimsOnNode), and which node is the best candidate (pickOneNodeForPreemption).
 */
public final class Preemption {
  /** The DisruptionTarget condition's reason on a pod the scheduler preempts. */
  public static final String PREEMPTION_BY_SCHEDULER = "PreemptionByScheduler";

  /** v1.DisruptionTarget. */
  public static final String DISRUPTION_TARGET = "DisruptionTarget";

  static final String NOT_HELPFUL = "Preemption is not helpful for scheduling";
  static final String NO_VICTIMS = "No preemption victims found for incoming pod";

  /** DefaultPreemptionArgs: minCandidateNodesPercentage and minCandidateNodesAbsolute. */
  private static final int MIN_CANDIDATE_NODES_PERCENTAGE = 10;

  private static final int MIN_CANDIDATE_NODES_ABSOLUTE = 100;

  private Preemption() {}

  /** What the scheduler sees of the nodes' pods. */
  public interface NodeView {
    /** The pods bound to the node (terminal ones included; they are skipped here). */
    List<Pod> pods(String node);

    /**
     * The pods nominated to the node, other than {@code preemptor}, with a priority at least its
     * own: the filters count them as if they ran there (RunFilterPluginsWithNominatedPods).
     */
    List<Pod> nominated(String node, Pod preemptor);
  }

  /** What the PostFilter answers. */
  public sealed interface Outcome {
    /** Room can be made: nominate the node and remove the victims. */
    record Preempt(Candidate candidate) implements Outcome {}

    /**
     * No room can be made; {@code message} follows {@code preemption: } in the FailedScheduling
     * message, and {@code clearNomination} says that a nominated node the pod has is to go.
     */
    record Refused(String message, boolean clearNomination) implements Outcome {}
  }

  /**
   * The PostFilter for {@code pod}, which fits none of the {@code nodeCount} nodes: {@code
   * evaluated} are the nodes the filters ran on, {@code failures} each one's reason; the others
   * were left out by a pre-filter (a daemon pod's node affinity) and count as unresolvable.
   */
  public static Outcome preempt(
      Pod pod,
      int nodeCount,
      List<Node> evaluated,
      Map<String, String> failures,
      NodeView view,
      List<DisruptionBudget> budgets,
      Instant now) {
    Optional<String> notEligible = notEligible(pod, failures, view);
    if (notEligible.isPresent()) {
      return new Outcome.Refused(notEligible.get(), false);
    }
    // nodesWherePreemptionMightHelp: only nodes that failed a filter preemption can cure
    List<Node> potential = new ArrayList<>();
    for (Node node : evaluated) {
      String reason = failures.get(node.metadata().name());
      if (reason != null && SchedulingFilters.resolvableByPreemption(reason)) {
        potential.add(node);
      }
    }
    Map<String, Integer> statuses = new TreeMap<>();
    if (nodeCount > potential.size()) {
      statuses.put(NOT_HELPFUL, nodeCount - potential.size());
    }
    if (potential.isEmpty()) {
      return new Outcome.Refused(SchedulingFilters.fitError(nodeCount, statuses), true);
    }
    int wanted =
        Math.min(
            potential.size(),
            Math.max(
                potential.size() * MIN_CANDIDATE_NODES_PERCENTAGE / 100,
                MIN_CANDIDATE_NODES_ABSOLUTE));
    List<Candidate> nonViolating = new ArrayList<>();
    List<Candidate> violating = new ArrayList<>();
    // upstream starts at a random offset; the simulation starts at the first node so that the
    // same cluster gives the same answer
    for (Node node : potential) {
      String name = node.metadata().name();
      VictimSelection selection = selectVictimsOnNode(pod, node, view, budgets, now);
      if (selection.victims().isPresent()) {
        Victims v = selection.victims().get();
        (v.pdbViolations() == 0 ? nonViolating : violating).add(new Candidate(name, v));
        if (!nonViolating.isEmpty() && nonViolating.size() + violating.size() >= wanted) {
          break;
        }
      } else {
        statuses.merge(selection.failure(), 1, Integer::sum);
      }
    }
    List<Candidate> candidates = new ArrayList<>(nonViolating);
    candidates.addAll(violating);
    if (candidates.isEmpty()) {
      return new Outcome.Refused(SchedulingFilters.fitError(nodeCount, statuses), false);
    }
    return new Outcome.Preempt(pickOneNodeForPreemption(candidates, now));
  }

  /**
   * PodEligibleToPreemptOthers: not with preemptionPolicy Never, and not while a lower-priority pod
   * that the scheduler preempted is still terminating on the node the pod is nominated to (unless
   * that node can no longer take it at all).
   */
  static Optional<String> notEligible(Pod pod, Map<String, String> failures, NodeView view) {
    if (PriorityClass.PREEMPT_NEVER.equals(pod.spec().preemptionPolicy())) {
      return Optional.of("not eligible due to preemptionPolicy=Never.");
    }
    String nominated = pod.status().nominatedNodeName();
    if (nominated != null && !nominated.isEmpty()) {
      String reason = failures.get(nominated);
      if (reason == null || !SchedulingFilters.resolvableByPreemption(reason)) {
        return Optional.empty();
      }
      int priority = pod.spec().priorityOrZero();
      for (Pod p : view.pods(nominated)) {
        if (p.spec().priorityOrZero() < priority && terminatingByPreemption(p)) {
          return Optional.of("not eligible due to a terminating pod on the nominated node.");
        }
      }
    }
    return Optional.empty();
  }

  /** podTerminatingByPreemption: being deleted, with the scheduler's DisruptionTarget condition. */
  public static boolean terminatingByPreemption(Pod pod) {
    if (!pod.metadata().isDeleting()) {
      return false;
    }
    return pod.status()
        .condition(DISRUPTION_TARGET)
        .map(c -> c.status() == ConditionStatus.True && PREEMPTION_BY_SCHEDULER.equals(c.reason()))
        .orElse(false);
  }

  /** The DisruptionTarget condition the scheduler puts on a victim before deleting it. */
  public static PodCondition disruptionTarget(String schedulerName, Instant now) {
    return new PodCondition(
        DISRUPTION_TARGET,
        ConditionStatus.True,
        now,
        PREEMPTION_BY_SCHEDULER,
        schedulerName + ": preempting to accommodate a higher priority pod");
  }

  /** Victims on a node, or the reason the node cannot help. */
  public record VictimSelection(Optional<Victims> victims, String failure) {}

  /**
   * SelectVictimsOnNode: take every lower-priority pod off the node; if the preemptor then fits,
   * put back as many as still let it fit, most important first — those whose budget would be broken
   * before the others — and the ones that cannot go back are the victims.
   */
  public static VictimSelection selectVictimsOnNode(
      Pod pod, Node node, NodeView view, List<DisruptionBudget> budgets, Instant now) {
    String name = node.metadata().name();
    int priority = pod.spec().priorityOrZero();
    List<Pod> remaining = new ArrayList<>();
    List<Pod> potential = new ArrayList<>();
    for (Pod p : view.pods(name)) {
      if (p.isTerminal() || p.equals(pod)) {
        continue;
      }
      (p.spec().priorityOrZero() < priority ? potential : remaining).add(p);
    }
    if (potential.isEmpty()) {
      return new VictimSelection(Optional.empty(), NO_VICTIMS);
    }
    List<Pod> nominated = view.nominated(name, pod);
    Optional<String> failure = fits(pod, node, remaining, nominated);
    if (failure.isPresent()) {
      return new VictimSelection(Optional.empty(), failure.get());
    }
    potential.sort(moreImportantFirst(now));
    List<Pod> violating = new ArrayList<>();
    List<Pod> nonViolating = new ArrayList<>();
    splitByBudgetViolation(potential, budgets, violating, nonViolating);
    List<Pod> victims = new ArrayList<>();
    int violations = 0;
    for (Pod p : violating) {
      if (!reprieve(pod, node, p, remaining, nominated, victims)) {
        violations++;
      }
    }
    for (Pod p : nonViolating) {
      reprieve(pod, node, p, remaining, nominated, victims);
    }
    if (victims.isEmpty()) {
      // cannot happen: the pod did not fit with every potential victim present
      return new VictimSelection(Optional.empty(), NO_VICTIMS);
    }
    victims.sort(moreImportantFirst(now));
    return new VictimSelection(Optional.of(new Victims(victims, violations)), null);
  }

  /** Puts {@code p} back if the preemptor still fits; else it becomes a victim. */
  private static boolean reprieve(
      Pod pod, Node node, Pod p, List<Pod> remaining, List<Pod> nominated, List<Pod> victims) {
    remaining.add(p);
    if (fits(pod, node, remaining, nominated).isEmpty()) {
      return true;
    }
    remaining.remove(remaining.size() - 1);
    victims.add(p);
    return false;
  }

  private static Optional<String> fits(
      Pod pod, Node node, List<Pod> remaining, List<Pod> nominated) {
    List<Pod> onNode = new ArrayList<>(remaining);
    onNode.addAll(nominated);
    return SchedulingFilters.firstFailure(pod, node, onNode);
  }

  /**
   * filterPodsWithPDBViolation: a pod whose removal takes a matching budget below zero allowed
   * disruptions (counting the pods before it in the list) is a violating one; the split keeps the
   * order.
   */
  static void splitByBudgetViolation(
      List<Pod> pods, List<DisruptionBudget> budgets, List<Pod> violating, List<Pod> nonViolating) {
    int[] allowed = new int[budgets.size()];
    for (int i = 0; i < budgets.size(); i++) {
      allowed[i] = budgets.get(i).disruptionsAllowed();
    }
    for (Pod p : pods) {
      boolean violated = false;
      for (int i = 0; i < budgets.size(); i++) {
        DisruptionBudget b = budgets.get(i);
        if (!b.covers(p) || b.disruptedPods().contains(p.metadata().name())) {
          continue;
        }
        allowed[i]--;
        if (allowed[i] < 0) {
          violated = true;
        }
      }
      (violated ? violating : nonViolating).add(p);
    }
  }

  /**
   * util.MoreImportantPod: higher priority first, then the one that started earlier (a pod not
   * started counts as starting now); then by namespace and name so that the order is total.
   */
  static Comparator<Pod> moreImportantFirst(Instant now) {
    return Comparator.<Pod>comparingInt(p -> -p.spec().priorityOrZero())
        .thenComparing(p -> startTime(p, now))
        .thenComparing(p -> p.metadata().namespace())
        .thenComparing(p -> p.metadata().name());
  }

  private static Instant startTime(Pod p, Instant now) {
    return p.status().startTime() == null ? now : p.status().startTime();
  }

  /**
   * pickOneNodeForPreemption: fewest budget violations, then the lowest highest-victim priority,
   * the smallest sum of priorities, the fewest victims, the latest start among the highest-priority
   * victims; the first node left wins.
   */
  static Candidate pickOneNodeForPreemption(List<Candidate> candidates, Instant now) {
    Comparator<Candidate> best =
        Comparator.<Candidate>comparingInt(c -> c.victims().pdbViolations())
            .thenComparingInt(c -> c.victims().highestPriority())
            .thenComparingLong(c -> c.victims().prioritySum())
            .thenComparingInt(c -> c.victims().pods().size())
            .thenComparing(
                c -> earliestStartOfHighestPriority(c.victims(), now), Comparator.reverseOrder());
    Candidate chosen = candidates.get(0);
    for (Candidate c : candidates) {
      if (best.compare(c, chosen) < 0) {
        chosen = c;
      }
    }
    return chosen;
  }

  /** util.GetEarliestPodStartTime over the victims of the highest priority. */
  private static Instant earliestStartOfHighestPriority(Victims victims, Instant now) {
    int highest = victims.highestPriority();
    Instant earliest = null;
    for (Pod p : victims.pods()) {
      if (p.spec().priorityOrZero() == highest) {
        Instant t = startTime(p, now);
        if (earliest == null || t.isBefore(earliest)) {
          earliest = t;
        }
      }
    }
    return earliest;
  }
}
