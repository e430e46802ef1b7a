package dev.dslab.desktop.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

  private final ObservableList<NodeTileViewModel> tiles;
  private final TileActions actions;
  private final ObservableList<Integer> rows = FXCollections.observableArrayList();
  private final ListView<Integer> list = new ListView<>(rows);
  private int columns = 1;

  public ClusterView(ObservableList<NodeTileViewModel> tiles, TileActions actions) {
    this.tiles = tiles;
    this.actions = actions;
    list.getStyleClass().add(STYLE);
    list.setFocusTraversable(false);
    list.setFixedCellSize(NodeTile.HEIGHT + GAP);
    list.setCellFactory(v -> new RowCell());
    list.setPlaceholder(new javafx.scene.control.Label("No nodes: add one with \"Add node\" or open a Node manifest"));
    list.widthProperty().addListener((o, a, b) -> setColumns(columnsFor(b.doubleValue())));
    // nodes came or went: rows shift, so visible rows rebind (tile changes need nothing: tiles listen)
    tiles.addListener((ListChangeListener<NodeTileViewModel>) c -> {
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
    double height = Math.max(1, rows.size()) * list.getFixedCellSize() + CHROME;
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

  private void updateRows() {
    int count = (tiles.size() + columns - 1) / columns;
    if (count != rows.size()) {
      rows.setAll(IntStream.range(0, count).boxed().toList());
    }
  }

  /** The tile on screen that shows this node, if its row is visible. */
  public Optional<NodeTile> visibleTile(String nodeName) {
    return list.lookupAll("." + NodeTile.STYLE).stream()
        .map(NodeTile.class::cast)
        .filter(t -> t.isVisible() && t.viewModel() != null && t.viewModel().name().equals(nodeName))
        .findFirst();
  }

  /** Brings the row of this node into view. */
  public void scrollTo(String nodeName) {
    for (int i = 0; i < tiles.size(); i++) {
      if (tiles.get(i).name().equals(nodeName)) {
        list.scrollTo(i / columns);
        return;
      }
    }
  }

  /** One row of tiles; its tiles are reused for whatever row it shows next. */
  private final class RowCell extends ListCell<Integer> {
    private final HBox box = new HBox(GAP);
    private final List<NodeTile> pool = new ArrayList<>();

    RowCell() {
      getStyleClass().add("tile-row");
      setText(null);
    }

    @Override
    protected void updateItem(Integer row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        pool.forEach(t -> t.bind(null));
        setGraphic(null);
        return;
      }
      while (pool.size() < columns) {
        pool.add(new NodeTile(actions));
      }
      List<NodeTile> shown = new ArrayList<>(columns);
      for (int i = 0; i < pool.size(); i++) {
        int index = row * columns + i;
        NodeTile tile = pool.get(i);
        if (i < columns && index < tiles.size()) {
          tile.bind(tiles.get(index));
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
