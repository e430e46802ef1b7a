package dev.dslab.desktop.palette;

import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop formats of palette chips, one per chip kind, with namespaced ids so that no
 * other application's drag is mistaken for a chip. The content is the chip's kubectl spelling.
 */
public final class ChipFormats {
  public static final DataFormat LABEL = format("application/x-ds-label");
  public static final DataFormat TAINT = format("application/x-ds-taint");

  private ChipFormats() {}

  /** A DataFormat id may be registered once per JVM; tests start the toolkit more than once. */
  private static DataFormat format(String id) {
    DataFormat existing = DataFormat.lookupMimeType(id);
    return existing != null ? existing : new DataFormat(id);
  }

  public static DataFormat formatOf(ChipPayload payload) {
    return payload instanceof ChipPayload.LabelChip ? LABEL : TAINT;
  }

  public static ClipboardContent content(ChipPayload payload) {
    ClipboardContent content = new ClipboardContent();
    content.put(formatOf(payload), payload.text());
    return content;
  }

  /** The chip a drag carries, if it carries one. */
  public static Optional<ChipPayload> read(Clipboard board) {
    if (board == null) {
      return Optional.empty();
    }
    if (board.hasContent(LABEL) && board.getContent(LABEL) instanceof String text) {
      return ChipPayload.LabelChip.parse(text).map(ChipPayload.class::cast);
    }
    if (board.hasContent(TAINT) && board.getContent(TAINT) instanceof String text) {
      return ChipPayload.TaintChip.parse(text).map(ChipPayload.class::cast);
    }
    return Optional.empty();
  }
}
