package dev.dslab.print;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import dev.dslab.model.meta.KubeObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code kubectl get} prints: the human-readable table, and {@code -o name}. */
public final class Printers {
  private Printers() {}

  private static final Map<String, KindTable<?>> TABLES =
      Map.of(
          DaemonSet.KIND, DaemonSetTable.TABLE,
          Pod.KIND, PodTable.TABLE,
          Node.KIND, NodeTable.TABLE,
          Event.KIND, EventTable.TABLE,
          ControllerRevision.KIND, ControllerRevisionTable.TABLE,
          Service.KIND, ServiceTable.TABLE,
          Namespace.KIND, NamespaceTable.TABLE,
          dev.dslab.model.apps.Deployment.KIND, WorkloadTables.DEPLOYMENTS,
          dev.dslab.model.apps.ReplicaSet.KIND, WorkloadTables.REPLICA_SETS);

  /**
   * The table of these objects, in the given order, aged against {@code now}; every line ends with
   * a newline. An empty list prints nothing: the caller says "No resources found" itself.
   *
   * <p>Kinds without a table of their own print NAME and AGE.
   *
   * @throws ClassCastException when the objects are not all of one kind
   */
  public static String table(
      List<? extends KubeObject> objects, Instant now, TableOptions options) {
    if (objects.isEmpty()) {
      return ""; // kubectl prints no headers without rows
    }
    String kind = objects.get(0).kind();
    KindTable<?> table = TABLES.get(kind);
    if (table == null) {
      table = DefaultTable.of(objects);
    }
    return table.render(objects, now, options);
  }

  /**
   * A column of a server-side {@code meta.k8s.io/v1 Table}: priority 1 for the {@code -o wide}
   * ones.
   */
  public record ServerColumn(String name, String type, String format, int priority) {}

  /** The columns and cells the API server puts in a Table for these objects, all of one kind. */
  public record ServerTable(List<ServerColumn> columns, List<List<String>> rows) {}

  /**
   * What the API server's table convertor returns for {@code kind}: the same columns and cells as
   * {@code kubectl get} prints here (kubectl adds NAMESPACE and LABELS itself); NAME and AGE for a
   * kind without a table of its own.
   */
  public static java.util.Optional<ServerTable> serverTable(
      String kind, List<? extends KubeObject> objects, Instant now) {
    KindTable<?> table = TABLES.get(kind);
    return java.util.Optional.of(
        (table == null ? DefaultTable.of(objects) : table).server(objects, now));
  }

  /**
   * {@code -o name}: one {@code daemonset.apps/greet} or {@code pod/greet-c4v52} line per object.
   */
  public static String names(List<? extends KubeObject> objects) {
    return objects.stream()
        .map(
            object ->
                GroupKind.of(object.apiVersion(), object.kind()).qualify(object.name()) + "\n")
        .collect(Collectors.joining());
  }
}
