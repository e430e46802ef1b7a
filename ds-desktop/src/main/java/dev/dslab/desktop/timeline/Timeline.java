package dev.dslab.desktop.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The session's user actions with the virtual time each happened at. The engine is deterministic,
 * so this log and the starting cluster (preset and seed) are the whole session: going back to time
 * T is starting again and replaying the actions up to T (see {@code MainViewModel#rewoundTo}).
 *
 * <p>After going back the later actions are kept, so the slider can go forward again; a new action
 * at that earlier moment drops them, as a new edit drops the redo stack. {@link #later()} says what
 * would be dropped, so that the user is asked first.
 *
 * @param <S> what an action is applied to (the app's view model)
 */
public final class Timeline<S> {
  /** One user action: when, what the history shows, and how to do it again on a fresh session. */
  public record Action<S>(Instant at, String label, Consumer<S> replay) {}

  private final Instant start;
  private final List<Action<S>> actions;
  private int applied;
  private Instant position;
  private Instant horizon;

  public Timeline(Instant start) {
    this(start, new ArrayList<>(), 0, start, start);
  }

  private Timeline(
      Instant start, List<Action<S>> actions, int applied, Instant position, Instant horizon) {
    this.start = start;
    this.actions = actions;
    this.applied = applied;
    this.position = position;
    this.horizon = horizon;
  }

  /** Notes an action done now; actions after it (left over from going back) are dropped. */
  public void record(Instant at, String label, Consumer<S> replay) {
    actions.subList(applied, actions.size()).clear();
    actions.add(new Action<>(at, label, replay));
    applied = actions.size();
    position = at;
    horizon = at;
  }

  /**
   * The clock moved to {@code now}: the slider's end follows it. Playing on from an earlier moment
   * drops what came after it, which no longer happened.
   */
  public void reached(Instant now) {
    if (now.isAfter(position)) {
      position = now;
      actions.subList(applied, actions.size()).clear();
      horizon = now;
    }
  }

  /**
   * The actions kept after going back that going on from here (an action, the clock moving) would
   * drop.
   */
  public List<Action<S>> later() {
    return List.copyOf(actions.subList(applied, actions.size()));
  }

  /** The actions at or before {@code t} (the moment T includes what was done at T), in order. */
  public List<Action<S>> upTo(Instant t) {
    return actions.stream().filter(a -> !a.at().isAfter(t)).toList();
  }

  /**
   * The same log for a session rebuilt at {@code t}: what came later stays, for going forward
   * again.
   */
  public Timeline<S> rewoundTo(Instant t) {
    return new Timeline<>(start, new ArrayList<>(actions), upTo(t).size(), t, horizon);
  }

  public Instant start() {
    return start;
  }

  /** The latest moment the session reached: the slider's end. */
  public Instant horizon() {
    return horizon;
  }

  public Duration length() {
    return Duration.between(start, horizon);
  }

  public List<Action<S>> actions() {
    return List.copyOf(actions);
  }
}
