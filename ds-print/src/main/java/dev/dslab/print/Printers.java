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

  private static final Map<String, KindTable<?>> TABLES = tables();

  private static Map<String, KindTable<?>> tables() {
    Map<String, KindTable<?>> tables = new java.util.HashMap<>();
    tables.put(DaemonSet.KIND, DaemonSetTable.TABLE);
    tables.put(Pod.KIND, PodTable.TABLE);
    tables.put(Node.KIND, NodeTable.TABLE);
    tables.put(Event.KIND, EventTable.TABLE);
    tables.put(ControllerRevision.KIND, ControllerRevisionTable.TABLE);
    tables.put(Service.KIND, ServiceTable.TABLE);
    tables.put(Namespace.KIND, NamespaceTable.TABLE);
    // the built-in kinds kept as Unstructured objects
    UnstructuredTables.registerAll(tables);
    // Deployments and ReplicaSets are simulated: their records' tables
    tables.put(dev.dslab.model.apps.Deployment.KIND, DeploymentTables.DEPLOYMENTS);
    tables.put(dev.dslab.model.apps.ReplicaSet.KIND, DeploymentTables.REPLICA_SETS);
    // CRDs are typed (the cluster reads their names and versions): their own table
    tables.put(
        dev.dslab.model.apiextensions.CustomResourceDefinition.KIND,
        CustomResourceTable.DEFINITIONS);
    return Map.copyOf(tables);
  }

  /**
   * The table of these objects' kind: its own when printers.go has one for it and the objects are
   * of the type it reads (an events.k8s.io Event kept unstructured is not a core Event), NAME and
   * AGE otherwise.
   */
  private static KindTable<?> tableOf(String kind, List<? extends KubeObject> objects) {
    KindTable<?> table = TABLES.get(kind);
    if (table == null || (!objects.isEmpty() && !table.type().isInstance(objects.get(0)))) {
      return DefaultTable.of(objects);
    }
    return table;
  }

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
    return tableOf(objects.get(0).kind(), objects).render(objects, now, options);
  }

  /**
   * The table of custom resources whose CRD version declares these additionalPrinterColumns (NAME
   * and AGE without any); the table of CustomResourceDefinitions for those.
   */
  public static String table(
      List<? extends KubeObject> objects,
      Instant now,
      TableOptions options,
      List<dev.dslab.model.apiextensions.PrinterColumn> columns,
      boolean namespaced) {
    if (objects.isEmpty()) {
      return "";
    }
    return CustomResourceTable.of(columns, namespaced).render(objects, now, options);
  }

  /** The server-side Table of custom resources with these additionalPrinterColumns. */
  public static ServerTable serverTable(
      List<? extends KubeObject> objects,
      Instant now,
      List<dev.dslab.model.apiextensions.PrinterColumn> columns,
      boolean namespaced) {
    return CustomResourceTable.of(columns, namespaced).server(objects, now);
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
    return java.util.Optional.of(tableOf(kind, objects).server(objects, now));
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
