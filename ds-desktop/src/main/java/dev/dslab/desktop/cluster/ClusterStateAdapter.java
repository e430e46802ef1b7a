package dev.dslab.desktop.cluster;

import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.log.ControllerLogEntry;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one bridge from the engine to the view: it watches the store, only notes what a change
 * touches (a node name, "DaemonSets", an event), and on {@link #flush()} — once per frame, or after
 * a user action — brings the observable state up to date for just those. A node keeps its {@link
 * NodeTileViewModel} for life, so a pod starting on one of 5,000 nodes redraws one tile.
 *
 * <p>Like the engine it must be used from one thread: the FX application thread.
 */
public final class ClusterStateAdapter {
  /** The event log keeps the newest lines only; older ones are in the engine (dsctl get events). */
  static final int MAX_EVENT_LINES = 1_000;

  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Comparator<NodeTileViewModel> BY_NAME =
      Comparator.comparing(NodeTileViewModel::name);

  private final Cluster cluster;
  private final Map<String, NodeTileViewModel> tilesByName = new HashMap<>();
  private final ObservableList<NodeTileViewModel> tiles = FXCollections.observableArrayList();
  private final ObservableList<NodeTileViewModel> readOnlyTiles =
      FXCollections.unmodifiableObservableList(tiles);
  private final ObservableList<DaemonSetRow> daemonSets = FXCollections.observableArrayList();
  private final ObservableList<String> eventLog = FXCollections.observableArrayList();

  // what the watch noted since the last flush
  private final Set<String> dirtyNodes = new LinkedHashSet<>();
  private boolean daemonSetsDirty;
  private final List<Event> newEvents = new ArrayList<>();

  public ClusterStateAdapter(Cluster cluster) {
    this.cluster = cluster;
    List<NodeTileViewModel> initial = new ArrayList<>();
    for (Node node : cluster.store().<Node>list(Kind.NODE, null)) {
      NodeTileViewModel vm = new NodeTileViewModel(stateOf(node));
      tilesByName.put(vm.name(), vm);
      initial.add(vm);
    }
    tiles.setAll(initial);
    daemonSets.setAll(rows());
    // what happened before the window opened (the preset's history) starts the log
    newEvents.addAll(
        cluster.<Event>list(Kind.EVENT, null).stream()
            .sorted(
                Comparator.comparing(
                    Event::lastTimestamp, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList());
    appendEvents();
    cluster.store().watch(this::noteChange);
  }

  /** The nodes' view models, in name order. */
  public ObservableList<NodeTileViewModel> tiles() {
    return readOnlyTiles;
  }

  public NodeTileViewModel tile(String nodeName) {
    return tilesByName.get(nodeName);
  }

  /** The DaemonSets of every namespace, in namespace and name order. */
  public ObservableList<DaemonSetRow> daemonSets() {
    return daemonSets;
  }

  /** Event lines, oldest first, at most {@value #MAX_EVENT_LINES}. */
  public ObservableList<String> eventLog() {
    return eventLog;
  }

  private void noteChange(WatchEvent e) {
    KubeObject o = e.object();
    Kind kind = e.kind();
    if (kind == Kind.NODE) {
      dirtyNodes.add(o.metadata().name());
    } else if (kind == Kind.POD) {
      noteNodeOf((Pod) o);
      if (e.old() != null) {
        noteNodeOf((Pod) e.old());
      }
    } else if (kind == Kind.DAEMON_SET) {
      daemonSetsDirty = true;
    } else if (kind == Kind.EVENT && e.type() != WatchEvent.Type.DELETED) {
      newEvents.add((Event) o);
    }
    // namespaces, services, revisions and the other kinds: nothing on screen depends on them
  }

  private void noteNodeOf(Pod pod) {
    if (pod.spec().nodeName() != null) {
      dirtyNodes.add(pod.spec().nodeName());
    }
  }

  /** Applies what changed since the last flush to the observable state; cheap when nothing did. */
  public ClusterChanges flush() {
    if (dirtyNodes.isEmpty() && !daemonSetsDirty && newEvents.isEmpty()) {
      return ClusterChanges.NONE;
    }
    Set<String> changed = new LinkedHashSet<>(dirtyNodes);
    boolean nodeSetChanged = false;
    for (String name : dirtyNodes) {
      Node node = cluster.store().<Node>get(Kind.NODE, null, name).orElse(null);
      NodeTileViewModel vm = tilesByName.get(name);
      if (node == null && vm != null) {
        tilesByName.remove(name);
        tiles.remove(vm);
        nodeSetChanged = true;
      } else if (node != null && vm == null) {
        vm = new NodeTileViewModel(stateOf(node));
        tilesByName.put(name, vm);
        int at = Collections.binarySearch(tiles, vm, BY_NAME);
        tiles.add(at < 0 ? -at - 1 : at, vm);
        nodeSetChanged = true;
      } else if (node != null) {
        vm.update(stateOf(node));
      }
      // a pod bound to a node that does not exist (any more) has no tile to change
    }
    dirtyNodes.clear();
    boolean dsChanged = daemonSetsDirty;
    if (daemonSetsDirty) {
      updateRows(rows());
      daemonSetsDirty = false;
    }
    appendEvents();
    return new ClusterChanges(changed, nodeSetChanged, dsChanged);
  }

  private NodeTileState stateOf(Node node) {
    String name = node.metadata().name();
    return NodeTileState.of(node, cluster.store().podsOnNode(name), cluster.kubeletRunning(name));
  }

  private List<DaemonSetRow> rows() {
    return cluster.store().<DaemonSet>list(Kind.DAEMON_SET, null).stream()
        .map(DaemonSetRow::of)
        .toList();
  }

  /**
   * Replaces rows in place when the same DaemonSets are there, so the table keeps its selection.
   */
  private void updateRows(List<DaemonSetRow> fresh) {
    boolean sameKeys = fresh.size() == daemonSets.size();
    for (int i = 0; sameKeys && i < fresh.size(); i++) {
      sameKeys = fresh.get(i).key().equals(daemonSets.get(i).key());
    }
    if (!sameKeys) {
      daemonSets.setAll(fresh);
      return;
    }
    for (int i = 0; i < fresh.size(); i++) {
      if (!fresh.get(i).equals(daemonSets.get(i))) {
        daemonSets.set(i, fresh.get(i));
      }
    }
  }

  /** The sequence number of the last controller log entry shown. */
  private long loggedUpTo;

  private void appendEvents() {
    appendControllerLog();
    if (newEvents.isEmpty()) {
      return;
    }
    // a rollout on 5,000 nodes records thousands of events a frame: only the kept ones are
    // formatted
    List<Event> kept =
        newEvents.subList(Math.max(0, newEvents.size() - MAX_EVENT_LINES), newEvents.size());
    List<String> lines = new ArrayList<>(kept.size());
    for (Event e : kept) {
      lines.add(line(e));
    }
    newEvents.clear();
    eventLog.addAll(lines);
    int excess = eventLog.size() - MAX_EVENT_LINES;
    if (excess > 0) {
      eventLog.remove(0, excess);
    }
  }

  /**
   * What the controllers logged without an event (a failed sync and its back-off) joins the event
   * log as a {@code Log} line, so a sync that keeps failing is seen where the events are.
   */
  private void appendControllerLog() {
    List<String> lines = new ArrayList<>();
    for (ControllerLogEntry e : cluster.controllerLog()) {
      if (e.sequence() > loggedUpTo) {
        lines.add(
            String.format(
                "%s  %-7s  %-22s %-34s %s",
                EVENT_TIME.format(e.time()),
                "Log",
                e.controller(),
                e.object().kind().kindName().toLowerCase(java.util.Locale.ROOT)
                    + "/"
                    + e.object().name(),
                e.message()));
        loggedUpTo = e.sequence();
      }
    }
    eventLog.addAll(lines);
  }

  /** {@code 00:12:41 Normal SuccessfulCreate daemonset/node-exporter Created pod: ...}. */
  static String line(Event e) {
    String when = e.lastTimestamp() == null ? "--:--:--" : EVENT_TIME.format(e.lastTimestamp());
    String object =
        e.involvedObject().kind().toLowerCase(java.util.Locale.ROOT)
            + "/"
            + e.involvedObject().name();
    String count = e.count() > 1 ? " (x" + e.count() + ")" : "";
    return String.format(
        "%s  %-7s  %-22s %-34s %s%s", when, e.type(), e.reason(), object, e.message(), count);
  }
}
