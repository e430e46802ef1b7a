package dev.dslab.desktop.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a picture of a part of the scene as PNG. Call on the FX application thread. */
public final class SnapshotExporter {
  private SnapshotExporter() {}

  public static void writePng(Node node, Path file) throws IOException {
    WritableImage image = node.snapshot(new SnapshotParameters(), null);
    // straight (not premultiplied) ARGB: what every PNG writer takes
    BufferedImage buffered =
        SwingFXUtils.fromFXImage(
            image,
            new BufferedImage(
                (int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      java.nio.file.Files.createDirectories(parent);
    }
    if (!ImageIO.write(buffered, "png", file.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }
}
