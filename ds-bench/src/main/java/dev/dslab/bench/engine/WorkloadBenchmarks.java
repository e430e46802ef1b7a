package dev.dslab.bench.engine;

import dev.dslab.bench.BenchCluster;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentSpec;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Deployments on the bench cluster (JMH, single shots: each invocation builds a cluster untimed).
 * {@code deployments}: {@code deployments} Deployments {@code web-N} totalling {@code pods} pods
 * (20,000 by default) created on the 5,000 nodes and settled until every replica is available.
 * {@code daemonSetAmongDeployments}: the DaemonSet benchmark's placement on that loaded cluster —
 * one DaemonSet applied and settled while the 20,000 pods are there. A run that did not do its work
 * fails. Run: {@code java -cp 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*'
 * org.openjdk.jmh.Main WorkloadBenchmarks -prof dev.dslab.bench.engine.PeakHeapProfiler}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class WorkloadBenchmarks {
  /** The cluster's size and its Deployments. */
  @State(Scope.Thread)
  public static class Workloads {
    @Param("5000")
    public int nodes;

    @Param("20")
    public int deployments;

    @Param("20000")
    public int pods;

    Cluster cluster;

    void createDeployments() {
      try {
        for (int i = 0; i < deployments; i++) {
          int replicas = pods / deployments + (i < pods % deployments ? 1 : 0);
          cluster.api().create(deployment("web-" + i, replicas));
        }
      } catch (ApiException e) {
        throw new IllegalStateException("the bench's Deployments are valid by construction", e);
      }
    }

    void expectAvailable() {
      int available = 0;
      for (Deployment d : cluster.<Deployment>list(Kind.DEPLOYMENT, BenchCluster.NAMESPACE)) {
        available += d.status().availableReplicas();
      }
      if (available != pods) {
        throw new IllegalStateException(available + " of " + pods + " replicas available");
      }
    }
  }

  /** The nodes only, reconciled. */
  public static class Nodes extends Workloads {
    @Setup(Level.Invocation)
    public void build() {
      cluster = BenchCluster.create(1, nodes, 0);
      cluster.reconcile();
    }

    @TearDown(Level.Invocation)
    public void check() {
      expectAvailable();
      cluster = null;
    }
  }

  /** The nodes and the Deployments, settled. */
  public static class Loaded extends Workloads {
    @Setup(Level.Invocation)
    public void build() {
      cluster = BenchCluster.create(1, nodes, 0);
      createDeployments();
      cluster.settle(EngineBenchmarks.SETTLE);
    }

    @TearDown(Level.Invocation)
    public void check() {
      expectAvailable();
      BenchCluster.expectReady(cluster, BenchCluster.daemonSetName(0), nodes);
      cluster = null;
    }
  }

  /** A Deployment of one container {@code web-N:1} selecting {@code app=web-N}. */
  static Deployment deployment(String name, int replicas) {
    Map<String, String> labels = Map.of("app", name);
    return new Deployment(
        ObjectMeta.named(BenchCluster.NAMESPACE, name),
        new DeploymentSpec(
            replicas,
            LabelSelector.ofLabels(labels),
            new PodTemplateSpec(
                ObjectMeta.named(null).withLabels(labels),
                PodSpec.of(Container.of(name, name + ":1"))),
            null,
            0,
            null,
            false,
            null),
        null);
  }

  @Benchmark
  public Instant deployments(Nodes s) {
    s.createDeployments();
    return s.cluster.settle(EngineBenchmarks.SETTLE);
  }

  @Benchmark
  public Instant daemonSetAmongDeployments(Loaded s) {
    BenchCluster.addDaemonSets(s.cluster, 1);
    return s.cluster.settle(EngineBenchmarks.SETTLE);
  }
}
