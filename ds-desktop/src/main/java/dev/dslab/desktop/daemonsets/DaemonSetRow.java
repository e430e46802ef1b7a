package dev.dslab.desktop.daemonsets;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;

/** One line of the DaemonSet table, with kubectl's columns. */
public record DaemonSetRow(
    String namespace,
    String name,
    int desired,
    int current,
    int ready,
    int upToDate,
    int available) {

  public static DaemonSetRow of(DaemonSet ds) {
    DaemonSetStatus s = ds.status() == null ? DaemonSetStatus.EMPTY : ds.status();
    return new DaemonSetRow(
        ds.metadata().namespace(),
        ds.metadata().name(),
        s.desiredNumberScheduled(),
        s.currentNumberScheduled(),
        s.numberReady(),
        s.updatedNumberScheduled(),
        s.numberAvailable());
  }

  public DaemonSetKey key() {
    return new DaemonSetKey(namespace, name);
  }

  /** A DaemonSet's identity, what the selection holds (its counters change, it does not). */
  public record DaemonSetKey(String namespace, String name) {
    @Override
    public String toString() {
      return namespace + "/" + name;
    }
  }
}
