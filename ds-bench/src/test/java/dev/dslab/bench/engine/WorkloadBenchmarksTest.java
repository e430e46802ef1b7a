package dev.dslab.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The Deployment benchmarks' workloads on a few nodes: checked, never timed. */
class WorkloadBenchmarksTest {
  final WorkloadBenchmarks benchmarks = new WorkloadBenchmarks();

  @Test
  void deploymentsSettleWithEveryReplicaAvailable() {
    WorkloadBenchmarks.Nodes s = new WorkloadBenchmarks.Nodes();
    s.nodes = 20;
    s.deployments = 3;
    s.pods = 40;
    s.build();
    benchmarks.deployments(s);
    assertThat(s.cluster.<Deployment>list(Kind.DEPLOYMENT, "default")).hasSize(3);
    s.check();
  }

  @Test
  void aDaemonSetSettlesAmongTheDeployments() {
    WorkloadBenchmarks.Loaded s = new WorkloadBenchmarks.Loaded();
    s.nodes = 20;
    s.deployments = 2;
    s.pods = 30;
    s.build();
    benchmarks.daemonSetAmongDeployments(s);
    s.check();
  }
}
