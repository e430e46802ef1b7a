package dev.dslab.desktop.commands;

import dev.dslab.cli.StateFiles.Line;
import java.util.List;

/** A command described by its two directions, each a few dsctl command lines. */
record Edit(String description, Requests requests, List<Line> forward, List<Line> backward) implements Command {
  Edit {
    forward = List.copyOf(forward);
    backward = List.copyOf(backward);
  }

  @Override
  public void execute() throws RequestRefused {
    requests.run(forward);
  }

  @Override
  public void undo() throws RequestRefused {
    requests.run(backward);
  }
}
