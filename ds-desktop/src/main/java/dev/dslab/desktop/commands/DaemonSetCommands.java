package dev.dslab.desktop.commands;

import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.session.ApplyLines;
import java.util.List;

/**
 * Undoable changes to a DaemonSet. An edit is {@code kubectl apply} of the changed manifest; its
 * undo applies the manifest as it was (a new template revision equal to the old one, as {@code
 * kubectl rollout undo} makes it), so the rollout goes back node by node too.
 */
public final class DaemonSetCommands {
  private final Cluster cluster;
  private final Requests requests;

  public DaemonSetCommands(Cluster cluster, Requests requests) {
    this.cluster = cluster;
    this.requests = requests;
  }

  public Command edit(String namespace, String name, DaemonSetEdit edit) throws RequestRefused {
    DaemonSet before =
        cluster
            .store()
            .<DaemonSet>get(Kind.DAEMON_SET, namespace, name)
            .orElseThrow(
                () ->
                    new RequestRefused(
                        "Error from server (NotFound): daemonsets.apps \""
                            + name
                            + "\" not found"));
    String file = "daemonset-" + name;
    return new Edit(
        "edit daemonset " + name + ": " + edit.describe(),
        requests,
        List.of(ApplyLines.apply(file, List.of(ApplyLines.manifest(edit.applyTo(before), false)))),
        List.of(ApplyLines.apply(file, List.of(ApplyLines.manifest(before, false)))));
  }
}
