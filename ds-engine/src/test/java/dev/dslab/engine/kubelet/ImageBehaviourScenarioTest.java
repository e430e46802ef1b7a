package dev.dslab.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code sim image}: containers that start slowly, never become ready, crash, or cannot be pulled.
 */
class ImageBehaviourScenarioTest {
  private static Scenario withImage(ImageBehaviour behaviour) {
    Scenario s = new Scenario().node("n1");
    s.cluster.images().set("nginx:1.27", behaviour);
    return s.apply(Scenario.daemonSet("agent"));
  }

  private static ContainerStatus container(Scenario s) {
    return pod(s).status().containerStatuses().get(0);
  }

  private static Pod pod(Scenario s) {
    return s.pods().get(0);
  }

  @Test
  void startAndStopDelaysFollowTheImage() {
    Scenario s =
        withImage(
            new ImageBehaviour(Duration.ofSeconds(10), Duration.ofSeconds(5), false, null, false));
    s.advance("9");
    assertThat(container(s).state()).isInstanceOf(ContainerState.Waiting.class);
    s.advance("1");
    assertThat(pod(s).status().isReady()).isTrue();
    s.deletePod(pod(s).metadata().name());
    s.advance("4.9");
    assertThat(s.pods()).hasSize(1).allSatisfy(p -> assertThat(p.metadata().isDeleting()).isTrue());
    s.advance("0.1");
    assertThat(s.pods())
        .hasSize(1)
        .allSatisfy(p -> assertThat(p.metadata().isDeleting()).isFalse());
  }

  @Test
  void neverReadyContainerRunsButTheDaemonSetCountsItUnavailable() {
    Scenario s =
        withImage(
                new ImageBehaviour(Duration.ofSeconds(2), Duration.ofSeconds(1), true, null, false))
            .settle();
    assertThat(pod(s).status().phase()).isEqualTo(PodPhase.Running);
    assertThat(container(s).ready()).isFalse();
    assertThat(s.ds("agent").status().numberReady()).isZero();
    assertThat(s.ds("agent").status().numberUnavailable()).isEqualTo(1);
  }

  /** Kubelet image back-off: ErrImagePull, then ImagePullBackOff, retried after 10 s, 20 s, … */
  @Test
  void imageThatCannotBePulledAlternatesErrImagePullAndImagePullBackOff() {
    Scenario s =
        withImage(
            new ImageBehaviour(Duration.ofSeconds(2), Duration.ofSeconds(1), false, null, true));
    s.advance("2");
    assertThat(((ContainerState.Waiting) container(s).state()).reason()).isEqualTo("ErrImagePull");
    assertThat(pod(s).status().phase()).isEqualTo(PodPhase.Pending);
    s.advance("1");
    assertThat(((ContainerState.Waiting) container(s).state()).reason())
        .isEqualTo("ImagePullBackOff");
    s.advance("9");
    assertThat(((ContainerState.Waiting) container(s).state()).reason()).isEqualTo("ErrImagePull");
    s.cluster.images().set("nginx:1.27", ImageBehaviour.DEFAULT);
    s.advance("1");
    s.advance("60");
    assertThat(pod(s).status().isReady()).isTrue();
    assertThat(s.eventReasons("Pod"))
        .contains(
            "Failed: Error: ErrImagePull",
            "Failed: Error: ImagePullBackOff",
            "BackOff: Back-off pulling image \"nginx:1.27\"");
  }

  /** A crashing container: RESTARTS counts up and CrashLoopBackOff waits 10 s, 20 s, 40 s … */
  @Test
  void crashingContainerLoopsWithGrowingBackOff() {
    Scenario s =
        withImage(
            new ImageBehaviour(
                Duration.ofSeconds(2), Duration.ofSeconds(1), false, Duration.ofSeconds(5), false));
    s.advance("7");
    ContainerStatus cs = container(s);
    assertThat(cs.restartCount()).isEqualTo(1);
    assertThat(((ContainerState.Waiting) cs.state()).reason()).isEqualTo("CrashLoopBackOff");
    assertThat(cs.lastState()).isInstanceOf(ContainerState.Terminated.class);
    assertThat(pod(s).status().phase()).isEqualTo(PodPhase.Running);
    assertThat(pod(s).status().isReady()).isFalse();
    s.advance("10");
    assertThat(container(s).state()).isInstanceOf(ContainerState.Running.class);
    assertThat(pod(s).status().isReady()).isTrue();
    s.advance("5");
    assertThat(container(s).restartCount()).isEqualTo(2);
    assertThat(((ContainerState.Waiting) container(s).state()).message())
        .startsWith("back-off 20s");
    assertThat(kubeletBackOff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(kubeletBackOff(6)).isEqualTo(Duration.ofSeconds(300));
    assertThat(kubeletBackOff(20)).isEqualTo(Duration.ofSeconds(300));
  }

  private static Duration kubeletBackOff(int attempt) {
    return Kubelets.backOff(attempt);
  }
}
