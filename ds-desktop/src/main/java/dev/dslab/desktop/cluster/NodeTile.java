package dev.dslab.desktop.cluster;

import dev.dslab.desktop.palette.ChipFormats;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.model.core.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One node: name and state, label and taint chips, one small chip per pod, and the selected
 * DaemonSet's verdict. Built in code (there are thousands, recycled as the grid scrolls): it binds
 * to one {@link NodeTileViewModel} at a time and redraws only when that changes. State shows as
 * pseudo-classes; every colour is in the stylesheet.
 */
public final class NodeTile extends VBox {
  public static final String STYLE = "node-tile";
  public static final double WIDTH = 210;
  public static final double HEIGHT = 122;

  static final PseudoClass NOT_READY = PseudoClass.getPseudoClass("not-ready");
  static final PseudoClass CORDONED = PseudoClass.getPseudoClass("cordoned");
  static final PseudoClass KUBELET_DOWN = PseudoClass.getPseudoClass("kubelet-down");
  static final PseudoClass SELECTED_DS = PseudoClass.getPseudoClass("selected-ds");
  static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
  static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

  /** At most this many label and taint chips; the tooltip has them all. */
  static final int MAX_CHIPS = 4;

  private final TileActions actions;
  private final Label name = new Label();
  private final Label status = new Label();
  private final Label meta = new Label();
  private final FlowPane chips = new FlowPane(4, 3);
  private final FlowPane pods = new FlowPane(3, 3);
  private final Label why = new Label();
  private final Tooltip tooltip = new Tooltip();
  private final PodChipsView podChips = new PodChipsView(pods);

  /** The same node's state changed: pods that come and go animate. */
  private final ChangeListener<NodeTileState> onState = (o, a, b) -> render(true);

  private final ChangeListener<DaemonSetOverlay> onOverlay = (o, a, b) -> render(true);
  private NodeTileViewModel viewModel;

  public NodeTile(TileActions actions) {
    this.actions = actions;
    getStyleClass().add(STYLE);
    setMinSize(WIDTH, HEIGHT);
    setPrefSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    name.getStyleClass().add("tile-name");
    status.getStyleClass().add("tile-status");
    meta.getStyleClass().add("tile-meta");
    chips.getStyleClass().add("tile-chips");
    pods.getStyleClass().add("tile-pods");
    why.getStyleClass().add("tile-why");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(6, name, spacer, status);
    header.setAlignment(Pos.CENTER_LEFT);
    name.setMinWidth(0);
    // node names share long prefixes (kind-multinodes-worker2) and the end tells them apart, but
    // the start says which cluster and role: cut in the middle, both ends kept
    name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    status.setMinWidth(Region.USE_PREF_SIZE);
    VBox.setVgrow(pods, Priority.ALWAYS);
    getChildren().addAll(header, meta, chips, pods, why);
    Tooltip.install(this, tooltip);
    initDragAndDrop();
    setOnContextMenuRequested(
        e -> {
          if (viewModel != null) {
            contextMenu(viewModel.state()).show(this, e.getScreenX(), e.getScreenY());
          }
          e.consume();
        });
    // Every drag and menu entry from the keyboard: Tab to a tile, then the menu key (or Shift+F10)
    // for the whole menu, or C, D, Delete for cordon, drain and delete.
    setFocusTraversable(true);
    setOnKeyPressed(this::onKey);
  }

  /** Shows another node (or none); the grid calls this as it recycles tiles. */
  public void bind(NodeTileViewModel vm) {
    if (vm == viewModel) {
      return;
    }
    if (viewModel != null) {
      viewModel.stateProperty().removeListener(onState);
      viewModel.overlayProperty().removeListener(onOverlay);
    }
    viewModel = vm;
    if (vm != null) {
      vm.stateProperty().addListener(onState);
      vm.overlayProperty().addListener(onOverlay);
      render(false);
    }
  }

  public NodeTileViewModel viewModel() {
    return viewModel;
  }

  private void render(boolean animate) {
    NodeTileState s = viewModel.state();
    DaemonSetOverlay overlay = viewModel.overlay();
    name.setText(s.name());
    status.setText(s.ready() ? "Ready" : "NotReady");
    List<String> flags = new ArrayList<>();
    flags.add(s.role());
    if (s.cordoned()) {
      flags.add("cordoned");
    }
    if (!s.kubeletRunning()) {
      flags.add("kubelet down");
    }
    meta.setText(String.join(" · ", flags));
    renderChips(s);
    podChips.show(s.pods(), animate);
    why.setText(overlay.headline() == null ? "" : overlay.headline());
    why.setVisible(overlay.headline() != null);
    pseudoClassStateChanged(NOT_READY, !s.ready());
    pseudoClassStateChanged(CORDONED, s.cordoned());
    pseudoClassStateChanged(KUBELET_DOWN, !s.kubeletRunning());
    pseudoClassStateChanged(SELECTED_DS, overlay.selected() && overlay.runsHere());
    pseudoClassStateChanged(EXCLUDED, overlay.selected() && !overlay.runsHere());
    tooltip.setText(tooltipText(s, overlay));
  }

  private void renderChips(NodeTileState s) {
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<String, String> l : s.userLabels().entrySet()) {
      nodes.add(chip(shortKey(l.getKey()) + "=" + l.getValue(), "label-chip"));
    }
    for (Taint t : s.taints()) {
      nodes.add(chip(taintText(t), "taint-chip"));
    }
    if (nodes.size() > MAX_CHIPS) {
      int more = nodes.size() - MAX_CHIPS + 1;
      nodes = new ArrayList<>(nodes.subList(0, MAX_CHIPS - 1));
      nodes.add(chip("+" + more, "more-chip"));
    }
    chips.getChildren().setAll(nodes);
  }

  /**
   * A taint as kubectl writes it, {@code dedicated=db:NoSchedule} ({@code key:Effect} without a
   * value), its key shortened as labels' are: the value is what a toleration must match.
   */
  static String taintText(Taint t) {
    String value = t.value() == null || t.value().isEmpty() ? "" : "=" + t.value();
    return shortKey(t.key()) + value + ":" + t.effect();
  }

  /**
   * {@code topology.kubernetes.io/zone} shows as {@code zone}: tiles are small, the tooltip says it
   * all.
   */
  static String shortKey(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }

  private static Label chip(String text, String style) {
    Label chip = new Label(text);
    chip.getStyleClass().addAll("tile-chip", style);
    return chip;
  }

  private static String tooltipText(NodeTileState s, DaemonSetOverlay overlay) {
    StringBuilder t = new StringBuilder(s.name()).append(" (").append(s.role()).append(")\n");
    t.append(s.ready() ? "Ready" : "NotReady")
        .append(s.cordoned() ? ", cordoned" : "")
        .append(s.kubeletRunning() ? "" : ", kubelet down")
        .append('\n');
    if (!s.taints().isEmpty()) {
      t.append("taints:\n");
      s.taints().forEach(x -> t.append("  ").append(x).append('\n'));
    }
    t.append("labels:\n");
    s.labels().forEach((k, v) -> t.append("  ").append(k).append('=').append(v).append('\n'));
    if (!s.pods().isEmpty()) {
      t.append("pods:\n");
      s.pods().forEach(p -> t.append("  ").append(p.describe()).append('\n'));
    }
    if (overlay.selected() && !overlay.reasons().isEmpty()) {
      t.append("why:\n");
      overlay.reasons().forEach(r -> t.append("  - ").append(r).append('\n'));
    }
    return t.toString().strip();
  }

  // ------------------------------------------------------------------ drag and drop

  private void initDragAndDrop() {
    setOnDragOver(
        e -> {
          Optional<ChipPayload> payload = acceptable(e);
          if (payload.isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    setOnDragEntered(e -> pseudoClassStateChanged(DRAG_OVER, acceptable(e).isPresent()));
    setOnDragExited(e -> pseudoClassStateChanged(DRAG_OVER, false));
    setOnDragDropped(
        e -> {
          Optional<ChipPayload> payload = acceptable(e);
          if (payload.isPresent()) {
            e.setDropCompleted(acceptDrop(payload.get()));
            e.consume();
          }
          pseudoClassStateChanged(DRAG_OVER, false);
        });
  }

  private Optional<ChipPayload> acceptable(DragEvent e) {
    if (viewModel == null) {
      return Optional.empty();
    }
    return ChipFormats.read(e.getDragboard()).filter(p -> actions.canDrop(p, viewModel.name()));
  }

  /** What a drop of this chip does (the drag handlers' last step, and the tests' way in). */
  public boolean acceptDrop(ChipPayload payload) {
    return viewModel != null
        && actions.canDrop(payload, viewModel.name())
        && actions.drop(payload, viewModel.name());
  }

  // ------------------------------------------------------------------ keyboard and context menu

  private void onKey(KeyEvent e) {
    if (viewModel == null) {
      return;
    }
    String node = viewModel.name();
    NodeTileState s = viewModel.state();
    boolean handled = true;
    if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
      javafx.geometry.Bounds b = localToScreen(getBoundsInLocal());
      contextMenu(s).show(this, b.getMinX() + 8, b.getMinY() + 8);
    } else if (e.getCode() == KeyCode.C && !e.isShortcutDown()) {
      actions.setCordoned(node, !s.cordoned());
    } else if (e.getCode() == KeyCode.D && !e.isShortcutDown()) {
      actions.drain(node);
    } else if (e.getCode() == KeyCode.DELETE) {
      actions.deleteNode(node);
    } else {
      handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  ContextMenu contextMenu(NodeTileState s) {
    String node = s.name();
    Menu add = new Menu("Add from palette");
    for (ChipPayload chip : actions.paletteChips()) {
      if (actions.canDrop(chip, node)) {
        add.getItems().add(item(chip.text(), () -> actions.drop(chip, node)));
      }
    }
    add.setDisable(add.getItems().isEmpty());
    Menu labels = new Menu("Remove label");
    s.labels()
        .keySet()
        .forEach(k -> labels.getItems().add(item(k, () -> actions.removeLabel(node, k))));
    labels.setDisable(s.labels().isEmpty());
    Menu taints = new Menu("Remove taint");
    s.taints()
        .forEach(
            t -> taints.getItems().add(item(t.toString(), () -> actions.removeTaint(node, t))));
    taints.setDisable(s.taints().isEmpty());
    return new ContextMenu(
        add,
        labels,
        taints,
        new SeparatorMenuItem(),
        s.cordoned()
            ? item("Uncordon", KeyCode.C, () -> actions.setCordoned(node, false))
            : item("Cordon", KeyCode.C, () -> actions.setCordoned(node, true)),
        item("Drain (evict all but DaemonSet pods)", KeyCode.D, () -> actions.drain(node)),
        s.kubeletRunning()
            ? item("Node down (stop kubelet)", () -> actions.setKubeletRunning(node, false))
            : item("Node up (start kubelet)", () -> actions.setKubeletRunning(node, true)),
        new SeparatorMenuItem(),
        item("Delete node", KeyCode.DELETE, () -> actions.deleteNode(node)));
  }

  /** An entry that shows the key the focused tile answers to. */
  private static MenuItem item(String text, KeyCode key, Runnable action) {
    MenuItem item = item(text, action);
    item.setAccelerator(new KeyCodeCombination(key));
    return item;
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setMnemonicParsing(false);
    item.setOnAction(e -> action.run());
    return item;
  }
}
