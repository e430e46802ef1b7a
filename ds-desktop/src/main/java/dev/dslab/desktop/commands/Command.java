package dev.dslab.desktop.commands;

import dev.dslab.engine.api.ApiException;

/**
 * A user's change to the cluster that can be taken back. Each captures, when it is made, what it
 * needs to undo itself, so execute/undo/execute replays the same API requests.
 */
public interface Command {
  void execute() throws ApiException;

  void undo() throws ApiException;

  /** One line for the history list: {@code label disk=ssd on kind-worker}. */
  String description();
}
