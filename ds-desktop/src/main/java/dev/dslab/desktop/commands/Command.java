package dev.dslab.desktop.commands;

/**
 * A user's change to the cluster that can be taken back. Each captures, when it is made, what it
 * needs to undo itself, so execute/undo/execute replays the same requests.
 */
public interface Command {
  void execute() throws RequestRefused;

  void undo() throws RequestRefused;

  /** One line for the history list: {@code label disk=ssd on kind-worker}. */
  String description();
}
