package dev.dslab.desktop.palette;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;

/** Fills a pane with the palette's chips, each a drag source carrying its {@link ChipPayload}. */
public final class PaletteView {
  public static final String CHIP = "palette-chip";
  public static final String LABEL_CHIP = "label-chip";
  public static final String TAINT_CHIP = "taint-chip";

  private final PaletteViewModel viewModel;
  private final Pane target;

  public PaletteView(PaletteViewModel viewModel, Pane target) {
    this.viewModel = viewModel;
    this.target = target;
    viewModel.chips().addListener((ListChangeListener<ChipPayload>) c -> render());
    render();
  }

  private void render() {
    target.getChildren().setAll(viewModel.chips().stream().map(PaletteView::chip).toList());
  }

  static Label chip(ChipPayload payload) {
    Label chip = new Label(payload.text());
    chip.getStyleClass()
        .addAll(CHIP, payload instanceof ChipPayload.LabelChip ? LABEL_CHIP : TAINT_CHIP);
    chip.setUserData(payload);
    chip.setTooltip(
        new Tooltip(
            "Drag onto a node to add this "
                + (payload instanceof ChipPayload.LabelChip ? "label" : "taint")));
    chip.setOnDragDetected(
        e -> {
          Dragboard board = chip.startDragAndDrop(TransferMode.COPY);
          board.setContent(ChipFormats.content(payload));
          board.setDragView(chip.snapshot(null, null));
          e.consume();
        });
    return chip;
  }
}
