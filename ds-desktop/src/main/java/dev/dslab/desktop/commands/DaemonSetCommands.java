package dev.dslab.desktop.commands;

import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;

/**
 * Undoable changes to a DaemonSet. An edit is a PUT of the changed spec, as {@code kubectl edit}
 * sends it; its undo puts the spec back (a new template revision equal to the old one, as
 * {@code kubectl rollout undo} makes it), so the rollout goes back node by node too.
 */
public final class DaemonSetCommands {
  private final Cluster cluster;

  public DaemonSetCommands(Cluster cluster) {
    this.cluster = cluster;
  }

  public Command edit(String namespace, String name, DaemonSetEdit edit) throws ApiException {
    DaemonSetSpec before = current(namespace, name).spec();
    return new Edit("edit daemonset " + name + ": " + edit.describe(),
        () -> put(edit.applyTo(current(namespace, name))),
        () -> {
          DaemonSet now = current(namespace, name);
          put(now.withSpec(now.spec().withTemplate(before.template()).withUpdateStrategy(before.updateStrategy())));
        });
  }

  private DaemonSet current(String namespace, String name) throws ApiException {
    return cluster.store().<DaemonSet>get(Kind.DAEMON_SET, namespace, name)
        .orElseThrow(() -> ApiException.notFound(Kind.DAEMON_SET, name));
  }

  private void put(DaemonSet ds) throws ApiException {
    cluster.api().update(ds.withMetadata(ds.metadata().withResourceVersion(null)));
    cluster.reconcile();
  }
}
