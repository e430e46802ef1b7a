package dev.dslab.desktop.app;

import dev.dslab.desktop.cluster.ClusterChanges;
import dev.dslab.desktop.cluster.ClusterStateAdapter;
import dev.dslab.desktop.cluster.NodeTileViewModel;
import dev.dslab.desktop.cluster.TileActions;
import dev.dslab.desktop.commands.Command;
import dev.dslab.desktop.commands.CommandHistory;
import dev.dslab.desktop.commands.NodeCommands;
import dev.dslab.desktop.commands.NodeEditor;
import dev.dslab.desktop.daemonsets.DaemonSetPanelViewModel;
import dev.dslab.desktop.manifests.ApplyReport;
import dev.dslab.desktop.manifests.ManifestApplier;
import dev.dslab.desktop.notify.NotificationsViewModel;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.desktop.palette.DropPolicy;
import dev.dslab.desktop.palette.PaletteViewModel;
import dev.dslab.desktop.time.SimulationClockViewModel;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Taint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's state and commands. It owns the cluster session and the feature view models,
 * and is the one place where a refused request becomes a notification (the kubectl message the
 * user would have seen). It knows no JavaFX node, stage or dragboard.
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
  private final ManifestApplier applier;
  private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.LIGHT);

  public MainViewModel(Cluster cluster) {
    this.cluster = cluster;
    this.adapter = new ClusterStateAdapter(cluster);
    this.clock = new SimulationClockViewModel(cluster);
    this.daemonSets = new DaemonSetPanelViewModel(cluster, adapter);
    this.commands = new NodeCommands(new NodeEditor(cluster));
    this.applier = new ManifestApplier(cluster);
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
    ClusterChanges changes = adapter.flush();
    daemonSets.onClusterChanged(changes);
    clock.refresh();
    return changes;
  }

  public void step() {
    clock.step();
    refresh();
  }

  // ------------------------------------------------------------------ direct manipulation

  /** Whether dropping this chip on this node would do something (asked on every drag-over). */
  public boolean canDrop(ChipPayload payload, String nodeName) {
    NodeTileViewModel tile = adapter.tile(nodeName);
    return tile != null && DropPolicy.accepts(payload, tile.state());
  }

  /** Drops a chip on a node: an undoable command, if the policy accepts it. */
  public boolean drop(ChipPayload payload, String nodeName) {
    if (!canDrop(payload, nodeName)) {
      return false;
    }
    return run(() -> commands.drop(payload, nodeName));
  }

  public boolean removeLabel(String node, String key) {
    return run(() -> commands.removeLabel(node, key));
  }

  public boolean removeTaint(String node, Taint taint) {
    return run(() -> commands.removeTaint(node, taint));
  }

  public boolean setCordoned(String node, boolean cordoned) {
    return run(() -> commands.setCordoned(node, cordoned));
  }

  public boolean setKubeletRunning(String node, boolean running) {
    return run(() -> commands.setKubeletRunning(node, running));
  }

  public boolean deleteNode(String node) {
    return run(() -> commands.deleteNode(node));
  }

  /** Toolbar "Add node": a Ready worker with the next free name. */
  public boolean addNode() {
    return run(() -> commands.addWorker(Map.of()));
  }

  public boolean undo() {
    return attempt("Undo failed", history::undo);
  }

  public boolean redo() {
    return attempt("Redo failed", history::redo);
  }

  @FunctionalInterface
  private interface CommandSource {
    Command make() throws ApiException;
  }

  @FunctionalInterface
  private interface Request {
    boolean send() throws ApiException;
  }

  private boolean run(CommandSource source) {
    return attempt("Request refused", () -> {
      history.execute(source.make());
      return true;
    });
  }

  private boolean attempt(String title, Request request) {
    try {
      return request.send();
    } catch (ApiException e) {
      notifications.error(title, List.of(e.kubectlMessage()));
      return false;
    } finally {
      refresh();
    }
  }

  // ------------------------------------------------------------------ files

  /** File > Open manifest, or files dropped on the window: the good documents are applied. */
  public ApplyReport openManifests(List<Path> files) {
    List<String> applied = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      ApplyReport report = applier.apply(file);
      applied.addAll(report.applied());
      problems.addAll(report.problems());
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

  // ------------------------------------------------------------------ theme

  public void setTheme(Theme value) {
    theme.set(value);
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
