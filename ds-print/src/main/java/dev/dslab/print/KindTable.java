package dev.dslab.print;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Labels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How kubectl prints one kind as a table: its columns (which may depend on {@code now}, for ages)
 * and its scope. Rendering follows cli-runtime: decorateTable adds NAMESPACE first and LABELS last,
 * printTable drops the wide-only columns unless {@code -o wide}, upper-cases the headers, and
 * writes tab-separated cells that a {@link TabWriter#KUBECTL} aligns.
 */
record KindTable<T extends KubeObject>(
    Class<T> type, Scope scope, Function<Instant, List<Column<T>>> columns) {

  enum Scope {
    NAMESPACED,
    CLUSTER
  }

  /** Everything {@code get} prints for these objects, all of this kind. */
  String render(List<? extends KubeObject> objects, Instant now, TableOptions options) {
    List<T> rows = objects.stream().map(type::cast).toList();
    List<Column<T>> shown = shownColumns(columns.apply(now), options);
    StringBuilder text = new StringBuilder();
    if (!options.noHeaders()) {
      appendLine(
          text, shown.stream().map(column -> column.header().toUpperCase(Locale.ROOT)).toList());
    }
    for (T row : rows) {
      appendLine(text, shown.stream().map(column -> printable(column.cell().apply(row))).toList());
    }
    return TabWriter.KUBECTL.format(text.toString());
  }

  /** The server-side Table: every column (wide ones with priority 1) and the cells. */
  Printers.ServerTable server(List<? extends KubeObject> objects, Instant now) {
    List<Column<T>> all = columns.apply(now);
    List<Printers.ServerColumn> definitions =
        all.stream()
            .map(
                c ->
                    new Printers.ServerColumn(
                        c.header(),
                        "string",
                        c.header().equals("Name") ? "name" : "",
                        c.wideOnly() ? 1 : 0))
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (KubeObject o : objects) {
      T row = type.cast(o);
      // raw cells: kubectl's printer cuts and escapes them as it prints
      rows.add(
          all.stream()
              .map(c -> java.util.Objects.requireNonNullElse(c.cell().apply(row), ""))
              .toList());
    }
    return new Printers.ServerTable(definitions, rows);
  }

  private List<Column<T>> shownColumns(List<Column<T>> kindColumns, TableOptions options) {
    List<Column<T>> shown = new ArrayList<>();
    // kubectl get asks for the namespace column with -A, except for cluster-scoped kinds
    if (options.withNamespace() && scope == Scope.NAMESPACED) {
      shown.add(Column.of("Namespace", KubeObject::namespace));
    }
    kindColumns.stream()
        .filter(column -> options.wide() || !column.wideOnly())
        .map(
            column ->
                options.showKind() && column.header().equals("Name") ? qualified(column) : column)
        .forEach(shown::add);
    // decorateTable: a column per -L key, headed by the key's last path segment in capitals
    for (String key : options.labelColumns()) {
      String[] segments = key.split("/", -1);
      shown.add(
          Column.of(segments[segments.length - 1], object -> object.metadata().labels().get(key)));
    }
    if (options.showLabels()) {
      shown.add(Column.of("Labels", object -> Labels.format(object.metadata().labels())));
    }
    return shown;
  }

  /** --show-kind: the name column says the kind too, as {@code daemonset.apps/x}. */
  private static <T extends KubeObject> Column<T> qualified(Column<T> name) {
    return Column.of(
        "Name", o -> GroupKind.of(o.apiVersion(), o.kind()).qualify(name.cell().apply(o)));
  }

  private static void appendLine(StringBuilder text, List<String> cells) {
    text.append(String.join("\t", cells)).append('\n');
  }

  /**
   * printTable's cell: cut at the first line break (which would break the table) and marked with
   * "...", then WriteEscaped, which defuses terminal escape sequences.
   */
  private static String printable(String cell) {
    if (cell == null) {
      return "";
    }
    String shown = cell;
    int lineBreak = firstIndexOfAny(cell, "\f\n\r");
    if (lineBreak >= 0) {
      shown = cell.substring(0, lineBreak);
    }
    shown = shown.replace("\u001b", "^[");
    return lineBreak >= 0 ? shown + "..." : shown;
  }

  private static int firstIndexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
