package dev.dslab.print;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/** printControllerRevision. */
final class ControllerRevisionTable {
  private ControllerRevisionTable() {}

  static final KindTable<ControllerRevision> TABLE =
      new KindTable<>(ControllerRevision.class, Scope.NAMESPACED, ControllerRevisionTable::columns);

  static List<Column<ControllerRevision>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Controller", ControllerRevisionTable::controller),
        Column.of("Revision", revision -> Long.toString(revision.revision())),
        Column.age(now));
  }

  /**
   * The owner with controller=true as {@code daemonset.apps/fluentd}; {@code <none>} without one.
   */
  private static String controller(ControllerRevision revision) {
    return revision
        .metadata()
        .controllerRef()
        .map(owner -> GroupKind.of(owner.apiVersion(), owner.kind()).qualify(owner.name()))
        .orElse("<none>");
  }
}
