package dev.dslab.print;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/**
 * printPriorityClass (pkg/printers/internalversion/printers.go): NAME, VALUE, GLOBAL-DEFAULT, AGE,
 * PREEMPTIONPOLICY, read from the stored object's tree.
 */
final class PriorityClassTable {
  private PriorityClassTable() {}

  static final KindTable<Unstructured> TABLE =
      new KindTable<>(Unstructured.class, Scope.CLUSTER, PriorityClassTable::columns);

  static List<Column<Unstructured>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of(
            "Value",
            pc -> pc.get("value") instanceof Number n ? Long.toString(n.longValue()) : "0"),
        Column.of(
            "Global-Default", pc -> Boolean.toString(Boolean.TRUE.equals(pc.get("globalDefault")))),
        Column.age(now),
        Column.of(
            "PreemptionPolicy",
            pc -> pc.get("preemptionPolicy") instanceof String s ? s : "PreemptLowerPriority"));
  }
}
