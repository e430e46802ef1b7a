package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.session.SavedState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the saved state: separate dsctl processes are killed (SIGKILL) at random moments
 * while they replay, change and save the state. Afterwards the file is always a whole state — the
 * one before the command or the one after — and loads.
 */
class StateCrashSafetyTest {
  // 50 in the gating build; -Dcrash.kills=300 for the figure in the README
  private static final int KILLS = Integer.getInteger("crash.kills", 50);

  @TempDir Path dir;

  private Process dsctl(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Dsctl.class.getName(),
                "--state",
                dir.resolve("state.yaml").toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(new File("/dev/null"))
        .redirectError(new File("/dev/null"))
        .start();
  }

  @Test
  void aKilledCommandLeavesTheOldOrTheNewStateNeverAHalfWrittenOne() throws Exception {
    Path state = dir.resolve("state.yaml");
    assertThat(dsctl("--preset", "kind", "get", "nodes").waitFor(60, TimeUnit.SECONDS)).isTrue();
    // How long one whole command takes here (a JVM start, the replay, the write): the kills are
    // spread over one and a half times that, so that some land before the write and some after on
    // a fast machine and on a loaded one alike.
    long started = System.nanoTime();
    assertThat(dsctl("sim", "nodes", "add", "measure").waitFor(60, TimeUnit.SECONDS)).isTrue();
    int span = (int) Math.max(200, 1.5 * (System.nanoTime() - started) / 1_000_000);
    Random random = new Random(42);
    int completed = 0;
    for (int i = 0; i < KILLS; i++) {
      SavedState previous = SavedState.load(state);
      Process p = dsctl("sim", "nodes", "add", "extra-" + i);
      Thread.sleep(20 + random.nextInt(span));
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      SavedState loaded = SavedState.load(state);
      if (loaded.equals(previous)) {
        continue;
      }
      completed++;
      // the new state is the old history plus exactly this command
      assertThat(loaded.history()).hasSize(previous.history().size() + 1);
      assertThat(loaded.history().get(loaded.history().size() - 1).words())
          .containsExactly("sim", "nodes", "add", "extra-" + i);
    }
    // Both outcomes happened: some commands were killed before their write, some after.
    assertThat(completed).isBetween(1, KILLS - 1);
  }
}
