package dev.dslab.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small soak (the README has the 5,000-node one): three virtual hours of random user actions
 * through the view model. What the cluster keeps must stay bounded — events expire an hour after
 * they were last seen whether or not anyone lists them, revisions are cleaned up, no timer is left
 * behind — so that a long session does not grow without end.
 */
class SoakTest {
  @Test
  void hoursOfRandomActionsLeaveTheStoreAndTheClockBounded() {
    List<Soak.Checkpoint> checkpoints = new ArrayList<>();
    Soak.run(200, 3, 3, 200, 7, checkpoints::add);
    assertThat(checkpoints).hasSize(4);
    for (Soak.Checkpoint c : checkpoints) {
      assertThat(c.pods()).as("pods at %s", c).isLessThanOrEqualTo(2 * 210 * 3);
      assertThat(c.revisions()).as("revisions at %s", c).isLessThanOrEqualTo(3 * 12);
      assertThat(c.timers()).as("timers at %s", c).isLessThan(2_000);
    }
    // an hour's events at most: hours 2 and 3 hold no more than hour 1 plus what another hour adds
    int hourOne = checkpoints.get(1).events();
    assertThat(checkpoints.get(3).events()).as("events after three hours").isLessThan(2 * hourOne);
    assertThat(checkpoints.get(3).actions()).isEqualTo(600);
  }
}
