package dev.dslab.desktop.app;

import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.cluster.ClusterChanges;
import dev.dslab.desktop.cluster.ClusterStateAdapter;
import dev.dslab.desktop.cluster.NodeTileViewModel;
import dev.dslab.desktop.cluster.TileActions;
import dev.dslab.desktop.cluster.TileGroups;
import dev.dslab.desktop.commands.Command;
import dev.dslab.desktop.commands.CommandHistory;
import dev.dslab.desktop.commands.DaemonSetCommands;
import dev.dslab.desktop.commands.NodeCommands;
import dev.dslab.desktop.commands.RequestRefused;
import dev.dslab.desktop.commands.Requests;
import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.desktop.daemonsets.DaemonSetPanelViewModel;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.manifests.ApplyReport;
import dev.dslab.desktop.notify.NotificationsViewModel;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.desktop.palette.DropPolicy;
import dev.dslab.desktop.palette.PaletteViewModel;
import dev.dslab.desktop.serve.ApiServing;
import dev.dslab.desktop.session.Autosave;
import dev.dslab.desktop.time.SimulationClockViewModel;
import dev.dslab.desktop.time.Speed;
import dev.dslab.desktop.timeline.Timeline;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Taint;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.ClientWrites;
import dev.dslab.session.CommandException;
import dev.dslab.session.Replay;
import dev.dslab.session.RequestRunner;
import dev.dslab.session.SavedState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's state and commands. It owns the cluster session and the feature view models,
 * and is the one place where a refused request becomes a notification (the kubectl message the user
 * would have seen). It knows no JavaFX node, stage or dragboard.
 */
public final class MainViewModel implements TileActions {
  private final Cluster cluster;
  private final ClusterStateAdapter adapter;
  private final SimulationClockViewModel clock;
  private final DaemonSetPanelViewModel daemonSets;
  private final PaletteViewModel palette = new PaletteViewModel();
  private final CommandHistory history = new CommandHistory();
  private final NotificationsViewModel notifications = new NotificationsViewModel();
  private final NodeCommands commands;
  private final DaemonSetCommands daemonSetCommands;
  private final Requests requests;
  private final List<Consumer<ClusterChanges>> changeListeners = new ArrayList<>();
  private final List<Runnable> refreshListeners = new ArrayList<>();

  /** How the session started (a preset, a seed, maybe the demo's lines), or null when unknown. */
  private final SavedState start;

  private Timeline<MainViewModel> timeline;
  private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.LIGHT);
  private final ReadOnlyStringWrapper groupKey = new ReadOnlyStringWrapper(TileGroups.NONE);
  private final ViewChoices choices;

  /**
   * A view of a cluster whose start is unknown (the bench): it cannot go back in time or be saved.
   */
  public MainViewModel(Cluster cluster) {
    this(cluster, null, ViewChoices.inMemory());
  }

  /**
   * A session from a start that is known to replay (a built-in one): no checked failure to handle.
   */
  public static MainViewModel open(SavedState start, ViewChoices choices) {
    try {
      return new MainViewModel(start, choices);
    } catch (CommandException e) {
      throw new IllegalStateException("a built-in start replays: " + e.getMessage(), e);
    }
  }

  /** A session from its start (see {@link dev.dslab.desktop.manifests.StartingCluster}). */
  public MainViewModel(SavedState start) throws CommandException {
    this(start, ViewChoices.inMemory());
  }

  public MainViewModel(SavedState start, ViewChoices choices) throws CommandException {
    this(Replay.cluster(start), start, choices);
  }

  /**
   * {@code cluster} is what {@code start} gives when replayed (null start: unknown). Knowing the
   * start makes the timeline able to go back ({@link #rewoundTo}) and the session able to be saved.
   */
  private MainViewModel(Cluster cluster, SavedState start, ViewChoices choices) {
    this.cluster = cluster;
    this.choices = choices;
    this.start = start;
    this.timeline = new Timeline<>(cluster.now());
    this.adapter = new ClusterStateAdapter(cluster);
    this.clock = new SimulationClockViewModel(cluster);
    this.daemonSets = new DaemonSetPanelViewModel(cluster, adapter);
    this.requests =
        new Requests(cluster, start != null ? start : SavedState.start(cluster.seed(), null));
    this.commands = new NodeCommands(cluster, requests);
    this.daemonSetCommands = new DaemonSetCommands(cluster, requests);
    // as the user left them last time
    theme.set(choices.get(ViewChoices.THEME, Theme.class, Theme.LIGHT));
    clock.setSpeed(choices.get(ViewChoices.SPEED, Speed.class, Speed.X1));
    groupKey.set(choices.get(ViewChoices.GROUP_BY, TileGroups.NONE));
    theme.addListener((o, a, value) -> choices.put(ViewChoices.THEME, value.name()));
    clock
        .speedProperty()
        .addListener((o, a, value) -> choices.put(ViewChoices.SPEED, value.name()));
    groupKey.addListener((o, a, value) -> choices.put(ViewChoices.GROUP_BY, value));
  }

  // ------------------------------------------------------------------ frame

  /**
   * One frame: advance the clock by the wall time that passed (when playing), then bring the view
   * state up to date with whatever changed.
   */
  public ClusterChanges frame(long elapsedWallNanos) {
    clock.onFrame(elapsedWallNanos);
    return refresh();
  }

  /** Applies the engine's changes since the last refresh to the observable state. */
  public ClusterChanges refresh() {
    autosave();
    ClusterChanges changes = adapter.flush();
    daemonSets.onClusterChanged(changes);
    clock.refresh();
    timeline.reached(cluster.now());
    if (changes.any()) {
      changeListeners.forEach(l -> l.accept(changes));
    }
    refreshListeners.forEach(Runnable::run);
    return changes;
  }

  /** Told after every refresh, changes or not (the timeline slider follows the clock on it). */
  public void onRefreshed(Runnable listener) {
    refreshListeners.add(listener);
  }

  /** Told what changed after every refresh that changed something (the grid regroups on it). */
  public void onChanges(Consumer<ClusterChanges> listener) {
    changeListeners.add(listener);
  }

  /**
   * Step: one second on, once the user agrees to drop the actions kept after going back (if any).
   */
  public void step() {
    if (!goOnFromHere()) {
      return;
    }
    clock.step();
    refresh();
  }

  /** Play or pause; playing on from an earlier moment asks first, as any action there does. */
  public boolean setPlaying(boolean playing) {
    if (playing && !goOnFromHere()) {
      return false;
    }
    clock.setPlaying(playing);
    return true;
  }

  // ------------------------------------------------------------------ direct manipulation

  /** Whether dropping this chip on this node would do something (asked on every drag-over). */
  public boolean canDrop(ChipPayload payload, String nodeName) {
    NodeTileViewModel tile = adapter.tile(nodeName);
    return tile != null && DropPolicy.accepts(payload, tile.state());
  }

  public List<ChipPayload> paletteChips() {
    return List.copyOf(palette.chips());
  }

  /** Drops a chip on a node: an undoable command, if the policy accepts it. */
  public boolean drop(ChipPayload payload, String nodeName) {
    if (!canDrop(payload, nodeName)) {
      return false;
    }
    return recorded(
        "drop " + payload.text(),
        v -> v.drop(payload, nodeName),
        run(() -> commands.drop(payload, nodeName)));
  }

  public boolean removeLabel(String node, String key) {
    return recorded(
        "remove label", v -> v.removeLabel(node, key), run(() -> commands.removeLabel(node, key)));
  }

  public boolean removeTaint(String node, Taint taint) {
    return recorded(
        "remove taint",
        v -> v.removeTaint(node, taint),
        run(() -> commands.removeTaint(node, taint)));
  }

  public boolean setCordoned(String node, boolean cordoned) {
    return recorded(
        "cordon",
        v -> v.setCordoned(node, cordoned),
        run(() -> commands.setCordoned(node, cordoned)));
  }

  public boolean setKubeletRunning(String node, boolean running) {
    return recorded(
        "kubelet",
        v -> v.setKubeletRunning(node, running),
        run(() -> commands.setKubeletRunning(node, running)));
  }

  public boolean drain(String node) {
    return recorded("drain", v -> v.drain(node), run(() -> commands.drain(node)));
  }

  public boolean deleteNode(String node) {
    return recorded("delete node", v -> v.deleteNode(node), run(() -> commands.deleteNode(node)));
  }

  /** Toolbar "Add node": a Ready worker with the next free name. */
  public boolean addNode() {
    return recorded("add node", MainViewModel::addNode, run(() -> commands.addWorker(Map.of())));
  }

  /** What the DaemonSet editor opens with, or empty when the DaemonSet is gone. */
  public Optional<DaemonSetEdit> daemonSetEdit(DaemonSetRow.DaemonSetKey key) {
    return cluster
        .store()
        .<DaemonSet>get(Kind.DAEMON_SET, key.namespace(), key.name())
        .map(DaemonSetEdit::of);
  }

  /**
   * The editor's OK: new images or strategy, an undoable command; the rollout then runs on the
   * clock.
   */
  public boolean editDaemonSet(DaemonSetRow.DaemonSetKey key, DaemonSetEdit edit) {
    return recorded(
        "edit " + key.name(),
        v -> v.editDaemonSet(key, edit),
        run(() -> daemonSetCommands.edit(key.namespace(), key.name(), edit)));
  }

  public boolean undo() {
    return recorded("undo", MainViewModel::undo, attempt("Undo failed", history::undo));
  }

  public boolean redo() {
    return recorded("redo", MainViewModel::redo, attempt("Redo failed", history::redo));
  }

  @FunctionalInterface
  private interface CommandSource {
    Command make() throws RequestRefused;
  }

  @FunctionalInterface
  private interface Request {
    boolean send() throws RequestRefused;
  }

  /**
   * Notes a successful action on the timeline, at the time it was done (actions do not move the
   * clock).
   */
  private boolean recorded(String label, Consumer<MainViewModel> replay, boolean done) {
    if (done) {
      timeline.record(cluster.now(), label, replay);
    }
    return done;
  }

  /**
   * A frame may have left the engine in the middle of an instant; a user's request lands on a whole
   * one, as it does when the timeline replays it.
   */
  private void wholeInstant() {
    if (cluster.midInstant()) {
      cluster.reconcile();
    }
  }

  // ------------------------------------------------------------------ timeline

  /**
   * Asked before anything would drop the actions kept after going back: the moment the session
   * would go on from and what the dropped actions were (oldest first); true to drop them and go on.
   */
  @FunctionalInterface
  public interface DiscardQuestion {
    boolean discard(Instant from, List<String> laterActions);
  }

  /** Without a window (the bench, scripts), going on is what was asked for. */
  private DiscardQuestion discardQuestion = (from, later) -> true;

  /**
   * How the user is asked before later actions are dropped (the window: a dialog; tests: an
   * answer).
   */
  public void setDiscardQuestion(DiscardQuestion question) {
    discardQuestion = question;
  }

  /**
   * Whether the session may go on from here: yes when no later actions were kept, otherwise the
   * user's answer. Going on drops them; refused, nothing happens and they stay for the slider.
   */
  private boolean goOnFromHere() {
    List<Timeline.Action<MainViewModel>> later = timeline.later();
    return later.isEmpty()
        || discardQuestion.discard(
            cluster.now(), later.stream().map(Timeline.Action::label).toList());
  }

  public Timeline<MainViewModel> timeline() {
    return timeline;
  }

  /** Whether the session can go back, and be saved: it knows how it started. */
  public boolean canRewind() {
    return start != null;
  }

  /**
   * The session as it was at {@code t}: the starting cluster again, the recorded actions up to
   * {@code t} done again at their times, and the clock advanced to {@code t}. The engine is
   * deterministic, so the store is what it was then. Theme, speed and the later actions (to go
   * forward again) carry over; the window shows the returned view model instead of this one.
   */
  public MainViewModel rewoundTo(Instant t) {
    if (start == null) {
      throw new IllegalStateException("this session does not know the cluster it started from");
    }
    MainViewModel fresh;
    try {
      fresh = new MainViewModel(start, choices);
    } catch (CommandException e) {
      throw new IllegalStateException("the start replayed once already: " + e.getMessage(), e);
    }
    for (Timeline.Action<MainViewModel> action : timeline.upTo(t)) {
      if (action.at().isAfter(fresh.cluster.now())) {
        fresh.cluster.advanceTo(action.at());
      }
      action.replay().accept(fresh);
    }
    if (t.isAfter(fresh.cluster.now())) {
      fresh.cluster.advanceTo(t);
    }
    fresh.timeline = timeline.rewoundTo(t);
    fresh.discardQuestion = discardQuestion;
    fresh.autosave = autosave;
    List.copyOf(fresh.notifications.shown()).forEach(fresh.notifications::dismiss);
    fresh.theme.set(theme.get());
    fresh.clock.setSpeed(clock.speedProperty().get());
    fresh.refresh();
    return fresh;
  }

  private boolean run(CommandSource source) {
    return attempt(
        "Request refused",
        () -> {
          history.execute(source.make());
          return true;
        });
  }

  private boolean attempt(String title, Request request) {
    if (!goOnFromHere()) {
      return false;
    }
    try {
      wholeInstant();
      return request.send();
    } catch (RequestRefused e) {
      notifications.error(title, List.of(e.getMessage()));
      return false;
    } finally {
      refresh();
    }
  }

  // ------------------------------------------------------------------ files

  /**
   * File > Open manifest, or files dropped on the window: {@code kubectl apply -f} of each; the
   * good documents are applied, the bad ones named. Each file is read once; the session keeps what
   * was read, so going back and forth, or opening the saved session, replays the same objects even
   * when the files have changed or gone since.
   */
  public ApplyReport openManifests(List<Path> files) {
    if (!goOnFromHere()) {
      return new ApplyReport(List.of(), List.of());
    }
    wholeInstant();
    List<String> applied = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      RequestRunner.Outcome r =
          requests.run(
              new dev.dslab.session.request.Request.Apply(
                  List.of(file.toAbsolutePath().toString()), null, false));
      timeline.record(cluster.now(), "apply " + file.getFileName(), v -> v.replayApply(r.line()));
      applied.addAll(lines(r.out()));
      problems.addAll(lines(r.err()));
    }
    ApplyReport all = new ApplyReport(applied, problems);
    if (!applied.isEmpty()) {
      notifications.info("Applied", applied);
    }
    if (all.hasProblems()) {
      notifications.error("Problems in the manifests", problems);
    }
    refresh();
    return all;
  }

  /** An apply the timeline replays, with the manifests as they were read. */
  private void replayApply(SavedState.Line line) {
    requests.run(line);
    refresh();
  }

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  // ------------------------------------------------------------------ autosave

  private Autosave autosave;

  /**
   * Writes the session to {@code autosave} after every change from now on (the same file across
   * rewinds).
   */
  public void setAutosave(Autosave value) {
    autosave = value;
    autosave();
  }

  private void autosave() {
    if (autosave == null || start == null) {
      return;
    }
    String problem = autosave.saveIfChanged(requests.lines(), requests::state);
    if (problem != null) {
      notifications.error("Autosave failed", List.of(problem));
    }
  }

  // ------------------------------------------------------------------ serving the API

  private final ApiServing api = new ApiServing();

  /**
   * View > Serve API: the cluster over the Kubernetes API, as {@code dsctl serve} serves it, so
   * that kubectl works on what the window shows. Requests run on {@code engineThread}; each write
   * is recorded in the session and on the timeline as the request that repeats it. Writes the
   * kubeconfig to {@code kubeconfig}.
   */
  public boolean setServing(
      boolean on, java.util.concurrent.Executor engineThread, Path kubeconfig) {
    if (on == api.isServing()) {
      return true;
    }
    // kubectl's writes would go on from this moment: the later actions are the user's to drop
    if (on && !goOnFromHere()) {
      return false;
    }
    if (!on) {
      api.close();
      notifications.info("API stopped", List.of("kubectl no longer reaches this window"));
      return true;
    }
    try {
      String server = api.start(cluster, engineThread, kubeconfig, this::apiWrote);
      notifications.info(
          "Serving the Kubernetes API",
          List.of(server, "export KUBECONFIG=" + kubeconfig.toAbsolutePath()));
      return true;
    } catch (java.io.IOException e) {
      notifications.error("Cannot serve the API", List.of(e.getMessage()));
      return false;
    }
  }

  /** On the engine's thread (this one): a client's write joins the session and the timeline. */
  private void apiWrote(String verb, KubeObject object, boolean statusOnly) {
    ClientWrites.submission(verb, object, statusOnly, cluster.api().kinds())
        .map(dev.dslab.session.Submission::line)
        .ifPresent(
            line -> {
              requests.record(line);
              timeline.record(
                  cluster.now(),
                  "kubectl "
                      + verb
                      + " "
                      + object.kind().toLowerCase(java.util.Locale.ROOT)
                      + "/"
                      + object.metadata().name(),
                  v -> v.requests.run(line));
            });
  }

  public ReadOnlyBooleanProperty servingProperty() {
    return api.servingProperty();
  }

  /** The port the API is served on, or -1. */
  public int servedPort() {
    return api.port();
  }

  // ------------------------------------------------------------------ session file

  /**
   * File > Save session: dsctl's state file (the start, every request as a dsctl command line with
   * the manifests it read, the clock), written atomically. {@code dsctl --state FILE} goes on from
   * it.
   */
  public boolean saveSession(Path file) {
    if (start == null) {
      notifications.error("Cannot save", List.of("this session does not know how it started"));
      return false;
    }
    wholeInstant();
    try {
      requests.state().save(file, cluster);
      notifications.info("Saved", List.of(file.toString()));
      return true;
    } catch (CommandException e) {
      notifications.error("Cannot save", List.of(e.getMessage()));
      return false;
    }
  }

  /**
   * File > Open session: the session a dsctl state file holds (saved by the app or made by dsctl
   * commands), replayed; empty, with a notification naming the file and the problem, when it cannot
   * be opened — this session is left as it is.
   */
  public Optional<MainViewModel> openSession(Path file) {
    try {
      MainViewModel opened = new MainViewModel(SavedState.load(file), choices);
      opened.autosave = autosave;
      opened.notifications.info("Opened", List.of(file.toString()));
      return Optional.of(opened);
    } catch (CommandException e) {
      notifications.error("Cannot open session", List.of(e.getMessage()));
      return Optional.empty();
    }
  }

  /** How the session stands now, as the state file keeps it. */
  public SavedState sessionState() {
    wholeInstant();
    return requests.state();
  }

  // ------------------------------------------------------------------ theme

  public void setTheme(Theme value) {
    theme.set(value);
  }

  /** The label key the tiles are grouped by ({@link TileGroups#NONE} for one grid). */
  public void setGroupKey(String key) {
    groupKey.set(key == null ? TileGroups.NONE : key);
  }

  public ReadOnlyStringProperty groupKeyProperty() {
    return groupKey.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Theme> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  // ------------------------------------------------------------------ parts

  public Cluster cluster() {
    return cluster;
  }

  public ClusterStateAdapter clusterState() {
    return adapter;
  }

  public SimulationClockViewModel clock() {
    return clock;
  }

  public DaemonSetPanelViewModel daemonSets() {
    return daemonSets;
  }

  public PaletteViewModel palette() {
    return palette;
  }

  public CommandHistory history() {
    return history;
  }

  public NotificationsViewModel notifications() {
    return notifications;
  }
}
