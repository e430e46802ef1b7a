package dev.dslab.desktop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodChipStateTest {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
  private static final Pod POD =
      new Pod(
          ObjectMeta.named("default", "p"),
          PodSpec.of(Container.of("c", "img")).withNodeName("n1"),
          null);

  private static Pod waiting(String reason) {
    return POD.withStatus(
        PodStatus.pending()
            .withContainerStatuses(
                List.of(
                    new ContainerStatus(
                        "c",
                        "img",
                        false,
                        0,
                        false,
                        new ContainerState.Waiting(reason, null),
                        null))));
  }

  @Test
  void readsKubectlsStatusCoarsely() {
    assertThat(PodChipState.of(POD)).isEqualTo(PodChipState.PENDING);
    assertThat(PodChipState.of(waiting("ContainerCreating")))
        .isEqualTo(PodChipState.CONTAINER_CREATING);
    assertThat(PodChipState.of(waiting("CrashLoopBackOff"))).isEqualTo(PodChipState.FAILED);
    assertThat(PodChipState.of(waiting("ImagePullBackOff"))).isEqualTo(PodChipState.FAILED);
    assertThat(PodChipState.of(POD.withStatus(POD.status().withPhase(PodPhase.Running))))
        .isEqualTo(PodChipState.NOT_READY);
    assertThat(PodChipState.of(POD.withStatus(POD.status().withPhase(PodPhase.Failed))))
        .isEqualTo(PodChipState.FAILED);
  }

  @Test
  void deletingWinsOverEverythingButTheEnd() {
    Pod deleting = POD.withMetadata(POD.metadata().withDeletion(T, 30L));
    assertThat(PodChipState.of(deleting)).isEqualTo(PodChipState.TERMINATING);
    assertThat(
            PodChipState.of(deleting.withStatus(deleting.status().withPhase(PodPhase.Succeeded))))
        .isEqualTo(PodChipState.COMPLETED);
  }
}
