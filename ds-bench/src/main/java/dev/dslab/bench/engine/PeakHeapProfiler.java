package dev.dslab.bench.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * The peak heap of the measured iterations, the figure the README gives next to the times, taken as
 * the engine's benchmarks took it before JMH: one full collection after the warm-up, the heap
 * pools' peaks reset then, and their peaks added up after each measured iteration (setups included;
 * the largest is reported). {@code -prof dev.dslab.bench.engine.PeakHeapProfiler}.
 */
public final class PeakHeapProfiler implements InternalProfiler {
  /**
   * The benchmark (with its parameters) whose measurement has begun: the peaks were reset for it.
   */
  private String measuring;

  @Override
  public String getDescription() {
    return "peak heap of the measured iterations (the heap pools' peaks added up, reset after the warm-up)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    if (iterationParams.getType() != IterationType.MEASUREMENT
        || benchmarkParams.id().equals(measuring)) {
      return;
    }
    measuring = benchmarkParams.id();
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return List.of(new ScalarResult("peak.heap", peak / 1048576.0, "MiB", AggregationPolicy.MAX));
  }
}
