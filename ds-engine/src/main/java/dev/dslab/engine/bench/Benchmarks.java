package dev.dslab.engine.bench;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The placement benchmark of the README: N nodes, one DaemonSet applied, the clock settled until
 * every pod is Ready. Prints wall time (best and median of the measured runs, after warm-up) and
 * the peak heap. A command, not a test: timings belong in the README, never in assertions.
 *
 * <p>Run: {@code java -Xmx512m -p ds-cli/target/lib -m dev.dslab.engine/dev.dslab.engine.bench.Benchmarks [NODES] [RUNS]}
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws ApiException {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int i = 0; i < 2; i++) {
      placement(nodes);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      times[i] = placement(nodes);
    }
    java.util.Arrays.sort(times);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "placement: %d nodes, 1 DaemonSet, settle until Ready: best %.0f ms, median %.0f ms"
        + " (%d runs), peak heap %.0f MiB (max heap %.0f MiB)%n", nodes, times[0] / 1e6, times[runs / 2] / 1e6, runs,
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /** One run: builds the nodes (not timed), then times apply + settle. */
  static long placement(int count) throws ApiException {
    Cluster cluster = new Cluster(1);
    for (int i = 0; i < count; i++) {
      String ip = "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff);
      String cidr = "10." + (128 + (i >> 8)) + "." + (i & 0xff) + ".0/24";
      cluster.api().create(NodeSpecs.worker("node-" + i, ip, cidr)
          .withLabel("topology.kubernetes.io/zone", "zone-" + (i % 3)).build(cluster.now()));
    }
    cluster.reconcile();
    Map<String, String> labels = Map.of("app", "agent");
    DaemonSet ds = new DaemonSet(ObjectMeta.named("default", "agent"), new DaemonSetSpec(LabelSelector.ofLabels(labels),
        new PodTemplateSpec(ObjectMeta.named(null).withLabels(labels), PodSpec.of(Container.of("agent", "agent:1"))),
        null, 0, null), null);
    long start = System.nanoTime();
    cluster.api().create(ds);
    cluster.settle(Duration.ofHours(1));
    long elapsed = System.nanoTime() - start;
    DaemonSet done = cluster.store().<DaemonSet>get(Kind.DAEMON_SET, "default", "agent").orElseThrow();
    if (done.status().numberReady() != count) {
      throw new IllegalStateException("expected " + count + " ready pods, got " + done.status());
    }
    return elapsed;
  }
}
