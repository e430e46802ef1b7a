package dev.dslab.desktop;

import dev.dslab.desktop.headless.HeadlessRender;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.session.presets.ClusterPresets;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point: checks the command line, then opens the window, or renders the cluster view to a PNG
 * without one ({@code --render-png}).
 */
public final class DesktopMain {
  private DesktopMain() {}

  public static void main(String[] args) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(LaunchOptions.USAGE);
      System.exit(2);
      return;
    }
    if (!StartingCluster.DEMO.equals(options.preset())
        && !ClusterPresets.NAMES.contains(options.preset())) {
      System.err.println(
          "error: unknown preset \""
              + options.preset()
              + "\": one of demo, "
              + String.join(", ", ClusterPresets.NAMES));
      System.exit(2);
    }
    if (options.renderPng() != null) {
      System.exit(HeadlessRender.run(options));
    }
    Application.launch(DesktopApp.class, args);
  }
}
