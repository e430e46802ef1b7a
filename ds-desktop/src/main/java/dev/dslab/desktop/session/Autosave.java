package dev.dslab.desktop.session;

import dev.dslab.session.CommandException;
import dev.dslab.session.SavedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The session written after every change to a recovery file, atomically (dsctl's state file,
 * without the readable snapshot), and removed when the app closes cleanly. A recovery file found at
 * start means the last session ended otherwise (a crash, a kill, power gone): File > Recover
 * session opens it, exactly as it was at its last change.
 */
public final class Autosave {
  private final Path file;
  private int savedLines = -1;

  /** Whether the last write failed: a failure is told once, until a write succeeds again. */
  private boolean failing;

  public Autosave(Path file) {
    this.file = file;
  }

  /** {@code $XDG_STATE_HOME/dslab}, else {@code ~/.local/state/dslab}. */
  public static Path defaultDirectory() {
    String xdg = System.getenv("XDG_STATE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "state");
    return base.resolve("dslab");
  }

  /**
   * This process's file in {@code dir}: {@code autosave-PID.yaml}, so that two windows never share
   * one.
   */
  public static Autosave forThisProcess(Path dir) {
    return new Autosave(dir.resolve("autosave-" + ProcessHandle.current().pid() + ".yaml"));
  }

  /**
   * The newest file left by a process that is gone: a session that did not end cleanly. A file of a
   * process still running belongs to another window and is left alone.
   */
  public static java.util.Optional<Path> leftBehind(Path dir) {
    if (!Files.isDirectory(dir)) {
      return java.util.Optional.empty();
    }
    try (var files = Files.list(dir)) {
      return files
          .filter(
              f -> {
                String name = f.getFileName().toString();
                if (!name.matches("autosave-\\d+\\.yaml")) {
                  return false;
                }
                long pid =
                    Long.parseLong(
                        name.substring("autosave-".length(), name.length() - ".yaml".length()));
                return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
              })
          .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Writes the session when its history grew since the last write: {@code lines} says how long it
   * is (cheap, asked on every frame), {@code state} builds it only when it is written.
   *
   * @return a problem to tell the user (the disk is full, the directory is not writable), the first
   *     time it happens; else null
   */
  public String saveIfChanged(int lines, java.util.function.Supplier<SavedState> state) {
    if (lines == savedLines) {
      return null;
    }
    savedLines = lines;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      state.get().save(file, null);
      failing = false;
      return null;
    } catch (IOException | CommandException e) {
      boolean first = !failing;
      failing = true;
      return first
          ? "cannot autosave to "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); the session goes on, File > Save session still works elsewhere"
          : null;
    }
  }

  /** On a clean exit: nothing to recover. */
  public void discard() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover file only offers a recovery that is not needed
    }
  }
}
