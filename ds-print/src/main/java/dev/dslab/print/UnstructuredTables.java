package dev.dslab.print;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the tables of the built-in kinds kept as {@link Unstructured} objects share: how a table is
 * made, the columns printers.go repeats (CREATED AT, a pod template's containers and images), and
 * its "N more" lists.
 */
final class UnstructuredTables {
  private UnstructuredTables() {}

  static KindTable<Unstructured> table(
      Scope scope, Function<Instant, List<Column<Unstructured>>> columns) {
    return new KindTable<>(Unstructured.class, scope, columns);
  }

  /** A column of an unstructured kind's table. */
  static Column<Unstructured> cell(String header, Function<Unstructured, String> value) {
    return Column.of(header, value);
  }

  /** A column only {@code -o wide} shows (upstream's priority 1). */
  static Column<Unstructured> wideCell(String header, Function<Unstructured, String> value) {
    return Column.wide(header, value);
  }

  /** The tables of every kind below, by kind name. */
  static void registerAll(Map<String, KindTable<?>> tables) {
    CoreTables.register(tables);
    WorkloadTables.register(tables);
    NetworkingTables.register(tables);
    RbacTables.register(tables);
    StorageTables.register(tables);
    ClusterTables.register(tables);
  }

  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * printRole's (and the default table convertor's) CREATED AT: the creation time in UTC, as Go's
   * time.RFC3339 writes it.
   */
  static Column<Unstructured> createdAt() {
    return Column.of(
        "Created At",
        o ->
            o.metadata().creationTimestamp() == null
                ? ""
                : RFC3339.format(o.metadata().creationTimestamp()));
  }

  /** NAME and CREATED AT: printRole, printClusterRole, printLimitRange, a CRD's default table. */
  static List<Column<Unstructured>> createdAtColumns(Instant now) {
    return List.of(Column.name(), createdAt());
  }

  /** layoutContainerCells over the containers at a path: comma-joined names. */
  static String containerNames(Unstructured o, String... containersPath) {
    return containerField(o, "name", containersPath);
  }

  /** layoutContainerCells: comma-joined images. */
  static String containerImages(Unstructured o, String... containersPath) {
    return containerField(o, "image", containersPath);
  }

  private static String containerField(Unstructured o, String field, String... path) {
    return String.join(
        ",", Fields.list(o, path).stream().map(c -> Fields.text(Fields.at(c, field))).toList());
  }

  /**
   * listWithMoreString and its siblings: at most {@code max} entries, comma-joined, then {@code " +
   * N more..."} for the rest.
   */
  static String withMore(List<String> all, int max, String separator, String whenEmpty) {
    List<String> shown = all.size() > max ? all.subList(0, max) : all;
    String joined = String.join(separator, new ArrayList<>(shown));
    if (all.size() > max) {
      return joined + " + " + (all.size() - max) + " more...";
    }
    return joined.isEmpty() ? whenEmpty : joined;
  }
}
