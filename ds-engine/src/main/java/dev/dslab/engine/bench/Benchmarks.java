package dev.dslab.engine.bench;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.RolloutStatus;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.meta.IntOrString;
import java.time.Instant;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** A timed piece of work: builds what it needs untimed, returns the nanoseconds of the timed part. */
  private interface Run {
    long once() throws ApiException;
  }

  public static void main(String[] args) throws ApiException {
    String which = args.length > 0 ? args[0] : "all";
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (which.equals("all") || which.equals("placement")) {
      measure("placement: " + nodes + " nodes, 1 DaemonSet, apply and settle until every pod is Ready", runs,
          () -> placement(nodes));
    }
    if (which.equals("all") || which.equals("rolling-update")) {
      measure("rolling update: " + nodes + " nodes, maxUnavailable 10%, new image until successfully rolled out",
          runs, () -> rollingUpdate(nodes));
    }
    if (which.equals("all") || which.equals("rollout-steps")) {
      rolloutSteps(nodes, 10);
    }
    if (which.equals("all") || which.equals("node-failure")) {
      measure("node failure: " + nodes + " nodes, 10 DaemonSets, " + nodes / 10 + " nodes down until Unknown, "
          + "then up, settled", runs, () -> nodeFailure(nodes, 10, nodes / 10));
    }
  }

  private static void measure(String what, int runs, Run run) throws ApiException {
    for (int i = 0; i < 2; i++) {
      run.once();
    }
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      times[i] = run.once();
    }
    java.util.Arrays.sort(times);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%s: best %.0f ms, median %.0f ms (%d runs), peak heap %.0f MiB (max heap %.0f MiB)%n",
        what, times[0] / 1e6, times[runs / 2] / 1e6, runs, peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static Cluster cluster(int count) throws ApiException {
    Cluster cluster = new Cluster(1);
    for (int i = 0; i < count; i++) {
      String ip = "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff);
      String cidr = "10." + (128 + (i >> 8)) + "." + (i & 0xff) + ".0/24";
      cluster.api().create(NodeSpecs.worker("node-" + i, ip, cidr)
          .withLabel("topology.kubernetes.io/zone", "zone-" + (i % 3)).build(cluster.now()));
    }
    cluster.reconcile();
    return cluster;
  }

  private static DaemonSet daemonSet(String name) {
    Map<String, String> labels = Map.of("app", name);
    return new DaemonSet(ObjectMeta.named("default", name), new DaemonSetSpec(LabelSelector.ofLabels(labels),
        new PodTemplateSpec(ObjectMeta.named(null).withLabels(labels), PodSpec.of(Container.of(name, name + ":1"))),
        null, 0, null), null);
  }

  /** Builds the nodes (not timed), then times apply + settle. */
  static long placement(int count) throws ApiException {
    Cluster cluster = cluster(count);
    long start = System.nanoTime();
    cluster.api().create(daemonSet("agent"));
    cluster.settle(Duration.ofHours(1));
    long elapsed = System.nanoTime() - start;
    expectReady(cluster, "agent", count);
    return elapsed;
  }

  /** Builds nodes and a settled DaemonSet (not timed), then times a new image until the rollout is done. */
  static long rollingUpdate(int count) throws ApiException {
    Cluster cluster = cluster(count);
    DaemonSet ds = daemonSet("agent");
    ds = ds.withSpec(ds.spec().withUpdateStrategy(new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ROLLING_UPDATE,
        new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0)))));
    cluster.api().create(ds);
    cluster.settle(Duration.ofHours(1));
    long start = System.nanoTime();
    try {
      Rollouts.setImage(cluster, "default", "agent", "agent", "agent:2");
      while (!RolloutStatus.of(Rollouts.daemonSet(cluster, "default", "agent")).done()) {
        Instant next = cluster.clock().nextDue();
        if (next == null) {
          throw new IllegalStateException("the rollout stalled");
        }
        cluster.advanceTo(next);
      }
    } catch (RolloutException e) {
      throw new IllegalStateException(e);
    }
    long elapsed = System.nanoTime() - start;
    expectReady(cluster, "agent", count);
    return elapsed;
  }

  /** Builds nodes and settled DaemonSets (not timed), then times: nodes down, settle, up, settle. */
  static long nodeFailure(int count, int daemonSets, int down) throws ApiException {
    Cluster cluster = cluster(count);
    for (int i = 0; i < daemonSets; i++) {
      cluster.api().create(daemonSet("agent-" + i));
    }
    cluster.settle(Duration.ofHours(1));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < down; i++) {
      names.add("node-" + i);
    }
    long start = System.nanoTime();
    cluster.nodesDown(names);
    cluster.settle(Duration.ofHours(1));
    DaemonSet during = cluster.store().<DaemonSet>get(Kind.DAEMON_SET, "default", "agent-0").orElseThrow();
    if (during.status().desiredNumberScheduled() != count - down || during.status().numberMisscheduled() != down) {
      throw new IllegalStateException("unexpected status while nodes are down: " + during.status());
    }
    cluster.nodesUp(names);
    cluster.settle(Duration.ofHours(1));
    long elapsed = System.nanoTime() - start;
    for (int i = 0; i < daemonSets; i++) {
      expectReady(cluster, "agent-" + i, count);
    }
    return elapsed;
  }

  /**
   * What the desktop app asks of the engine while it plays at 100x: 10 rolling DaemonSets on every
   * node, one of them rolling out a new image, the clock moved 1.6 s (a 60 Hz frame at 100x) at a
   * time. Prints the time to build and settle the cluster, then the median, p99 and worst step.
   */
  static void rolloutSteps(int count, int daemonSets) throws ApiException {
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      Cluster cluster = cluster(count);
      for (int i = 0; i < daemonSets; i++) {
        DaemonSet ds = daemonSet("agent-" + i);
        cluster.api().create(ds.withSpec(ds.spec().withUpdateStrategy(new DaemonSetUpdateStrategy(
            DaemonSetUpdateStrategy.ROLLING_UPDATE, new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0))))));
      }
      cluster.settle(Duration.ofHours(1));
      long built = System.nanoTime() - start;
      List<Long> steps = new ArrayList<>();
      try {
        Rollouts.setImage(cluster, "default", "agent-0", "agent-0", "agent:2");
        while (!RolloutStatus.of(Rollouts.daemonSet(cluster, "default", "agent-0")).done()) {
          long t = System.nanoTime();
          cluster.advance(Duration.ofMillis(1600));
          steps.add(System.nanoTime() - t);
        }
      } catch (RolloutException e) {
        throw new IllegalStateException(e);
      }
      expectReady(cluster, "agent-0", count);
      steps.sort(null);
      System.out.printf(Locale.ROOT, "rollout steps: %d nodes, %d DaemonSets (%d pods) built and settled in %.0f ms; "
              + "%d steps of 1.6 s: median %.1f ms, p99 %.1f ms, worst %.1f ms%n", count, daemonSets,
          cluster.store().count(Kind.POD), built / 1e6, steps.size(), steps.get(steps.size() / 2) / 1e6,
          steps.get(Math.min(steps.size() - 1, steps.size() * 99 / 100)) / 1e6, steps.get(steps.size() - 1) / 1e6);
    }
  }

  private static void expectReady(Cluster cluster, String name, int count) {
    DaemonSet done = cluster.store().<DaemonSet>get(Kind.DAEMON_SET, "default", name).orElseThrow();
    if (done.status().numberReady() != count) {
      throw new IllegalStateException("expected " + count + " ready pods, got " + done.status());
    }
  }
}
