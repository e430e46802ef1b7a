package dev.dslab.desktop.commands;

import dev.dslab.session.Submission;
import java.util.List;

/** A command described by its two directions, each a few requests. */
record Edit(
    String description, Requests requests, List<Submission> forward, List<Submission> backward)
    implements Command {
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
