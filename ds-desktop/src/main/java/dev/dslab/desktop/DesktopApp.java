package dev.dslab.desktop;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.session.Autosave;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
    // the same start gives the same cluster: the timeline goes back by starting again
    MainViewModel vm =
        MainViewModel.open(
            StartingCluster.start(options.preset(), options.seed()).orElseThrow(),
            ViewChoices.preferences(Preferences.userRoot().node(PREFERENCES_NODE)));
    MainWindow.notifyUncaught(vm);
    recoverOffer(vm);
    autosave = Autosave.forThisProcess(Autosave.defaultDirectory());
    vm.setAutosave(autosave);
    MainWindow.show(stage, vm);
  }

  private Autosave autosave;

  /**
   * A recovery file at start: the last session did not end cleanly. It is kept aside (the new
   * session autosaves to the usual file) and the user is told how to open it.
   */
  private static void recoverOffer(MainViewModel vm) {
    Path left = Autosave.leftBehind(Autosave.defaultDirectory()).orElse(null);
    if (left == null) {
      return;
    }
    Path kept = left.resolveSibling("recovered-session.yaml");
    try {
      Files.move(left, kept, StandardCopyOption.REPLACE_EXISTING);
      vm.notifications()
          .info(
              "The last session did not end cleanly",
              List.of(
                  "File > Open session and choose " + kept + " to go on from its last change."));
    } catch (IOException e) {
      vm.notifications().error("Recovery file", List.of(left + ": " + e.getMessage()));
    }
  }

  /** A clean exit: nothing to recover next time. */
  @Override
  public void stop() {
    if (autosave != null) {
      autosave.discard();
    }
  }
}
