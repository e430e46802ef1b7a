package dev.dslab.desktop.cluster;

import java.util.Set;

/**
 * What one {@link ClusterStateAdapter#flush()} found changed: the nodes whose tiles were redrawn
 * (including added ones), whether nodes came or went, and whether any DaemonSet changed.
 */
public record ClusterChanges(Set<String> nodes, boolean nodeSetChanged, boolean daemonSetsChanged) {
  public static final ClusterChanges NONE = new ClusterChanges(Set.of(), false, false);

  public ClusterChanges {
    nodes = Set.copyOf(nodes);
  }

  public boolean any() {
    return !nodes.isEmpty() || nodeSetChanged || daemonSetsChanged;
  }
}
