package dev.dslab.desktop.daemonsets;

import dev.dslab.desktop.cluster.ClusterChanges;
import dev.dslab.desktop.cluster.ClusterStateAdapter;
import dev.dslab.desktop.cluster.DaemonSetOverlay;
import dev.dslab.desktop.cluster.NodeTileViewModel;
import dev.dslab.desktop.daemonsets.DaemonSetRow.DaemonSetKey;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.why.Explainer;
import dev.dslab.engine.why.Explanation;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The DaemonSet table and its selection. Selecting a DaemonSet puts the {@code why} verdict of
 * every node on its tile; as the cluster changes only the changed nodes are explained again, unless
 * so many changed that one pass over all nodes is cheaper.
 */
public final class DaemonSetPanelViewModel {
  /** Above this many changed nodes, one explain of all nodes beats one explain per node. */
  static final int PER_NODE_LIMIT = 32;

  private final Cluster cluster;
  private final ClusterStateAdapter adapter;
  private final ReadOnlyObjectWrapper<DaemonSetKey> selected = new ReadOnlyObjectWrapper<>();

  public DaemonSetPanelViewModel(Cluster cluster, ClusterStateAdapter adapter) {
    this.cluster = cluster;
    this.adapter = adapter;
  }

  public ObservableList<DaemonSetRow> rows() {
    return adapter.daemonSets();
  }

  public ReadOnlyObjectProperty<DaemonSetKey> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Selects a DaemonSet (null: none) and shows its verdict on every tile. */
  public void select(DaemonSetKey key) {
    if (key != null && key.equals(selected.get())) {
      return;
    }
    selected.set(key);
    explainAll();
  }

  /** After a flush: keeps the overlay true for what changed. */
  public void onClusterChanged(ClusterChanges changes) {
    DaemonSetKey key = selected.get();
    if (key == null || !changes.any()) {
      return;
    }
    if (rows().stream().noneMatch(r -> r.key().equals(key))) {
      select(null);
      return;
    }
    // a DaemonSet change (template, selector) or a new node can change every verdict
    if (changes.daemonSetsChanged()
        || changes.nodeSetChanged()
        || changes.nodes().size() > PER_NODE_LIMIT) {
      explainAll();
      return;
    }
    for (String node : changes.nodes()) {
      NodeTileViewModel tile = adapter.tile(node);
      if (tile != null) {
        explain(key, node).ifPresent(e -> tile.showOverlay(DaemonSetOverlay.of(e)));
      }
    }
  }

  private void explainAll() {
    DaemonSetKey key = selected.get();
    if (key == null) {
      adapter.tiles().forEach(t -> t.showOverlay(DaemonSetOverlay.NONE));
      return;
    }
    List<Explanation> all;
    try {
      all = Explainer.explain(cluster, key.namespace(), key.name(), null);
    } catch (ApiException gone) {
      // deleted between the flush and now: nothing to show
      selected.set(null);
      adapter.tiles().forEach(t -> t.showOverlay(DaemonSetOverlay.NONE));
      return;
    }
    for (Explanation e : all) {
      NodeTileViewModel tile = adapter.tile(e.node());
      if (tile != null) {
        tile.showOverlay(DaemonSetOverlay.of(e));
      }
    }
  }

  private java.util.Optional<Explanation> explain(DaemonSetKey key, String node) {
    try {
      return Explainer.explain(cluster, key.namespace(), key.name(), node).stream().findFirst();
    } catch (ApiException gone) {
      return java.util.Optional.empty();
    }
  }
}
