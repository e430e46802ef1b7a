package dev.dslab.desktop;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.headless.FrameBench;
import dev.dslab.desktop.manifests.StartingCluster;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the starting cluster and opens the main window on it. */
public final class DesktopApp extends Application {
  /** Where the window's choices (group-by key, speed, theme) are kept between starts. */
  static final String PREFERENCES_NODE = "dev/dslab/desktop";

  @Override
  public void start(Stage stage) {
    LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
    if (options.benchSeconds() != null) {
      FrameBench.run(stage, options.benchSeconds(), options.seed());
      return;
    }
    // the same start gives the same cluster: the timeline goes back by starting again
    MainViewModel vm = MainViewModel.open(StartingCluster.start(options.preset(), options.seed()).orElseThrow(),
        ViewChoices.preferences(Preferences.userRoot().node(PREFERENCES_NODE)));
    MainWindow.notifyUncaught(vm);
    MainWindow.show(stage, vm);
  }
}
