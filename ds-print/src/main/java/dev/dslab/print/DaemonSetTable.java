package dev.dslab.print;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.Labels;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

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
        Column.wide("Containers", ds -> eachContainer(ds, Container::name)),
        Column.wide("Images", ds -> eachContainer(ds, Container::image)),
        Column.wide("Selector", ds -> selector(ds.spec().selector())));
  }

  /**
   * The template's pod spec; a DaemonSet without a template (which validation rejects) has none.
   */
  private static PodSpec podSpec(DaemonSet ds) {
    return ds.spec().template() == null ? PodSpec.of() : ds.spec().template().spec();
  }

  /** layoutContainerCells: one value per container, comma-joined. */
  private static String eachContainer(DaemonSet ds, Function<Container, String> value) {
    return String.join(
        ",", podSpec(ds).containers().stream().map(c -> Cells.orEmpty(value.apply(c))).toList());
  }

  /** metav1.FormatLabelSelector, which reads {@code <none>} for an absent selector too. */
  private static String selector(LabelSelector selector) {
    return selector == null ? "<none>" : selector.format();
  }
}
