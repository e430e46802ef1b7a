package dev.dslab.engine.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.clock.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerLogTest {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final ObjectKey AGENT = new ObjectKey(Kind.DAEMON_SET, "default", "agent");

  @Test
  void entriesAreStampedWithTheVirtualClockInTheOrderWritten() {
    SimClock clock = new SimClock(START);
    ControllerLog log = new ControllerLog(clock);
    log.write("daemonset-controller", AGENT, "first");
    clock.moveTo(START.plus(Duration.ofMillis(5)));
    log.write("daemonset-controller", AGENT, "second");
    assertThat(log.entries())
        .containsExactly(
            new ControllerLogEntry(1, START, "daemonset-controller", AGENT, "first"),
            new ControllerLogEntry(
                2, START.plusMillis(5), "daemonset-controller", AGENT, "second"));
    assertThat(log.entries().get(1))
        .hasToString(
            "2025-01-01T00:00:00.005Z daemonset-controller DaemonSet default/agent: second");
  }

  @Test
  void aFullLogDropsItsOldestEntriesAndKeepsCounting() {
    ControllerLog log = new ControllerLog(new SimClock(START));
    for (int i = 1; i <= ControllerLog.CAPACITY + 3; i++) {
      log.write("daemonset-controller", AGENT, "failure " + i);
    }
    List<ControllerLogEntry> entries = log.entries();
    assertThat(entries).hasSize(ControllerLog.CAPACITY);
    assertThat(entries.get(0).sequence()).isEqualTo(4);
    assertThat(entries.get(0).message()).isEqualTo("failure 4");
    assertThat(log.written()).isEqualTo(ControllerLog.CAPACITY + 3);
  }

  @Test
  void whatTheLogHandsOutDoesNotChangeAfterwardsAndCannotBeChanged() {
    ControllerLog log = new ControllerLog(new SimClock(START));
    log.write("daemonset-controller", AGENT, "first");
    List<ControllerLogEntry> seen = log.entries();
    log.write("daemonset-controller", AGENT, "second");
    assertThat(seen).hasSize(1);
    assertThatThrownBy(seen::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
