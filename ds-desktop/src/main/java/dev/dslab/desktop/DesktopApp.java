package dev.dslab.desktop;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.headless.FrameBench;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.engine.Cluster;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the starting cluster and opens the main window on it. */
public final class DesktopApp extends Application {
  @Override
  public void start(Stage stage) {
    LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
    if (options.benchSeconds() != null) {
      FrameBench.run(stage, options.benchSeconds(), options.seed());
      return;
    }
    Cluster cluster = StartingCluster.create(options.preset(), options.seed()).orElseThrow();
    // the same preset and seed give the same cluster: the timeline goes back by starting again
    MainViewModel vm = new MainViewModel(cluster,
        () -> StartingCluster.create(options.preset(), options.seed()).orElseThrow());
    MainWindow.notifyUncaught(vm);
    MainWindow.show(stage, vm);
  }
}
