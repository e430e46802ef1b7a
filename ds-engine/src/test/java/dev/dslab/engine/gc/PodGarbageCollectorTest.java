package dev.dslab.engine.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

/**
 * PodGC's terminated pass (podgc.gcTerminated): beyond the threshold, the oldest terminated pods
 * go.
 */
class PodGarbageCollectorTest {
  @Test
  void keepsAtMostTheThresholdOfTerminatedPodsDeletingTheOldest() throws ApiException {
    Scenario s = new Scenario().node("n1");
    new PodGarbageCollector(s.cluster.api(), s.cluster.clock(), 2);
    for (int i = 0; i < 4; i++) {
      Pod pod =
          s.cluster
              .api()
              .create(
                  new Pod(
                      ObjectMeta.named("default", "job-" + i),
                      PodSpec.of(Container.of("c", "busybox")).withRestartPolicy("Never"),
                      null));
      s.advance("3");
      Pod running =
          s.pods().stream()
              .filter(p -> p.metadata().name().equals(pod.metadata().name()))
              .findFirst()
              .orElseThrow();
      s.cluster
          .api()
          .updateStatus(
              running
                  .withStatus(running.status().withPhase(PodPhase.Succeeded))
                  .withMetadata(running.metadata().withResourceVersion(null)));
    }
    s.cluster.reconcile();
    assertThat(s.pods()).hasSize(4);
    s.settle();
    assertThat(s.pods()).extracting(p -> p.metadata().name()).containsExactly("job-2", "job-3");
  }
}
