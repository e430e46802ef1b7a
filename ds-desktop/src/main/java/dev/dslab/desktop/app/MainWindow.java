package dev.dslab.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Opens the main window on a view model: FXML, stylesheet, theme and the frame loop. */
public final class MainWindow {
  public static final String STYLESHEET = "/dev/dslab/desktop/desktop.css";

  private MainWindow() {}

  /** Shows the window; returns its controller (the tests reach the cluster view through it). */
  public static MainWindowController show(Stage stage, MainViewModel vm) {
    return show(stage, vm, nanos -> {});
  }

  /** The same, with a probe told the wall time as every frame starts (the --bench flag). */
  public static MainWindowController show(Stage stage, MainViewModel vm, LongConsumer frameProbe) {
    FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("main-window.fxml"));
    loader.setControllerFactory(type -> new MainWindowController(vm));
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("main-window.fxml is part of the jar", e);
    }
    applyTheme(vm.themeProperty().get());
    vm.themeProperty().addListener((o, a, theme) -> applyTheme(theme));
    Scene scene = new Scene(root);
    scene.getStylesheets().add(stylesheet());
    stage.setTitle("DaemonSet Lab");
    stage.setScene(scene);
    // never larger than the screen (a laptop, or a headless test screen)
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    if (!stage.isShowing()) {
      stage.setWidth(Math.min(root.prefWidth(-1), screen.getWidth()));
      stage.setHeight(Math.min(root.prefHeight(-1), screen.getHeight()));
    }
    stage.show();
    FrameLoop loop = new FrameLoop(vm, frameProbe);
    loop.start();
    MainWindowController controller = loader.getController();
    // the timeline went back: the same window shows the rebuilt session
    controller.setOnRewind(
        fresh -> {
          loop.stop();
          // the API served the session that is left behind
          vm.setServing(false, null, null);
          show(stage, fresh, frameProbe);
        });
    return controller;
  }

  public static String stylesheet() {
    return MainWindow.class.getResource(STYLESHEET).toExternalForm();
  }

  public static void applyTheme(Theme theme) {
    Application.setUserAgentStylesheet(
        theme == Theme.DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** Unexpected failures on the FX thread become a notification instead of a silent stack trace. */
  public static void notifyUncaught(MainViewModel vm) {
    Thread.currentThread()
        .setUncaughtExceptionHandler(
            (thread, error) -> {
              error.printStackTrace();
              vm.notifications().error("Unexpected error", List.of(String.valueOf(error)));
            });
  }
}
