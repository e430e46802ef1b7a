package dev.dslab.bench.engine;

import dev.dslab.bench.BenchCluster;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.apps.DaemonSetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's benchmarks (JMH), on the shared bench cluster ({@link BenchCluster}: 5,000 nodes by
 * default, {@code -p nodes=N} for another size). Each builds what it needs untimed (a setup per
 * invocation) and times the engine's work; each invocation is a sample, so the table's {@code
 * p0.00} is the best run and {@code p0.50} the median. A run that did not do its work (a DaemonSet
 * without a Ready pod on every node) fails. Wall-clock figures, for comparing builds on one
 * machine; never run by {@code verify}.
 *
 * <p>Run (the README's command; add {@code -prof dev.dslab.bench.engine.PeakHeapProfiler} for the
 * peak heap, a regular expression to pick benchmarks): {@code java -cp
 * 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*' org.openjdk.jmh.Main}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmarks {
  /**
   * Settling stops when nothing is left to do; an hour of virtual time is far more than any run
   * needs.
   */
  static final Duration SETTLE = Duration.ofHours(1);

  /** rollout-steps: a 60 Hz frame of the desktop playing at 100x. */
  static final Duration FRAME_AT_100X = Duration.ofMillis(1600);

  /** The cluster's size. */
  @State(Scope.Thread)
  public static class Size {
    @Param("5000")
    public int nodes;

    Cluster cluster;
  }

  /** The nodes only, reconciled: placement applies the DaemonSet. */
  public static class Nodes extends Size {
    @Setup(Level.Invocation)
    public void build() {
      cluster = BenchCluster.create(1, nodes, 0);
      cluster.reconcile();
    }

    @TearDown(Level.Invocation)
    public void check() {
      BenchCluster.expectReady(cluster, BenchCluster.daemonSetName(0), nodes);
      cluster = null;
    }
  }

  /** One DaemonSet settled on every node: the rolling update gives it a new image. */
  public static class OneDaemonSet extends Size {
    @Setup(Level.Invocation)
    public void build() {
      cluster = BenchCluster.create(1, nodes, 1);
      cluster.settle(SETTLE);
    }

    @TearDown(Level.Invocation)
    public void check() {
      BenchCluster.expectReady(cluster, BenchCluster.daemonSetName(0), nodes);
      cluster = null;
    }
  }

  /** The full bench cluster: {@code daemonSets} DaemonSets on every node. */
  public static class Loaded extends Size {
    @Param("10")
    public int daemonSets;

    void buildAndSettle() {
      cluster = BenchCluster.create(1, nodes, daemonSets);
      cluster.settle(SETTLE);
    }

    void expectAllReady() {
      for (int i = 0; i < daemonSets; i++) {
        BenchCluster.expectReady(cluster, BenchCluster.daemonSetName(i), nodes);
      }
    }
  }

  /**
   * node-failure: the full cluster settled, new for every invocation; a tenth of the nodes fail.
   */
  public static class FailingNodes extends Loaded {
    List<String> down;

    @Setup(Level.Invocation)
    public void build() {
      buildAndSettle();
      down = IntStream.range(0, nodes / 10).mapToObj(BenchCluster::nodeName).toList();
    }

    @TearDown(Level.Invocation)
    public void check() {
      expectAllReady();
      cluster = null;
    }
  }

  /**
   * rollout-steps: the full cluster, built and settled afresh for every iteration (untimed, as the
   * old command built one per rollout: the events and revisions of earlier rollouts do not pile
   * up); agent-0 always has a rollout under way.
   */
  public static class Rolling extends Loaded {
    int rollouts;
    int steps;

    @Setup(Level.Iteration)
    public void build() {
      buildAndSettle();
      rollouts = 0;
    }

    @Setup(Level.Invocation)
    public void rollingUpdateUnderWay() {
      if (rollouts == 0 || BenchCluster.rolledOut(cluster, BenchCluster.daemonSetName(0))) {
        rollouts++;
        BenchCluster.setImage(cluster, BenchCluster.daemonSetName(0), "agent:" + (rollouts + 1));
      }
      steps++;
    }

    @TearDown(Level.Iteration)
    public void report() {
      System.out.printf(
          "(%d steps of 1.6 s so far; %d rollouts of agent-0 begun in this iteration) ",
          steps, rollouts);
      cluster = null;
    }
  }

  /** placement: apply one DaemonSet to the nodes and settle until every pod is Ready. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx512m")
  public Instant placement(Nodes s) {
    BenchCluster.addDaemonSets(s.cluster, 1);
    return s.cluster.settle(SETTLE);
  }

  /**
   * rolling-update: a new image, {@code maxUnavailable: 10%}, until kubectl says "successfully
   * rolled out".
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public Instant rollingUpdate(OneDaemonSet s) {
    String name = BenchCluster.daemonSetName(0);
    BenchCluster.setImage(s.cluster, name, "agent:2");
    while (!BenchCluster.rolledOut(s.cluster, name)) {
      Instant next = s.cluster.clock().nextDue();
      if (next == null) {
        throw new IllegalStateException("the rollout stalled");
      }
      s.cluster.advanceTo(next);
    }
    return s.cluster.now();
  }

  /** node-failure: a tenth of the nodes go down until Unknown and settle, come back and settle. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public Instant nodeFailure(FailingNodes s) throws ApiException {
    s.cluster.nodesDown(s.down);
    s.cluster.settle(SETTLE);
    DaemonSetStatus during = BenchCluster.get(s.cluster, BenchCluster.daemonSetName(0)).status();
    if (during.desiredNumberScheduled() != s.nodes - s.down.size()
        || during.numberMisscheduled() != s.down.size()) {
      throw new IllegalStateException("unexpected status while nodes are down: " + during);
    }
    s.cluster.nodesUp(s.down);
    return s.cluster.settle(SETTLE);
  }

  /**
   * rollout-steps: what the desktop asks of the engine while it plays at 100x: one of the
   * DaemonSets rolls out while the clock moves 1.6 s at a time. One invocation is one step.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
  public Instant rolloutSteps(Rolling s) {
    s.cluster.advance(FRAME_AT_100X);
    return s.cluster.now();
  }

  /**
   * What rollout-steps builds first: the full bench cluster created and settled (50,000 pods
   * Ready).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
  public Cluster buildAndSettle(Loaded s) {
    s.buildAndSettle();
    s.expectAllReady();
    Cluster built = s.cluster;
    s.cluster = null;
    return built;
  }
}
