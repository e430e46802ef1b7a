/**
 * The desktop app: the simulated cluster as tiles, its DaemonSets, drag-and-drop labels and taints,
 * on the same engine as dsctl. Only the FX application thread calls the engine.
 */
module dev.dslab.desktop {
  requires javafx.controls;
  requires javafx.fxml;
  requires javafx.swing;
  requires java.desktop;
  requires java.prefs;
  requires dev.dslab.engine;
  requires dev.dslab.session;
  requires dev.dslab.server;
  requires atlantafx.base;

  // the Application subclass is instantiated by the toolkit
  exports dev.dslab.desktop to
      javafx.graphics;

  // FXML controllers are created and injected reflectively
  opens dev.dslab.desktop.app to
      javafx.fxml;
}
