package dev.dslab.desktop.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationClockViewModelTest {
  private final Cluster cluster = new Cluster(1);
  private final SimulationClockViewModel clock = new SimulationClockViewModel(cluster);

  @Test
  void pausedFramesDoNotMoveTime() {
    assertThat(clock.onFrame(1_000_000_000L)).isFalse();
    assertThat(cluster.now()).isEqualTo(Cluster.DEFAULT_START);
  }

  @Test
  void playingAdvancesWallTimeTimesSpeed() {
    clock.play();
    clock.setSpeed(Speed.X10);
    clock.onFrame(100_000_000L);
    assertThat(cluster.now()).isEqualTo(Cluster.DEFAULT_START.plusSeconds(1));
  }

  @Test
  void aLongFrameIsCappedSoPlayingDoesNotJump() {
    clock.play();
    clock.onFrame(10_000_000_000L);
    assertThat(Duration.between(Cluster.DEFAULT_START, cluster.now()))
        .isEqualTo(Duration.ofNanos(SimulationClockViewModel.MAX_FRAME_NANOS));
  }

  @Test
  void stepAdvancesOneSecondAndTheLabelSaysSo() {
    clock.step();
    assertThat(clock.timeTextProperty().get()).isEqualTo("T+00:00:01  2025-01-01 00:00:01Z");
  }

  @Test
  void aSlowEngineStopsAtTheLastInstantWithinTheFrameBudget() {
    long[] wall = {0};
    // every look at the wall clock finds 5 ms more spent: the budget of 6 ms lasts two timed tasks
    SimulationClockViewModel slow =
        new SimulationClockViewModel(cluster, () -> wall[0] += 5_000_000L);
    for (int s = 1; s <= 5; s++) {
      cluster.clock().schedule(Duration.ofSeconds(s), "tick " + s, () -> {});
    }
    slow.play();
    slow.setSpeed(Speed.X100);
    slow.onFrame(100_000_000L); // 10 s of virtual time asked for
    assertThat(cluster.now()).isEqualTo(Cluster.DEFAULT_START.plusSeconds(2));
    assertThat(cluster.clock().pending()).isEqualTo(3);
  }

  @Test
  void aFrameCanStopInTheMiddleOfAnInstantAndTheNextGoesOn() {
    long[] wall = {0};
    SimulationClockViewModel slow =
        new SimulationClockViewModel(cluster, () -> wall[0] += 5_000_000L);
    int[] ran = {0};
    for (int i = 0; i < 4; i++) {
      cluster.clock().schedule(Duration.ofSeconds(1), "tick " + i, () -> ran[0]++);
    }
    slow.play();
    slow.setSpeed(Speed.X10);
    slow.onFrame(200_000_000L); // 2 s asked for; the budget lasts two of the four tasks due at 1 s
    assertThat(cluster.now()).isEqualTo(Cluster.DEFAULT_START.plusSeconds(1));
    assertThat(ran[0]).isEqualTo(2);
    assertThat(cluster.midInstant()).isTrue();
    slow.onFrame(1_000_000L);
    assertThat(ran[0]).isEqualTo(4);
    slow.onFrame(1_000_000L);
    assertThat(cluster.midInstant()).isFalse();
    assertThat(cluster.now()).isAfter(Cluster.DEFAULT_START.plusSeconds(1));
  }

  @Test
  void aFastEngineReachesTheFrameTarget() {
    for (int s = 1; s <= 5; s++) {
      cluster.clock().schedule(Duration.ofSeconds(s), "tick " + s, () -> {});
    }
    clock.play();
    clock.setSpeed(Speed.X100);
    clock.onFrame(100_000_000L);
    assertThat(cluster.now()).isEqualTo(Cluster.DEFAULT_START.plusSeconds(10));
  }
}
