package dev.dslab.desktop.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The nodes as a grid of tiles, virtualised: a ListView whose items are row numbers, each visible
 * row a cell of recycled {@link NodeTile}s. Only the rows on screen exist, so 5,000 nodes cost what
 * a screenful costs; the number of columns follows the width.
 */
public final class ClusterView {
  public static final String STYLE = "cluster-view";
  static final double GAP = 8;

  /** Room for the vertical scroll bar and the list's padding. */
  private static final double CHROME = 28;

  static final double HEADER_HEIGHT = 30;

  private final ObservableList<NodeTileViewModel> tiles;
  private final TileActions actions;
  private final ObservableList<TileGroups.GridRow> rows = FXCollections.observableArrayList();
  private final ListView<TileGroups.GridRow> list = new ListView<>(rows);
  private int columns = 1;
  private String groupKey = TileGroups.NONE;

  public ClusterView(ObservableList<NodeTileViewModel> tiles, TileActions actions) {
    this.tiles = tiles;
    this.actions = actions;
    list.getStyleClass().add(STYLE);
    list.setFocusTraversable(false);
    list.setFixedCellSize(NodeTile.HEIGHT + GAP);
    list.setCellFactory(v -> new RowCell());
    list.setPlaceholder(new Label("No nodes: add one with \"Add node\" or open a Node manifest"));
    list.widthProperty().addListener((o, a, b) -> setColumns(columnsFor(b.doubleValue())));
    // nodes came or went: rows shift, so visible rows rebind (tile changes need nothing: tiles
    // listen)
    tiles.addListener(
        (ListChangeListener<NodeTileViewModel>)
            c -> {
              updateRows();
              list.refresh();
            });
    updateRows();
  }

  /** The part of the window a PNG export shows. */
  public Region node() {
    return list;
  }

  public int columns() {
    return columns;
  }

  /** How many tiles fit across {@code width}. */
  static int columnsFor(double width) {
    return Math.max(1, (int) ((width - CHROME + GAP) / (NodeTile.WIDTH + GAP)));
  }

  /** Sizes the view to show every row at {@code width}: for pictures of the whole cluster. */
  public void fitAll(double width) {
    setColumns(columnsFor(width));
    double height = CHROME;
    for (TileGroups.GridRow row : rows) {
      height += row instanceof TileGroups.Header ? HEADER_HEIGHT : NodeTile.HEIGHT + GAP;
    }
    height = Math.max(height, NodeTile.HEIGHT + GAP + CHROME);
    list.setMinSize(width, height);
    list.setPrefSize(width, height);
    list.setMaxSize(width, height);
  }

  private void setColumns(int value) {
    if (value != columns) {
      columns = value;
      updateRows();
      list.refresh();
    }
  }

  /** Groups the tiles by this label key ({@link TileGroups#NONE}: no grouping). */
  public void setGroupKey(String key) {
    String value = key == null ? TileGroups.NONE : key;
    if (!value.equals(groupKey)) {
      groupKey = value;
      // headers are shorter than tile rows: grouped rows size themselves
      list.setFixedCellSize(TileGroups.NONE.equals(value) ? NodeTile.HEIGHT + GAP : -1);
      updateRows();
      list.refresh();
    }
  }

  public String groupKey() {
    return groupKey;
  }

  /** After a flush: grouped, a label change can move a node to another group. */
  public void onClusterChanged(ClusterChanges changes) {
    if (!TileGroups.NONE.equals(groupKey) && !changes.nodes().isEmpty() && updateRows()) {
      list.refresh();
    }
  }

  /** The rows as they are now (the tests read the layout through this). */
  public List<TileGroups.GridRow> rows() {
    return List.copyOf(rows);
  }

  /**
   * @return whether the rows changed
   */
  private boolean updateRows() {
    List<TileGroups.GridRow> fresh =
        TileGroups.layout(tiles.stream().map(NodeTileViewModel::state).toList(), groupKey, columns);
    if (fresh.equals(rows)) {
      return false;
    }
    rows.setAll(fresh);
    return true;
  }

  /** Scrolls the grid by this many pixels (down when positive): the benchmark's scrolling hand. */
  public void scrollBy(double pixels) {
    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
      flow.scrollPixels(pixels);
    }
  }

  /** Where the grid is scrolled to: the first visible row and how far into it (a row is 1). */
  public double scrollPosition() {
    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
        && flow.getFirstVisibleCell() != null) {
      var first = flow.getFirstVisibleCell();
      return first.getIndex() - first.getLayoutY() / Math.max(1, first.getHeight());
    }
    return 0;
  }

  /** The tile on screen that shows this node, if its row is visible. */
  public Optional<NodeTile> visibleTile(String nodeName) {
    return list.lookupAll("." + NodeTile.STYLE).stream()
        .map(NodeTile.class::cast)
        .filter(
            t -> t.isVisible() && t.viewModel() != null && t.viewModel().name().equals(nodeName))
        .findFirst();
  }

  /** Brings the row of this node into view. */
  public void scrollTo(String nodeName) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r) instanceof TileGroups.Tiles t
          && t.indexes().stream()
              .anyMatch(i -> i < tiles.size() && tiles.get(i).name().equals(nodeName))) {
        list.scrollTo(r);
        return;
      }
    }
  }

  /** One row: a group's header, or tiles reused for whatever row it shows next. */
  private final class RowCell extends ListCell<TileGroups.GridRow> {
    private final HBox box = new HBox(GAP);
    private final Label header = new Label();
    private final List<NodeTile> pool = new ArrayList<>();

    RowCell() {
      getStyleClass().add("tile-row");
      header.getStyleClass().add("group-header");
      header.setMinHeight(HEADER_HEIGHT);
      header.setPrefHeight(HEADER_HEIGHT);
      setText(null);
    }

    @Override
    protected void updateItem(TileGroups.GridRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null || row instanceof TileGroups.Header) {
        pool.forEach(t -> t.bind(null));
        if (row instanceof TileGroups.Header h && !empty) {
          header.setText(h.text());
          setGraphic(header);
        } else {
          setGraphic(null);
        }
        return;
      }
      List<Integer> indexes = ((TileGroups.Tiles) row).indexes();
      while (pool.size() < indexes.size()) {
        pool.add(new NodeTile(actions));
      }
      List<NodeTile> shown = new ArrayList<>(indexes.size());
      for (int i = 0; i < pool.size(); i++) {
        NodeTile tile = pool.get(i);
        if (i < indexes.size() && indexes.get(i) < tiles.size()) {
          tile.bind(tiles.get(indexes.get(i)));
          shown.add(tile);
        } else {
          tile.bind(null);
        }
      }
      box.getChildren().setAll(shown);
      setGraphic(box);
    }
  }
}
