package dev.dslab.engine.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.meta.ObjectMeta;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scoring after pkg/scheduler/framework/plugins/noderesources (least_allocated.go,
 * balanced_allocation.go) and schedule_one.go (numFeasibleNodesToFind).
 */
class NodeScoringTest {
  @Test
  void leastAllocatedIsTheFreeShareAveragedOverCpuAndMemory() {
    // cpu 1 of 4 used: (4000-1000)*100/4000 = 75; memory 3 of 4: 25; average 50
    assertThat(NodeScoring.leastAllocated(1000, 4000, 3000, 4000)).isEqualTo(50);
    assertThat(NodeScoring.leastAllocated(5000, 4000, 0, 4000)).isEqualTo(50);
  }

  @Test
  void balancedAllocationIsOneMinusTheDeviationOfTheFractions() {
    // fractions 0.25 and 0.75: std 0.25, score 75
    assertThat(NodeScoring.balancedAllocation(1000, 4000, 3000, 4000)).isEqualTo(75);
    assertThat(NodeScoring.balancedAllocation(2000, 4000, 2000, 4000)).isEqualTo(100);
  }

  @Test
  void feasibleNodesToFindIsAllUpToAHundredThenAnAdaptiveShare() {
    assertThat(NodeScoring.feasibleNodesToFind(50)).isEqualTo(50);
    assertThat(NodeScoring.feasibleNodesToFind(500)).isEqualTo(230); // 46%
    assertThat(NodeScoring.feasibleNodesToFind(5000)).isEqualTo(500); // 10%
    assertThat(NodeScoring.feasibleNodesToFind(10000)).isEqualTo(500); // at least 5%
  }

  @Test
  void aPodGoesToTheNodeWithTheMostFreeResourcesNotTheOneWithFewestPods() {
    Scenario s = new Scenario().node("n1").node("n2");
    TreeMap<String, Quantity> big = new TreeMap<>(Map.of("cpu", Quantity.parse("3")));
    s.create(
            new Pod(
                ObjectMeta.named("default", "heavy"),
                PodSpec.of(
                        Container.of("heavy", "heavy:1")
                            .withResources(new ResourceRequirements(big, null)))
                    .withNodeName("n1"),
                null))
        .create(
            new Pod(
                ObjectMeta.named("default", "light-1"),
                PodSpec.of(Container.of("light", "light:1")).withNodeName("n2"),
                null))
        .create(
            new Pod(
                ObjectMeta.named("default", "light-2"),
                PodSpec.of(Container.of("light", "light:1")).withNodeName("n2"),
                null))
        .create(
            new Pod(
                ObjectMeta.named("default", "new"), PodSpec.of(Container.of("new", "new:1")), null))
        .settle();
    Pod placed =
        s.pods().stream().filter(p -> p.metadata().name().equals("new")).findFirst().orElseThrow();
    assertThat(placed.spec().nodeName()).isEqualTo("n2");
  }
}
