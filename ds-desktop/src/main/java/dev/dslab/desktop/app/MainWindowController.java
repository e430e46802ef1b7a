package dev.dslab.desktop.app;

import dev.dslab.desktop.cluster.ClusterView;
import dev.dslab.desktop.cluster.NodeTileViewModel;
import dev.dslab.desktop.cluster.TileGroups;
import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.daemonsets.DaemonSetRow.DaemonSetKey;
import dev.dslab.desktop.export.SnapshotExporter;
import dev.dslab.desktop.notify.NotificationPane;
import dev.dslab.desktop.palette.PaletteView;
import dev.dslab.desktop.time.Speed;
import dev.dslab.model.core.TaintEffect;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window's controller: binds the FXML controls to {@link MainViewModel} and forwards their
 * actions. File dialogs and the PNG export live here because they need a window and a node.
 */
public final class MainWindowController {
  private final MainViewModel vm;
  private ClusterView clusterView;

  @FXML private StackPane rootPane;
  @FXML private StackPane clusterHost;
  @FXML private MenuItem undoItem;
  @FXML private MenuItem editDaemonSetItem;
  @FXML private javafx.scene.control.CheckMenuItem serveApiItem;
  @FXML private MenuItem redoItem;
  @FXML private RadioMenuItem lightThemeItem;
  @FXML private RadioMenuItem darkThemeItem;
  @FXML private ToggleButton playButton;
  @FXML private Button stepButton;
  @FXML private ToggleButton speed1Button;
  @FXML private ToggleButton speed10Button;
  @FXML private ToggleButton speed100Button;
  @FXML private Button addNodeButton;
  @FXML private Button undoButton;
  @FXML private Button redoButton;
  @FXML private Label timeLabel;
  @FXML private ComboBox<String> groupByBox;
  @FXML private HBox timelineBar;
  @FXML private Slider timelineSlider;
  @FXML private Label timelineLabel;
  private Consumer<MainViewModel> onRewind = fresh -> {};
  private boolean showingTimeline;
  @FXML private TableView<DaemonSetRow> daemonSetTable;
  @FXML private TableColumn<DaemonSetRow, String> namespaceColumn;
  @FXML private TableColumn<DaemonSetRow, String> nameColumn;
  @FXML private TableColumn<DaemonSetRow, Integer> desiredColumn;
  @FXML private TableColumn<DaemonSetRow, Integer> currentColumn;
  @FXML private TableColumn<DaemonSetRow, Integer> readyColumn;
  @FXML private TableColumn<DaemonSetRow, Integer> upToDateColumn;
  @FXML private TableColumn<DaemonSetRow, Integer> availableColumn;
  @FXML private FlowPane paletteChips;
  @FXML private TextField chipKeyField;
  @FXML private TextField chipValueField;
  @FXML private ComboBox<TaintEffect> chipEffectBox;
  @FXML private ListView<String> historyList;
  @FXML private ListView<String> eventLog;
  @FXML private VBox notificationArea;

  private java.util.function.BiFunction<DaemonSetKey, DaemonSetEdit, Optional<DaemonSetEdit>>
      editorFactory =
          (key, initial) ->
              DaemonSetEditorController.dialog(rootPane.getScene().getWindow(), key.name(), initial)
                  .showAndWait();

  public MainWindowController(MainViewModel vm) {
    this.vm = vm;
  }

  @FXML
  private void initialize() {
    clusterView = new ClusterView(vm.clusterState().tiles(), vm);
    clusterHost.getChildren().add(clusterView.node());
    vm.onChanges(clusterView::onClusterChanged);
    initGroupBy();
    initTimeline();
    initToolbar();
    initDaemonSetTable();
    new PaletteView(vm.palette(), paletteChips);
    chipEffectBox.getItems().setAll(TaintEffect.values());
    historyList.setItems(vm.history().entries());
    eventLog.setItems(vm.clusterState().eventLog());
    eventLog
        .getItems()
        .addListener(
            (ListChangeListener<String>) c -> eventLog.scrollTo(eventLog.getItems().size() - 1));
    eventLog.scrollTo(eventLog.getItems().size() - 1);
    new NotificationPane(vm.notifications(), notificationArea);
    initFileDrop();
    vm.setDiscardQuestion(
        (from, later) ->
            DiscardLaterController.dialog(
                    window(),
                    hms(Duration.between(vm.timeline().start(), from).getSeconds()),
                    later)
                .showAndWait()
                .orElse(false));
  }

  private void initGroupBy() {
    groupByBox.getItems().setAll(groupKeys());
    // the key chosen last time, if this cluster's nodes have it
    String saved = vm.groupKeyProperty().get();
    groupByBox.setValue(groupByBox.getItems().contains(saved) ? saved : TileGroups.NONE);
    clusterView.setGroupKey(groupByBox.getValue());
    // label keys come and go: the choices are read again whenever the list opens
    groupByBox.setOnShowing(
        e -> {
          String current = groupByBox.getValue();
          groupByBox.getItems().setAll(groupKeys());
          groupByBox.setValue(current);
        });
    groupByBox
        .valueProperty()
        .addListener(
            (o, a, key) -> {
              if (key != null) {
                clusterView.setGroupKey(key);
                vm.setGroupKey(key);
              }
            });
  }

  private List<String> groupKeys() {
    return TileGroups.keys(
        vm.clusterState().tiles().stream().map(NodeTileViewModel::state).toList());
  }

  /** Toolbar "Group by" (the tests choose through this). */
  public void groupBy(String key) {
    if (!groupByBox.getItems().contains(key)) {
      groupByBox.getItems().add(key);
    }
    groupByBox.setValue(key);
  }

  private void initTimeline() {
    timelineBar.setDisable(!vm.canRewind());
    vm.onRefreshed(this::showTimeline);
    showTimeline();
    // a drag rewinds when released; a click on the track at once
    timelineSlider
        .valueChangingProperty()
        .addListener(
            (o, was, changing) -> {
              if (!changing) {
                rewindToSlider();
              }
            });
    timelineSlider
        .valueProperty()
        .addListener(
            (o, a, value) -> {
              if (timelineSlider.isValueChanging()) {
                timelineLabel.setText(timelineText(value.doubleValue()));
              } else if (!showingTimeline) {
                rewindToSlider();
              }
            });
  }

  private void showTimeline() {
    if (timelineSlider.isValueChanging()) {
      return;
    }
    showingTimeline = true;
    timelineSlider.setMax(Math.max(1, vm.timeline().length().toMillis() / 1000.0));
    timelineSlider.setValue(
        Duration.between(vm.timeline().start(), vm.cluster().now()).toMillis() / 1000.0);
    showingTimeline = false;
    timelineLabel.setText(timelineText(timelineSlider.getValue()));
  }

  private String timelineText(double seconds) {
    return hms((long) seconds) + " / " + hms(vm.timeline().length().getSeconds());
  }

  private static String hms(long s) {
    return String.format("T+%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  private void rewindToSlider() {
    Instant t = vm.timeline().start().plusMillis(Math.round(timelineSlider.getValue() * 1000));
    if (vm.canRewind()
        && Duration.between(t, vm.cluster().now()).abs().compareTo(Duration.ofSeconds(1)) >= 0) {
      rewindTo(t);
    } else {
      showTimeline();
    }
  }

  /** Shows the session as it was at {@code t} (the timeline slider; the tests call it directly). */
  public void rewindTo(Instant t) {
    vm.clock().pause();
    onRewind.accept(vm.rewoundTo(t));
  }

  /**
   * Told the view model of the session rebuilt when the timeline goes back (the window shows it).
   */
  public void setOnRewind(Consumer<MainViewModel> handler) {
    onRewind = handler;
  }

  private void initToolbar() {
    timeLabel.textProperty().bind(vm.clock().timeTextProperty());
    vm.clock().playingProperty().addListener((o, a, playing) -> showPlaying(playing));
    showPlaying(vm.clock().playingProperty().get());
    speed1Button.setUserData(Speed.X1);
    speed10Button.setUserData(Speed.X10);
    speed100Button.setUserData(Speed.X100);
    showSpeed(vm.clock().speedProperty().get());
    vm.clock().speedProperty().addListener((o, a, speed) -> showSpeed(speed));
    undoButton.disableProperty().bind(vm.history().canUndoProperty().not());
    undoItem.disableProperty().bind(vm.history().canUndoProperty().not());
    redoButton.disableProperty().bind(vm.history().canRedoProperty().not());
    redoItem.disableProperty().bind(vm.history().canRedoProperty().not());
    vm.themeProperty()
        .addListener(
            (o, a, theme) ->
                (theme == Theme.DARK ? darkThemeItem : lightThemeItem).setSelected(true));
  }

  private void showSpeed(Speed speed) {
    for (ToggleButton b : List.of(speed1Button, speed10Button, speed100Button)) {
      b.setSelected(b.getUserData() == speed);
    }
  }

  private void showPlaying(boolean playing) {
    playButton.setSelected(playing);
    playButton.setText(playing ? "Pause" : "Play");
  }

  private void initDaemonSetTable() {
    // NAME as kubectl prints it; the namespace is in the row's tooltip
    namespaceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().namespace()));
    nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
    daemonSetTable.setRowFactory(
        t ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(DaemonSetRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(
                    empty || row == null
                        ? null
                        : new javafx.scene.control.Tooltip(row.key().toString()));
              }
            });
    number(desiredColumn, DaemonSetRow::desired);
    number(currentColumn, DaemonSetRow::current);
    number(readyColumn, DaemonSetRow::ready);
    number(upToDateColumn, DaemonSetRow::upToDate);
    number(availableColumn, DaemonSetRow::available);
    daemonSetTable.setItems(vm.daemonSets().rows());
    // double-click or Enter on a row, the row's menu, or Edit > Edit DaemonSet: the editor
    daemonSetTable.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2
              && daemonSetTable.getSelectionModel().getSelectedItem() != null) {
            editDaemonSet();
          }
        });
    daemonSetTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            editDaemonSet();
          }
        });
    MenuItem edit = new MenuItem("Edit image and strategy…");
    edit.setOnAction(e -> editDaemonSet());
    daemonSetTable.setContextMenu(new javafx.scene.control.ContextMenu(edit));
    editDaemonSetItem.disableProperty().bind(vm.daemonSets().selectedProperty().isNull());
    daemonSetTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              if (row != null) {
                vm.daemonSets().select(row.key());
              } else if (!daemonSetTable.getItems().isEmpty()
                  || vm.daemonSets().selectedProperty().get() == null) {
                vm.daemonSets().select(null);
              }
            });
    // the table replaces rows as counters change: keep the view model's selection on screen
    vm.daemonSets().rows().addListener((ListChangeListener<DaemonSetRow>) c -> showSelection());
    vm.daemonSets().selectedProperty().addListener((o, a, key) -> showSelection());
  }

  private void showSelection() {
    DaemonSetKey key = vm.daemonSets().selectedProperty().get();
    DaemonSetRow current = daemonSetTable.getSelectionModel().getSelectedItem();
    if (key == null) {
      daemonSetTable.getSelectionModel().clearSelection();
    } else if (current == null || !current.key().equals(key)) {
      daemonSetTable.getItems().stream()
          .filter(r -> r.key().equals(key))
          .findFirst()
          .ifPresent(r -> daemonSetTable.getSelectionModel().select(r));
    }
  }

  private static void number(
      TableColumn<DaemonSetRow, Integer> column, Function<DaemonSetRow, Integer> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
  }

  /**
   * YAML files dropped anywhere on the window are applied (chips are dropped on tiles, which take
   * them first).
   */
  private void initFileDrop() {
    rootPane.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    rootPane.setOnDragDropped(
        e -> {
          if (e.getDragboard().hasFiles()) {
            vm.openManifests(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
          }
        });
  }

  /** The region File > Export PNG pictures: the cluster grid. */
  public ClusterView clusterView() {
    return clusterView;
  }

  // ------------------------------------------------------------------ actions

  @FXML
  private void openManifest() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open manifest");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Manifests", "*.yaml", "*.yml", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
    List<File> files = chooser.showOpenMultipleDialog(window());
    if (files != null) {
      vm.openManifests(files.stream().map(File::toPath).toList());
    }
  }

  private static final FileChooser.ExtensionFilter STATE_FILES =
      new FileChooser.ExtensionFilter("Sessions (dsctl state files)", "*.yaml", "*.yml");

  /** Where View > Serve API writes the kubeconfig: the working directory, as dsctl serve does. */
  static final String KUBECONFIG = "dslab-kubeconfig.yaml";

  @FXML
  private void toggleServeApi() {
    setServingApi(serveApiItem.isSelected(), Path.of(System.getProperty("user.dir"), KUBECONFIG));
  }

  /**
   * View > Serve API, writing the kubeconfig to {@code kubeconfig} (the tests switch it through
   * this).
   */
  public boolean setServingApi(boolean on, Path kubeconfig) {
    boolean done = vm.setServing(on, Platform::runLater, kubeconfig);
    serveApiItem.setSelected(vm.servingProperty().get());
    return done;
  }

  @FXML
  private void openSession() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open session");
    chooser
        .getExtensionFilters()
        .addAll(STATE_FILES, new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(window());
    if (file != null) {
      openSession(file.toPath());
    }
  }

  /**
   * Opens a saved session in this window; a file that cannot be opened is a notification and
   * changes nothing.
   */
  public boolean openSession(Path file) {
    Optional<MainViewModel> opened = vm.openSession(file);
    opened.ifPresent(onRewind);
    return opened.isPresent();
  }

  @FXML
  private void saveSession() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save session");
    chooser.setInitialFileName("session.yaml");
    chooser.getExtensionFilters().add(STATE_FILES);
    File file = chooser.showSaveDialog(window());
    if (file != null) {
      vm.saveSession(file.toPath());
    }
  }

  @FXML
  private void exportPng() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export PNG of the cluster view");
    chooser.setInitialFileName("cluster.png");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
    File file = chooser.showSaveDialog(window());
    if (file != null) {
      exportPng(file.toPath());
    }
  }

  /** Writes the cluster view as PNG; the outcome is a notification. */
  public boolean exportPng(Path file) {
    try {
      SnapshotExporter.writePng(clusterView.node(), file);
      vm.notifications().info("Exported", List.of(file.toString()));
      return true;
    } catch (IOException e) {
      vm.notifications().error("Export failed", List.of(file + ": " + e.getMessage()));
      return false;
    }
  }

  @FXML
  private void quit() {
    Platform.exit();
  }

  @FXML
  private void undo() {
    vm.undo();
  }

  @FXML
  private void redo() {
    vm.redo();
  }

  @FXML
  private void lightTheme() {
    vm.setTheme(Theme.LIGHT);
  }

  @FXML
  private void darkTheme() {
    vm.setTheme(Theme.DARK);
  }

  @FXML
  private void togglePlay() {
    // playing on from an earlier moment may be refused (the later actions kept): the button follows
    vm.setPlaying(playButton.isSelected());
    playButton.setSelected(vm.clock().playingProperty().get());
  }

  /** Edit > Edit DaemonSet: the editor for the selected DaemonSet; OK sends the change. */
  @FXML
  private void editDaemonSet() {
    DaemonSetKey key = vm.daemonSets().selectedProperty().get();
    if (key == null) {
      return;
    }
    vm.daemonSetEdit(key)
        .ifPresent(
            initial ->
                editorFactory.apply(key, initial).ifPresent(edit -> vm.editDaemonSet(key, edit)));
  }

  /**
   * How the editor is asked (the tests answer without a dialog window): the DaemonSet and its
   * current values in, the user's edit or nothing out.
   */
  public void setEditor(
      java.util.function.BiFunction<DaemonSetKey, DaemonSetEdit, Optional<DaemonSetEdit>> editor) {
    editorFactory = editor;
  }

  @FXML
  private void step() {
    vm.step();
  }

  @FXML
  private void changeSpeed(javafx.event.ActionEvent e) {
    ToggleButton button = (ToggleButton) e.getSource();
    // a toggle group lets the selected button be unselected: keep one speed chosen
    button.setSelected(true);
    vm.clock().setSpeed((Speed) button.getUserData());
  }

  @FXML
  private void addNode() {
    vm.addNode();
  }

  @FXML
  private void addLabelChip() {
    report(vm.palette().addLabel(chipKeyField.getText(), chipValueField.getText()));
  }

  @FXML
  private void addTaintChip() {
    report(
        vm.palette()
            .addTaint(chipKeyField.getText(), chipValueField.getText(), chipEffectBox.getValue()));
  }

  private void report(Optional<String> error) {
    if (error.isPresent()) {
      vm.notifications().error("Chip not added", List.of(error.get()));
    } else {
      chipKeyField.clear();
      chipValueField.clear();
    }
  }

  private Window window() {
    return rootPane.getScene().getWindow();
  }
}
