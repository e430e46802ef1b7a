package dev.dslab.print;

import dev.dslab.model.core.Namespace;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/** printNamespace. */
final class NamespaceTable {
  private NamespaceTable() {}

  static final KindTable<Namespace> TABLE =
      new KindTable<>(Namespace.class, Scope.CLUSTER, NamespaceTable::columns);

  static List<Column<Namespace>> columns(Instant now) {
    return List.of(Column.name(), Column.of("Status", Namespace::phase), Column.age(now));
  }
}
