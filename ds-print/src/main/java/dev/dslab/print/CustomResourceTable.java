package dev.dslab.print;

import dev.dslab.model.apiextensions.PrinterColumn;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of custom resources, as apiextensions-apiserver's tableconvertor builds it from a CRD
 * version's additionalPrinterColumns: NAME, then each column's value at its JSONPath (a {@code
 * date} as an age, the wide ones with {@code -o wide} only); without columns, NAME and AGE. And the
 * table of CRDs themselves: NAME and CREATED AT.
 */
final class CustomResourceTable {
  private CustomResourceTable() {}

  static final KindTable<KubeObject> DEFINITIONS =
      new KindTable<>(
          KubeObject.class,
          KindTable.Scope.CLUSTER,
          now ->
              List.of(
                  Column.name(),
                  Column.of(
                      "Created At",
                      o ->
                          o.metadata().creationTimestamp() == null
                              ? ""
                              : o.metadata()
                                  .creationTimestamp()
                                  .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                  .toString())));

  static KindTable<KubeObject> of(List<PrinterColumn> printerColumns, boolean namespaced) {
    return new KindTable<>(
        KubeObject.class,
        namespaced ? KindTable.Scope.NAMESPACED : KindTable.Scope.CLUSTER,
        now -> columns(printerColumns, now));
  }

  private static List<Column<KubeObject>> columns(List<PrinterColumn> printerColumns, Instant now) {
    if (printerColumns.isEmpty()) {
      return List.of(Column.name(), Column.age(now));
    }
    List<Column<KubeObject>> columns = new ArrayList<>();
    columns.add(Column.name());
    for (PrinterColumn c : printerColumns) {
      columns.add(
          new Column<>(c.name(), c.priority() > 0, o -> cell(c, value(o, c.jsonPath()), now)));
    }
    return columns;
  }

  private static String cell(PrinterColumn column, Object value, Instant now) {
    if (value == null) {
      return null;
    }
    if (column.type().equals("date") && value instanceof String s) {
      try {
        return HumanDuration.age(Instant.parse(s), now);
      } catch (DateTimeParseException e) {
        return s;
      }
    }
    return text(value);
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\":" + json(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof List<?> l) {
      return l.stream().map(CustomResourceTable::json).collect(Collectors.joining(",", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static String json(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : text(value);
  }

  /**
   * The value at a simple JSONPath ({@code .spec.replicas}, {@code .status.nodes[0].name}); the
   * metadata the table needs comes from the typed metadata. Null when absent or not a path this
   * reads.
   */
  static Object value(KubeObject object, String jsonPath) {
    String path = jsonPath.strip();
    if (path.startsWith("{") && path.endsWith("}")) {
      path = path.substring(1, path.length() - 1);
    }
    if (path.startsWith("$")) {
      path = path.substring(1);
    }
    if (!path.startsWith(".")) {
      return null;
    }
    String[] steps = path.substring(1).split("\\.");
    if (steps.length > 0 && steps[0].equals("metadata")) {
      return steps.length == 2 ? metadata(object, steps[1]) : null;
    }
    if (!(object instanceof Unstructured u)) {
      return null;
    }
    Object at = u.content();
    for (String step : steps) {
      String field = step;
      Integer index = null;
      int bracket = step.indexOf('[');
      if (bracket >= 0 && step.endsWith("]")) {
        field = step.substring(0, bracket);
        try {
          index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        } catch (NumberFormatException e) {
          return null; // filters and wildcards are beyond this reader
        }
      }
      if (!field.isEmpty()) {
        at = at instanceof Map<?, ?> m ? m.get(field) : null;
      }
      if (index != null) {
        at = at instanceof List<?> l && index >= 0 && index < l.size() ? l.get(index) : null;
      }
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  private static Object metadata(KubeObject object, String field) {
    return switch (field) {
      case "name" -> object.metadata().name();
      case "namespace" -> object.metadata().namespace();
      case "uid" -> object.metadata().uid();
      case "generation" -> object.metadata().generation();
      case "creationTimestamp" ->
          object.metadata().creationTimestamp() == null
              ? null
              : object.metadata().creationTimestamp().toString();
      default -> null;
    };
  }
}
