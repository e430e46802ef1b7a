package dev.dslab.desktop.headless;

import dev.dslab.desktop.LaunchOptions;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.app.Theme;
import dev.dslab.desktop.cluster.ClusterStateAdapter;
import dev.dslab.desktop.cluster.ClusterView;
import dev.dslab.desktop.cluster.TileActions;
import dev.dslab.desktop.export.SnapshotExporter;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.engine.Cluster;
import dev.dslab.session.RequestRunner;
import dev.dslab.session.request.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * {@code --render-png OUT [--script FILE]}: builds the starting cluster, applies the manifests the
 * script lists (one path a line, relative to the script's directory; blank lines and # comments
 * skipped), settles, and writes a picture of every node's tile. Same input, same picture.
 */
public final class HeadlessRender {
  /** How long the cluster may run after the manifests before the picture is taken. */
  static final Duration SETTLE = Duration.ofMinutes(5);

  static final double WIDTH = 1120;

  private HeadlessRender() {}

  /** Runs the render on the FX thread and returns the process exit status. */
  public static int run(LaunchOptions options) {
    AtomicInteger status = new AtomicInteger(1);
    CountDownLatch done = new CountDownLatch(1);
    Platform.startup(
        () -> {
          try {
            status.set(render(options));
          } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
          } finally {
            done.countDown();
          }
        });
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Platform.exit();
    return status.get();
  }

  static int render(LaunchOptions options) throws IOException {
    Cluster cluster = StartingCluster.create(options.preset(), options.seed()).orElseThrow();
    int status = 0;
    if (options.script() != null) {
      // kubectl apply -f of each manifest, as the app applies them
      RequestRunner requests =
          new RequestRunner(cluster, options.seed(), Path.of("").toAbsolutePath());
      for (Path manifest : scriptPaths(options.script())) {
        RequestRunner.Outcome r =
            requests.run(new Request.Apply(List.of(manifest.toString()), null, false));
        System.out.print(r.out());
        System.err.print(r.err());
        status = r.ok() ? status : 1;
      }
    }
    cluster.settle(SETTLE);
    writePicture(cluster, options.renderPng());
    System.out.println("wrote " + options.renderPng());
    return status;
  }

  /** A picture of the whole cluster view, in the light theme. */
  public static void writePicture(Cluster cluster, Path out) throws IOException {
    ClusterView view = new ClusterView(new ClusterStateAdapter(cluster).tiles(), TileActions.NONE);
    view.fitAll(WIDTH);
    MainWindow.applyTheme(Theme.LIGHT);
    Scene scene = new Scene(new StackPane(view.node()));
    scene.getStylesheets().add(MainWindow.stylesheet());
    view.node().applyCss();
    view.node().layout();
    SnapshotExporter.writePng(view.node(), out);
  }

  static List<Path> scriptPaths(Path script) throws IOException {
    Path base = script.toAbsolutePath().getParent();
    List<Path> paths = new ArrayList<>();
    for (String line : Files.readAllLines(script)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        paths.add(base.resolve(trimmed));
      }
    }
    return paths;
  }
}
