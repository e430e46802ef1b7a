package dev.dslab.desktop.app;

/** The two AtlantaFX themes the View menu offers. */
public enum Theme {
  LIGHT,
  DARK
}
