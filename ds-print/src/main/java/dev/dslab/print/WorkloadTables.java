package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;
import static dev.dslab.print.UnstructuredTables.wideCell;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of the workload kinds kept unstructured, after printers.go: printStatefulSet,
 * printJob, printCronJob, printHorizontalPodAutoscaler (with formatHPAMetrics). Deployments and
 * ReplicaSets are left to their own records.
 */
final class WorkloadTables {
  private WorkloadTables() {}

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("StatefulSet", table(Scope.NAMESPACED, WorkloadTables::statefulSet));
    tables.put("Job", table(Scope.NAMESPACED, WorkloadTables::job));
    tables.put("CronJob", table(Scope.NAMESPACED, WorkloadTables::cronJob));
    tables.put("HorizontalPodAutoscaler", table(Scope.NAMESPACED, WorkloadTables::hpa));
  }

  /** printStatefulSet: READY is ready replicas over spec.replicas. */
  static List<Column<Unstructured>> statefulSet(Instant now) {
    String[] containers = {"spec", "template", "spec", "containers"};
    return List.of(
        Column.name(),
        cell(
            "Ready",
            o ->
                Fields.integer(o, "status", "readyReplicas")
                    + "/"
                    + Fields.integer(o, "spec", "replicas")),
        Column.age(now),
        wideCell("Containers", o -> UnstructuredTables.containerNames(o, containers)),
        wideCell("Images", o -> UnstructuredTables.containerImages(o, containers)));
  }

  /** printJob: STATUS from the conditions, COMPLETIONS, DURATION from start to completion. */
  static List<Column<Unstructured>> job(Instant now) {
    String[] containers = {"spec", "template", "spec", "containers"};
    return List.of(
        Column.name(),
        cell("Status", WorkloadTables::jobStatus),
        cell("Completions", WorkloadTables::completions),
        cell("Duration", o -> jobDuration(o, now)),
        Column.age(now),
        wideCell("Containers", o -> UnstructuredTables.containerNames(o, containers)),
        wideCell("Images", o -> UnstructuredTables.containerImages(o, containers)),
        wideCell("Selector", o -> Fields.formatSelector(o.get("spec", "selector"))));
  }

  private static String completions(Unstructured o) {
    long succeeded = Fields.integer(o, "status", "succeeded");
    Object completions = o.get("spec", "completions");
    if (completions != null) {
      return succeeded + "/" + Fields.integer(completions);
    }
    long parallelism = Fields.integer(o, "spec", "parallelism");
    return parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
  }

  private static String jobDuration(Unstructured o, Instant now) {
    Instant start = time(o.get("status", "startTime"));
    if (start == null) {
      return "";
    }
    Instant end = time(o.get("status", "completionTime"));
    return HumanDuration.format(Duration.between(start, end == null ? now : end));
  }

  /** The first of Complete, Failed, Terminating, Suspended, FailureTarget that holds; Running. */
  private static String jobStatus(Unstructured o) {
    if (hasCondition(o, "Complete")) {
      return "Complete";
    }
    if (hasCondition(o, "Failed")) {
      return "Failed";
    }
    if (o.metadata().deletionTimestamp() != null) {
      return "Terminating";
    }
    if (hasCondition(o, "Suspended")) {
      return "Suspended";
    }
    if (hasCondition(o, "FailureTarget")) {
      return "FailureTarget";
    }
    return "Running";
  }

  /** hasJobCondition: the first condition of the type decides. */
  private static boolean hasCondition(Unstructured o, String type) {
    for (Object c : Fields.list(o, "status", "conditions")) {
      if (type.equals(Fields.text(Fields.at(c, "type")))) {
        return "True".equals(Fields.text(Fields.at(c, "status")));
      }
    }
    return false;
  }

  static Instant time(Object value) {
    if (value == null || Fields.text(value).isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(Fields.text(value));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** printCronJob. */
  static List<Column<Unstructured>> cronJob(Instant now) {
    String[] containers = {"spec", "jobTemplate", "spec", "template", "spec", "containers"};
    return List.of(
        Column.name(),
        cell("Schedule", o -> Fields.text(o, "spec", "schedule")),
        cell(
            "Timezone",
            o -> o.get("spec", "timeZone") == null ? "<none>" : Fields.text(o, "spec", "timeZone")),
        cell("Suspend", o -> boolPtr(o.get("spec", "suspend"))),
        cell("Active", o -> Integer.toString(Fields.size(o.get("status", "active")))),
        cell(
            "Last Schedule",
            o -> {
              Instant last = time(o.get("status", "lastScheduleTime"));
              return last == null ? "<none>" : HumanDuration.age(last, now);
            }),
        Column.age(now),
        wideCell("Containers", o -> UnstructuredTables.containerNames(o, containers)),
        wideCell("Images", o -> UnstructuredTables.containerImages(o, containers)),
        wideCell(
            "Selector",
            o -> Fields.formatSelector(o.get("spec", "jobTemplate", "spec", "selector"))));
  }

  /** printBoolPtr. */
  private static String boolPtr(Object value) {
    if (!(value instanceof Boolean b)) {
      return "<unset>";
    }
    return b ? "True" : "False";
  }

  /** printHorizontalPodAutoscaler. */
  static List<Column<Unstructured>> hpa(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Reference",
            o ->
                Fields.text(o, "spec", "scaleTargetRef", "kind")
                    + "/"
                    + Fields.text(o, "spec", "scaleTargetRef", "name")),
        cell(
            "Targets",
            o ->
                metrics(
                    Fields.list(o, "spec", "metrics"), Fields.list(o, "status", "currentMetrics"))),
        cell(
            "MinPods",
            o ->
                o.get("spec", "minReplicas") == null
                    ? "<unset>"
                    : Fields.text(o, "spec", "minReplicas")),
        cell("MaxPods", o -> Long.toString(Fields.integer(o, "spec", "maxReplicas"))),
        cell("Replicas", o -> Long.toString(Fields.integer(o, "status", "currentReplicas"))),
        Column.age(now));
  }

  /** formatHPAMetrics: at most two targets as {@code current/target}, then "+ N more...". */
  static String metrics(List<Object> specs, List<Object> statuses) {
    if (specs.isEmpty()) {
      return "<none>";
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Object spec = specs.get(i);
      Object status = i < statuses.size() ? statuses.get(i) : null;
      list.add(metric(Fields.text(Fields.at(spec, "type")), spec, status));
    }
    return UnstructuredTables.withMore(list, 2, ", ", "");
  }

  private static String metric(String type, Object spec, Object status) {
    return switch (type) {
      case "External" -> valueMetric(spec, status, "external");
      case "Object" -> valueMetric(spec, status, "object");
      case "Pods" ->
          current(status, "pods", "averageValue")
              + "/"
              + CoreTables.quantity(Fields.at(spec, "pods", "target", "averageValue"));
      case "Resource" -> resourceMetric(spec, status, "resource");
      case "ContainerResource" -> resourceMetric(spec, status, "containerResource");
      default -> "<unknown type>";
    };
  }

  private static String valueMetric(Object spec, Object status, String source) {
    Object average = Fields.at(spec, source, "target", "averageValue");
    if (average != null) {
      return current(status, source, "averageValue") + "/" + Fields.text(average) + " (avg)";
    }
    return current(status, source, "value")
        + "/"
        + CoreTables.quantity(Fields.at(spec, source, "target", "value"));
  }

  private static String resourceMetric(Object spec, Object status, String source) {
    String name = Fields.text(Fields.at(spec, source, "name"));
    Object average = Fields.at(spec, source, "target", "averageValue");
    if (average != null) {
      return name + ": " + current(status, source, "averageValue") + "/" + Fields.text(average);
    }
    Object utilization = Fields.at(status, source, "current", "averageUtilization");
    String current = utilization == null ? "<unknown>" : Fields.text(utilization) + "%";
    Object target = Fields.at(spec, source, "target", "averageUtilization");
    return name + ": " + current + "/" + (target == null ? "<auto>" : Fields.text(target) + "%");
  }

  private static String current(Object status, String source, String field) {
    Object value = Fields.at(status, source, "current", field);
    if (Fields.at(status, source) == null) {
      return "<unknown>";
    }
    return value == null ? "<unknown>" : Fields.text(value);
  }
}
