package dev.dslab.desktop.app;

import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The DaemonSet editor dialog (daemonset-editor.fxml): fills its fields from a {@link
 * DaemonSetEdit} and reads them back. It checks nothing itself: the API server does, and a refusal
 * comes back as the usual notification with its message.
 */
public final class DaemonSetEditorController {
  @FXML private DialogPane dialogPane;
  @FXML private GridPane imagesGrid;
  @FXML private ComboBox<String> strategyBox;
  @FXML private TextField maxUnavailableField;
  @FXML private TextField maxSurgeField;
  private final List<TextField> imageFields = new ArrayList<>();
  private DaemonSetEdit initial;

  /** A dialog for one DaemonSet; its result is the edit, or empty when cancelled. */
  public static Dialog<DaemonSetEdit> dialog(Window owner, String name, DaemonSetEdit initial) {
    FXMLLoader loader =
        new FXMLLoader(DaemonSetEditorController.class.getResource("daemonset-editor.fxml"));
    DialogPane pane;
    try {
      pane = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("daemonset-editor.fxml is part of the jar", e);
    }
    DaemonSetEditorController controller = loader.getController();
    controller.show(initial);
    Dialog<DaemonSetEdit> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Edit DaemonSet " + name);
    dialog.setDialogPane(pane);
    dialog.setResultConverter(button -> button == ButtonType.OK ? controller.edit() : null);
    return dialog;
  }

  @FXML
  private void initialize() {
    strategyBox
        .getItems()
        .setAll(DaemonSetUpdateStrategy.ROLLING_UPDATE, DaemonSetUpdateStrategy.ON_DELETE);
    // the budgets mean something only for RollingUpdate
    strategyBox
        .valueProperty()
        .addListener(
            (o, a, type) -> {
              boolean rolling = DaemonSetUpdateStrategy.ROLLING_UPDATE.equals(type);
              maxUnavailableField.setDisable(!rolling);
              maxSurgeField.setDisable(!rolling);
            });
  }

  void show(DaemonSetEdit edit) {
    initial = edit;
    imagesGrid.getChildren().clear();
    imageFields.clear();
    for (int i = 0; i < edit.images().size(); i++) {
      DaemonSetEdit.ContainerImage c = edit.images().get(i);
      TextField field = new TextField(c.image());
      field.setId("image-" + c.container());
      imageFields.add(field);
      imagesGrid.addRow(i, new Label(c.container()), field);
    }
    strategyBox.setValue(edit.strategy());
    maxUnavailableField.setText(edit.maxUnavailable());
    maxSurgeField.setText(edit.maxSurge());
  }

  DaemonSetEdit edit() {
    List<DaemonSetEdit.ContainerImage> images = new ArrayList<>();
    for (int i = 0; i < initial.images().size(); i++) {
      images.add(
          new DaemonSetEdit.ContainerImage(
              initial.images().get(i).container(), imageFields.get(i).getText()));
    }
    return new DaemonSetEdit(
        images,
        Optional.ofNullable(strategyBox.getValue()).orElse(initial.strategy()),
        maxUnavailableField.getText(),
        maxSurgeField.getText());
  }
}
