package dev.dslab.print;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.Labels;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/** printDaemonSet. */
final class DaemonSetTable {
  private DaemonSetTable() {}

  static final KindTable<DaemonSet> TABLE =
      new KindTable<>(DaemonSet.class, Scope.NAMESPACED, DaemonSetTable::columns);

  static List<Column<DaemonSet>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Desired", ds -> Integer.toString(ds.status().desiredNumberScheduled())),
        Column.of("Current", ds -> Integer.toString(ds.status().currentNumberScheduled())),
        Column.of("Ready", ds -> Integer.toString(ds.status().numberReady())),
        Column.of("Up-to-date", ds -> Integer.toString(ds.status().updatedNumberScheduled())),
        Column.of("Available", ds -> Integer.toString(ds.status().numberAvailable())),
        Column.of("Node Selector", ds -> Labels.format(podSpec(ds).nodeSelector())),
        Column.age(now),
        Column.wide(
            "Containers",
            ds -> DeploymentTables.eachContainer(ds.spec().template(), Container::name)),
        Column.wide(
            "Images", ds -> DeploymentTables.eachContainer(ds.spec().template(), Container::image)),
        Column.wide("Selector", ds -> DeploymentTables.selector(ds.spec().selector())));
  }

  /**
   * The template's pod spec; a DaemonSet without a template (which validation rejects) has none.
   */
  private static PodSpec podSpec(DaemonSet ds) {
    return ds.spec().template() == null ? PodSpec.of() : ds.spec().template().spec();
  }
}
