package dev.dslab.print;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/**
 * The table of a kind without a printer of its own here (ConfigMaps, ClusterRoles, …): NAME and
 * AGE, the columns every kubectl table shares.
 */
final class DefaultTable {
  private DefaultTable() {}

  private static final KindTable<KubeObject> NAMESPACED =
      new KindTable<>(KubeObject.class, Scope.NAMESPACED, DefaultTable::columns);
  private static final KindTable<KubeObject> CLUSTER =
      new KindTable<>(KubeObject.class, Scope.CLUSTER, DefaultTable::columns);

  /** The table for these objects: namespaced when they have a namespace. */
  static KindTable<KubeObject> of(List<? extends KubeObject> objects) {
    boolean namespaced =
        !objects.isEmpty()
            && objects.get(0).namespace() != null
            && !objects.get(0).namespace().isEmpty();
    return namespaced ? NAMESPACED : CLUSTER;
  }

  static List<Column<KubeObject>> columns(Instant now) {
    return List.of(Column.name(), Column.age(now));
  }
}
