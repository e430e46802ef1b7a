package dev.dslab.desktop.cluster;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One node as the view sees it: its state and the selected DaemonSet's verdict about it. Kept for
 * the node's lifetime by {@link ClusterStateAdapter}, which alone writes its state (the DaemonSet
 * panel writes the overlay); tiles bind to it and are recycled across view models as the grid
 * scrolls.
 */
public final class NodeTileViewModel {
  private final String name;
  private final ReadOnlyObjectWrapper<NodeTileState> state;
  private final ReadOnlyObjectWrapper<DaemonSetOverlay> overlay =
      new ReadOnlyObjectWrapper<>(DaemonSetOverlay.NONE);

  NodeTileViewModel(NodeTileState initial) {
    this.name = initial.name();
    this.state = new ReadOnlyObjectWrapper<>(initial);
  }

  public String name() {
    return name;
  }

  public ReadOnlyObjectProperty<NodeTileState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public NodeTileState state() {
    return state.get();
  }

  public ReadOnlyObjectProperty<DaemonSetOverlay> overlayProperty() {
    return overlay.getReadOnlyProperty();
  }

  public DaemonSetOverlay overlay() {
    return overlay.get();
  }

  void update(NodeTileState value) {
    // records compare by value: an unchanged node costs no redraw
    if (!value.equals(state.get())) {
      state.set(value);
    }
  }

  public void showOverlay(DaemonSetOverlay value) {
    if (!value.equals(overlay.get())) {
      overlay.set(value);
    }
  }
}
