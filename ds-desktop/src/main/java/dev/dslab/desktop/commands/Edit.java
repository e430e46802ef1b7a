package dev.dslab.desktop.commands;

import dev.dslab.engine.api.ApiException;

/** A command described by its two directions, each a request (or a few) to the API server. */
record Edit(String description, Step forward, Step backward) implements Command {
  @FunctionalInterface
  interface Step {
    void run() throws ApiException;
  }

  @Override
  public void execute() throws ApiException {
    forward.run();
  }

  @Override
  public void undo() throws ApiException {
    backward.run();
  }
}
