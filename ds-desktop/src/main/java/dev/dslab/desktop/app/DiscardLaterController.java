package dev.dslab.desktop.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/**
 * The question asked before the timeline drops the actions kept after going back
 * (discard-later.fxml). "Keep them" is the default button: Enter on a stray dialog loses nothing.
 */
public final class DiscardLaterController {
  @FXML private DialogPane dialogPane;
  @FXML private Label summaryLabel;
  @FXML private ListView<String> laterList;
  @FXML private ButtonType discardButton;
  @FXML private ButtonType keepButton;

  /** A dialog listing the later actions; its result is true when the user chose to drop them. */
  public static Dialog<Boolean> dialog(Window owner, String from, List<String> laterActions) {
    FXMLLoader loader =
        new FXMLLoader(DiscardLaterController.class.getResource("discard-later.fxml"));
    DialogPane pane;
    try {
      pane = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("discard-later.fxml is part of the jar", e);
    }
    DiscardLaterController controller = loader.getController();
    controller.summaryLabel.setText(
        laterActions.size() == 1
            ? "1 action was done after " + from + ":"
            : laterActions.size() + " actions were done after " + from + ":");
    controller.laterList.getItems().setAll(laterActions);
    ((Button) pane.lookupButton(controller.discardButton)).setDefaultButton(false);
    ((Button) pane.lookupButton(controller.keepButton)).setDefaultButton(true);
    Dialog<Boolean> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Drop the later actions?");
    dialog.setDialogPane(pane);
    dialog.setResultConverter(button -> button == controller.discardButton);
    return dialog;
  }
}
