package dev.dslab.bench;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The one benchmark cluster of every runner (the engine's JMH benchmarks, the frame bench, the
 * soak): {@code nodes} workers {@code node-0000, node-0001, ...} registered as the desktop
 * registers a new node (kind's addresses and pod CIDRs) and spread over three zones, and {@code
 * daemonSets} DaemonSets {@code agent-0, agent-1, ...} in {@code default}, each with one container
 * {@code agent-N:1} on every node and a rolling update of {@code maxUnavailable: 10%}. Built, not
 * settled: each runner decides how the pods come (the frames' engine budget, or {@code settle}).
 */
public final class BenchCluster {
  /** The README's size: 5,000 nodes and 10 DaemonSets, so 50,000 daemon pods. */
  public static final int NODES = 5_000;

  public static final int DAEMON_SETS = 10;
  public static final String NAMESPACE = "default";

  private BenchCluster() {}

  /** The workers and the DaemonSets, not reconciled. */
  public static Cluster create(long seed, int nodes, int daemonSets) {
    Cluster cluster = new Cluster(seed);
    List<String> names = IntStream.range(0, nodes).mapToObj(BenchCluster::nodeName).toList();
    List<NodeSpecs> specs = NodeRegistration.nextWorkers(cluster, names);
    try {
      for (int i = 0; i < specs.size(); i++) {
        cluster
            .api()
            .create(
                specs
                    .get(i)
                    .withLabel("topology.kubernetes.io/zone", "zone-" + i % 3)
                    .build(cluster.now()));
      }
    } catch (ApiException e) {
      throw new IllegalStateException("the bench's nodes are valid by construction", e);
    }
    addDaemonSets(cluster, daemonSets);
    return cluster;
  }

  /** Creates {@code agent-0} to {@code agent-(count-1)}. */
  public static void addDaemonSets(Cluster cluster, int count) {
    try {
      for (int i = 0; i < count; i++) {
        cluster.api().create(daemonSet(daemonSetName(i)));
      }
    } catch (ApiException e) {
      throw new IllegalStateException("the bench's DaemonSets are valid by construction", e);
    }
  }

  public static String nodeName(int index) {
    return String.format("node-%04d", index);
  }

  public static String daemonSetName(int index) {
    return "agent-" + index;
  }

  /** One container {@code NAME:1}, rolling updates of at most 10% of the nodes at a time. */
  public static DaemonSet daemonSet(String name) {
    Map<String, String> labels = Map.of("app", name);
    DaemonSetUpdateStrategy rolling =
        new DaemonSetUpdateStrategy(
            DaemonSetUpdateStrategy.ROLLING_UPDATE,
            new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0)));
    return new DaemonSet(
        ObjectMeta.named(NAMESPACE, name),
        new DaemonSetSpec(
            LabelSelector.ofLabels(labels),
            new PodTemplateSpec(
                ObjectMeta.named(null).withLabels(labels),
                PodSpec.of(Container.of(name, name + ":1"))),
            rolling,
            0,
            null),
        null);
  }

  /** A new image for the DaemonSet's container (a rollout starts); nothing reconciled yet. */
  public static void setImage(Cluster cluster, String daemonSet, String image) {
    try {
      Rollouts.setImage(cluster, NAMESPACE, daemonSet, daemonSet, image);
    } catch (ApiException | RolloutException e) {
      throw new IllegalStateException("the bench's rollout is valid by construction", e);
    }
  }

  /**
   * kubectl's {@code rollout status}: the last template change reached every node and is available.
   */
  public static boolean rolledOut(Cluster cluster, String daemonSet) {
    DaemonSet ds = get(cluster, daemonSet);
    try {
      return ds.status() != null && RolloutStatus.of(ds).done();
    } catch (RolloutException e) {
      throw new IllegalStateException("the bench's DaemonSets roll", e);
    }
  }

  public static boolean allRolledOut(Cluster cluster, int daemonSets) {
    return IntStream.range(0, daemonSets).allMatch(i -> rolledOut(cluster, daemonSetName(i)));
  }

  /**
   * Fails unless the DaemonSet has a Ready pod on each of {@code nodes} nodes: a run must do its
   * work.
   */
  public static void expectReady(Cluster cluster, String daemonSet, int nodes) {
    DaemonSet ds = get(cluster, daemonSet);
    if (ds.status() == null || ds.status().numberReady() != nodes) {
      throw new IllegalStateException(
          "expected " + nodes + " ready pods of " + daemonSet + ", got " + ds.status());
    }
  }

  public static DaemonSet get(Cluster cluster, String daemonSet) {
    return cluster.store().<DaemonSet>get(Kind.DAEMON_SET, NAMESPACE, daemonSet).orElseThrow();
  }
}
