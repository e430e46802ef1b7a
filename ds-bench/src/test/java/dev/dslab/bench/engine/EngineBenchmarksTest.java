package dev.dslab.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.bench.BenchCluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import org.junit.jupiter.api.Test;

/**
 * Each JMH benchmark's workload once, on 30 nodes, as JMH calls it (setup, benchmark, tear-down,
 * which fails unless the work was done): verify compiles the benchmarks and keeps them working, and
 * never measures them.
 */
class EngineBenchmarksTest {
  static final int NODES = 30;
  final EngineBenchmarks benchmarks = new EngineBenchmarks();

  @Test
  void placementSettlesOneDaemonSetOnEveryNode() {
    EngineBenchmarks.Nodes s = new EngineBenchmarks.Nodes();
    s.nodes = NODES;
    s.build();
    assertThat(s.cluster.store().count(Kind.DAEMON_SET)).isZero();
    benchmarks.placement(s);
    s.check();
  }

  @Test
  void rollingUpdateRollsTheNewImageOutToEveryNode() {
    EngineBenchmarks.OneDaemonSet s = new EngineBenchmarks.OneDaemonSet();
    s.nodes = NODES;
    s.build();
    benchmarks.rollingUpdate(s);
    assertThat(BenchCluster.rolledOut(s.cluster, BenchCluster.daemonSetName(0))).isTrue();
    s.check();
  }

  @Test
  void nodeFailureTakesATenthOfTheNodesDownAndBack() throws ApiException {
    EngineBenchmarks.FailingNodes s = new EngineBenchmarks.FailingNodes();
    s.nodes = NODES;
    s.daemonSets = 2;
    s.build();
    assertThat(s.down).hasSize(3);
    benchmarks.nodeFailure(s);
    s.check();
  }

  @Test
  void rolloutStepsKeepARolloutUnderWay() {
    EngineBenchmarks.Rolling s = new EngineBenchmarks.Rolling();
    s.nodes = NODES;
    s.daemonSets = 2;
    s.build();
    // the first rollout ends, and the next step begins another
    for (int i = 0; i < 10_000 && s.rollouts < 2; i++) {
      s.rollingUpdateUnderWay();
      benchmarks.rolloutSteps(s);
    }
    assertThat(s.rollouts).isEqualTo(2);
    assertThat(s.steps).isGreaterThan(2);
    BenchCluster.expectReady(s.cluster, BenchCluster.daemonSetName(1), NODES);
  }

  @Test
  void buildAndSettleBuildsTheWholeBenchCluster() {
    EngineBenchmarks.Loaded s = new EngineBenchmarks.Loaded();
    s.nodes = NODES;
    s.daemonSets = 2;
    assertThat(benchmarks.buildAndSettle(s).store().count(Kind.POD)).isEqualTo(2 * NODES);
  }
}
