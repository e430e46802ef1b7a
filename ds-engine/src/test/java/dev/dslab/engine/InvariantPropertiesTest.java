package dev.dslab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.placement.Eligibility;
import dev.dslab.engine.placement.NodeAffinityMatcher;
import dev.dslab.engine.placement.NodeEligibility;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.KubeObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants after random operations (labels, taints, cordons, kubelets stopping, pods deleted, new
 * images, rollbacks, clock steps, nodes added). At every write: the surge bound (one live pod per
 * node, two of different revisions only where maxSurge allows). Once the cluster has settled: one
 * daemon pod on every node that should run one and whose kubelet runs, none where a pod may not
 * stay, status numbers equal to what the pods and nodes say, and the same operations giving the
 * same cluster.
 */
class InvariantPropertiesTest {
  private static final List<String> DAEMON_SETS = List.of("everywhere", "ssd-only", "tolerant");

  @Property(tries = 150)
  void settledClusterKeepsTheDaemonSetContract(
      @ForAll @IntRange(min = 1, max = 6) int nodes,
      @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 9999) Integer> operations)
      throws Exception {
    Scenario s = play(nodes, operations);
    for (String name : DAEMON_SETS) {
      DaemonSet ds = s.ds(name);
      int desired = 0;
      int current = 0;
      int misscheduled = 0;
      for (Node node : s.cluster.store().<Node>list(Kind.NODE, null)) {
        String nodeName = node.metadata().name();
        Eligibility e = NodeEligibility.evaluate(ds, node);
        List<Pod> pods = podsOf(s, ds, nodeName);
        List<Pod> live =
            pods.stream().filter(p -> !p.metadata().isDeleting() && !p.isTerminal()).toList();
        if (s.cluster.kubeletRunning(nodeName)) {
          if (e.shouldRun()) {
            assertThat(live).as("%s on %s (should run)", name, nodeName).hasSize(1);
          } else if (!e.shouldContinueRunning()) {
            assertThat(live).as("%s on %s (may not stay)", name, nodeName).isEmpty();
          }
        }
        assertThat(live.size())
            .as("%s on %s: at most one live pod once settled", name, nodeName)
            .isLessThanOrEqualTo(1);
        boolean hasPods =
            pods.stream().anyMatch(p -> !(p.isTerminal() && p.metadata().isDeleting()));
        if (e.shouldRun()) {
          desired++;
          current += hasPods ? 1 : 0;
        } else if (hasPods) {
          misscheduled++;
        }
      }
      assertThat(ds.status().desiredNumberScheduled()).as("%s desired", name).isEqualTo(desired);
      assertThat(ds.status().currentNumberScheduled()).as("%s current", name).isEqualTo(current);
      assertThat(ds.status().numberMisscheduled())
          .as("%s misscheduled", name)
          .isEqualTo(misscheduled);
      assertThat(ds.status().observedGeneration()).isEqualTo(ds.metadata().generation());
    }
  }

  @Property(tries = 40)
  void sameOperationsGiveTheSameCluster(
      @ForAll @IntRange(min = 1, max = 5) int nodes,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 9999) Integer> operations)
      throws Exception {
    assertThat(everything(play(nodes, operations))).isEqualTo(everything(play(nodes, operations)));
  }

  /**
   * The rollout budget at every write, not only once settled: on a stable set of nodes, a rolling
   * update (new images, rollbacks, restarts of the clock in random steps) never leaves more nodes
   * without an available pod than maxUnavailable allows.
   */
  @Property(tries = 60)
  void aRollingUpdateNeverExceedsMaxUnavailableAtAnyWrite(
      @ForAll @IntRange(min = 1, max = 8) int nodes,
      @ForAll @IntRange(min = 1, max = 3) int maxUnavailable,
      @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 999) Integer> operations)
      throws Exception {
    Scenario s = new Scenario(11);
    for (int i = 0; i < nodes; i++) {
      s.node("n" + i);
    }
    DaemonSet ds = Scenario.daemonSet("agent");
    s.apply(
        ds.withSpec(
            ds.spec()
                .withUpdateStrategy(
                    new DaemonSetUpdateStrategy(
                        "RollingUpdate",
                        new RollingUpdateDaemonSet(
                            IntOrString.of(maxUnavailable), IntOrString.of(0))))));
    s.cluster.settle(Duration.ofMinutes(5));
    int[] worst = {0};
    s.cluster
        .store()
        .watch(
            event -> {
              int unavailable = unavailableNodes(s, "agent");
              worst[0] = Math.max(worst[0], unavailable);
              assertThat(unavailable)
                  .as(
                      "nodes without an available pod at %s (%s %s)",
                      s.cluster.now(), event.type(), event.object().metadata().name())
                  .isLessThanOrEqualTo(Math.min(maxUnavailable, nodes));
            });
    for (int op : operations) {
      switch (op % 3) {
        case 0 -> Rollouts.setImage(s.cluster, "default", "agent", "agent", "nginx:" + (op % 7));
        case 1 -> undo(s, "agent");
        default -> s.cluster.advance(Duration.ofSeconds(1 + op % 40));
      }
    }
    s.cluster.settle(Duration.ofHours(1));
    assertThat(unavailableNodes(s, "agent")).isZero();
  }

  /**
   * Nodes where the DaemonSet's pod should run but no live pod of it is available (Ready, not
   * deleting).
   */
  private static int unavailableNodes(Scenario s, String name) {
    DaemonSet ds = s.ds(name);
    int count = 0;
    for (Node node : s.cluster.store().<Node>list(Kind.NODE, null)) {
      if (!NodeEligibility.evaluate(ds, node).shouldRun()) {
        continue;
      }
      boolean available =
          podsOf(s, ds, node.metadata().name()).stream()
              .anyMatch(p -> !p.metadata().isDeleting() && !p.isTerminal() && p.status().isReady());
      count += available ? 0 : 1;
    }
    return count;
  }

  /**
   * The desktop's frame budget cuts an advance anywhere between two units of work: never with
   * another outcome.
   */
  @Property(tries = 40)
  void cuttingTheWorkAnywhereGivesTheSameCluster(
      @ForAll @IntRange(min = 1, max = 5) int nodes,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 9999) Integer> operations,
      @ForAll long cutSeed)
      throws Exception {
    assertThat(everything(play(nodes, operations, new Random(cutSeed))))
        .isEqualTo(everything(play(nodes, operations)));
  }

  private static List<KubeObject> everything(Scenario s) {
    List<KubeObject> all = new ArrayList<>();
    for (Kind k : Kind.values()) {
      all.addAll(s.cluster.store().list(k, null));
    }
    return all;
  }

  /**
   * At most one live pod per node, or two of different revisions where the rolling update may surge
   * (ssd-only: maxSurge 1); "everywhere" (maxSurge 0) deletes before it creates and OnDelete never
   * surges.
   */
  private static void assertSurgeBound(Scenario s, String node) {
    for (String name : DAEMON_SETS) {
      List<Pod> live =
          podsOf(s, s.ds(name), node).stream()
              .filter(p -> !p.metadata().isDeleting() && !p.isTerminal())
              .toList();
      int allowed = name.equals("ssd-only") ? 2 : 1;
      assertThat(live.size())
          .as("%s on %s at %s: live pods", name, node, s.cluster.now())
          .isLessThanOrEqualTo(allowed);
      assertThat(
              live.stream()
                  .map(p -> p.metadata().labels().get("controller-revision-hash"))
                  .distinct()
                  .count())
          .as("%s on %s: two live pods of one revision", name, node)
          .isEqualTo(live.size());
    }
  }

  private static List<Pod> podsOf(Scenario s, DaemonSet ds, String node) {
    return s.cluster.store().podsControlledBy(ds.metadata().uid()).stream()
        .filter(p -> NodeAffinityMatcher.targetNodeName(p.spec()).map(node::equals).orElse(false))
        .toList();
  }

  /** Builds the cluster and applies the operations, then lets it settle. */
  static Scenario play(int nodes, List<Integer> operations) throws Exception {
    return play(nodes, operations, null);
  }

  /**
   * With {@code cutter}, every clock step goes in slices that stop after a random number of units
   * of work, as the desktop's frames do.
   */
  static Scenario play(int nodes, List<Integer> operations, Random cutter) throws Exception {
    Scenario s = new Scenario(7);
    for (int i = 0; i < nodes; i++) {
      s.node("n" + i, i % 2 == 0 ? Map.of("disk", "ssd") : Map.of());
    }
    s.apply(Scenario.daemonSet("everywhere"));
    DaemonSet ssd =
        Scenario.withPodSpec(
            Scenario.daemonSet("ssd-only"), p -> p.withNodeSelector(Map.of("disk", "ssd")));
    s.apply(
        ssd.withSpec(
            ssd.spec()
                .withUpdateStrategy(
                    new DaemonSetUpdateStrategy(
                        "RollingUpdate",
                        new RollingUpdateDaemonSet(IntOrString.of(0), IntOrString.of(1))))));
    DaemonSet tolerant =
        Scenario.withPodSpec(
            Scenario.daemonSet("tolerant"),
            p ->
                p.withTolerations(
                    List.of(new Toleration(null, Toleration.EXISTS, null, null, null))));
    s.apply(
        tolerant.withSpec(
            tolerant.spec().withUpdateStrategy(new DaemonSetUpdateStrategy("OnDelete", null))));
    // Checked at every write, not only once settled: the surge bound holds at every instant.
    s.cluster
        .store()
        .watch(
            event -> {
              if (event.type() != WatchEvent.Type.DELETED && event.object() instanceof Pod pod) {
                NodeAffinityMatcher.targetNodeName(pod.spec())
                    .ifPresent(node -> assertSurgeBound(s, node));
              }
            });
    int count = nodes;
    for (int op : operations) {
      List<Node> all = s.cluster.store().list(Kind.NODE, null);
      String node = all.get((op / 10) % all.size()).metadata().name();
      int variant = op / 100;
      switch (op % 10) {
        case 0 ->
            s.label(
                node,
                "disk",
                s.nodeObject(node).metadata().labels().containsKey("disk") ? null : "ssd");
        case 1 -> toggleTaint(s, node, Taint.of("dedicated", "db", TaintEffect.NoSchedule));
        case 2 -> toggleTaint(s, node, Taint.of("evict", "", TaintEffect.NoExecute));
        case 3 ->
            s.updateNode(
                node, n -> n.withSpec(n.spec().withUnschedulable(!n.spec().unschedulable())));
        case 4 -> {
          if (s.cluster.kubeletRunning(node)) {
            s.cluster.nodeDown(node);
          } else {
            s.cluster.nodeUp(node);
          }
        }
        case 5 ->
            s.cluster.store().podsOnNode(node).stream()
                .filter(p -> !p.metadata().isDeleting())
                .findFirst()
                .ifPresent(p -> deletePod(s, p));
        case 6 ->
            Rollouts.setImage(
                s.cluster,
                "default",
                DAEMON_SETS.get(variant % 3),
                DAEMON_SETS.get(variant % 3),
                "nginx:" + (variant % 4));
        case 7 -> undo(s, DAEMON_SETS.get(variant % 3));
        case 8 -> advance(s, Duration.ofSeconds(7L * (variant % 5 + 1)), cutter);
        default -> {
          if (count < 9) {
            s.node("n" + count++, variant % 2 == 0 ? Map.of("disk", "ssd") : Map.of());
          }
        }
      }
    }
    // Kubelets that are down never finish their pods' deletions: bring them back, then let
    // everything settle.
    for (Node n : s.cluster.store().<Node>list(Kind.NODE, null)) {
      if (!s.cluster.kubeletRunning(n.metadata().name())) {
        s.cluster.nodeUp(n.metadata().name());
      }
    }
    s.cluster.settle(Duration.ofHours(2));
    return s;
  }

  private static void advance(Scenario s, Duration by, Random cutter) {
    if (cutter == null) {
      s.cluster.advance(by);
      return;
    }
    java.time.Instant target = s.cluster.now().plus(by);
    while (!s.cluster.advanceWithin(target, () -> cutter.nextInt(4) == 0)) {
      // the next frame goes on where this one stopped
    }
  }

  private static void toggleTaint(Scenario s, String node, Taint taint) {
    s.updateNode(
        node,
        n -> {
          List<Taint> taints = new ArrayList<>(n.spec().taints());
          if (!taints.removeIf(t -> t.sameKeyAndEffect(taint))) {
            taints.add(taint);
          }
          return n.withSpec(n.spec().withTaints(taints));
        });
  }

  private static void deletePod(Scenario s, Pod p) {
    try {
      s.cluster
          .api()
          .delete(Kind.POD, p.metadata().namespace(), p.metadata().name(), DeleteOptions.DEFAULT);
      s.cluster.reconcile();
    } catch (ApiException e) {
      throw new AssertionError(e);
    }
  }

  private static void undo(Scenario s, String name) throws ApiException {
    try {
      Rollouts.undo(s.cluster, "default", name, 0);
    } catch (RolloutException e) {
      // no earlier revision yet: nothing to roll back to, as kubectl says
    }
  }
}
