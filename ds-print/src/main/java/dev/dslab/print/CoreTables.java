package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;
import static dev.dslab.print.UnstructuredTables.wideCell;

import dev.dslab.model.meta.Labels;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables of the core (v1) kinds kept unstructured, after pkg/printers/internalversion/
 * printers.go: printConfigMap, printSecret, printServiceAccount, printEndpoints,
 * printPersistentVolume(Claim), printReplicationController, printPodTemplate, printResourceQuota,
 * printLimitRange.
 */
final class CoreTables {
  private CoreTables() {}

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("ConfigMap", table(Scope.NAMESPACED, CoreTables::configMap));
    tables.put("Secret", table(Scope.NAMESPACED, CoreTables::secret));
    tables.put("ServiceAccount", table(Scope.NAMESPACED, CoreTables::serviceAccount));
    tables.put("Endpoints", table(Scope.NAMESPACED, CoreTables::endpoints));
    tables.put("PersistentVolume", table(Scope.CLUSTER, CoreTables::persistentVolume));
    tables.put("PersistentVolumeClaim", table(Scope.NAMESPACED, CoreTables::persistentVolumeClaim));
    tables.put("ReplicationController", table(Scope.NAMESPACED, CoreTables::replicationController));
    tables.put("PodTemplate", table(Scope.NAMESPACED, CoreTables::podTemplate));
    tables.put("ResourceQuota", table(Scope.NAMESPACED, CoreTables::resourceQuota));
    tables.put("LimitRange", table(Scope.NAMESPACED, UnstructuredTables::createdAtColumns));
  }

  /** printConfigMap: DATA counts data and binaryData. */
  static List<Column<Unstructured>> configMap(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Data",
            o -> Long.toString(Fields.size(o.get("data")) + Fields.size(o.get("binaryData")))),
        Column.age(now));
  }

  /** printSecret: TYPE and the number of data keys. */
  static List<Column<Unstructured>> secret(Instant now) {
    return List.of(
        Column.name(),
        cell("Type", o -> Fields.text(o, "type")),
        cell("Data", o -> Integer.toString(Fields.size(o.get("data")))),
        Column.age(now));
  }

  /** printServiceAccount: the number of secrets listed. */
  static List<Column<Unstructured>> serviceAccount(Instant now) {
    return List.of(
        Column.name(),
        cell("Secrets", o -> Integer.toString(Fields.size(o.get("secrets")))),
        Column.age(now));
  }

  static List<Column<Unstructured>> endpoints(Instant now) {
    return List.of(Column.name(), cell("Endpoints", CoreTables::formatEndpoints), Column.age(now));
  }

  /**
   * formatEndpoints: up to three {@code ip:port} (or bare IPs of a subset without ports), then
   * {@code " + N more..."}; {@code <none>} without subsets.
   */
  static String formatEndpoints(Unstructured o) {
    List<Object> subsets = Fields.list(o, "subsets");
    if (subsets.isEmpty()) {
      return "<none>";
    }
    int max = 3;
    List<String> list = new ArrayList<>();
    boolean more = false;
    int count = 0;
    for (Object subset : subsets) {
      List<Object> addresses = Fields.list(Fields.at(subset, "addresses"));
      List<Object> ports = Fields.list(Fields.at(subset, "ports"));
      if (ports.isEmpty()) {
        count += addresses.size();
        for (Object address : addresses) {
          if (list.size() == max) {
            more = true;
            break;
          }
          list.add(Fields.text(Fields.at(address, "ip")));
        }
        continue;
      }
      for (Object port : ports) {
        count += addresses.size();
        for (Object address : addresses) {
          if (list.size() == max) {
            more = true;
            break;
          }
          list.add(
              joinHostPort(
                  Fields.text(Fields.at(address, "ip")), Fields.integer(Fields.at(port, "port"))));
        }
      }
    }
    String joined = String.join(",", list);
    return more ? joined + " + " + (count - max) + " more..." : joined;
  }

  /** net.JoinHostPort: an IPv6 address in brackets. */
  private static String joinHostPort(String host, long port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** printPersistentVolume. */
  static List<Column<Unstructured>> persistentVolume(Instant now) {
    return List.of(
        Column.name(),
        cell("Capacity", o -> quantity(o.get("spec", "capacity", "storage"))),
        cell("Access Modes", o -> accessModes(Fields.list(o, "spec", "accessModes"))),
        cell("Reclaim Policy", o -> Fields.text(o, "spec", "persistentVolumeReclaimPolicy")),
        cell("Status", o -> terminatingOr(o, Fields.text(o, "status", "phase"))),
        cell("Claim", CoreTables::claim),
        cell("StorageClass", o -> storageClass(o)),
        cell("VolumeAttributesClass", o -> unsetOr(o.get("spec", "volumeAttributesClassName"))),
        cell("Reason", o -> Fields.text(o, "status", "reason")),
        Column.age(now),
        wideCell("VolumeMode", o -> unsetOr(o.get("spec", "volumeMode"))));
  }

  private static String claim(Unstructured o) {
    Object ref = o.get("spec", "claimRef");
    if (ref == null) {
      return "";
    }
    return Fields.text(Fields.at(ref, "namespace")) + "/" + Fields.text(Fields.at(ref, "name"));
  }

  /** printPersistentVolumeClaim: capacity and access modes once bound to a volume. */
  static List<Column<Unstructured>> persistentVolumeClaim(Instant now) {
    return List.of(
        Column.name(),
        cell("Status", o -> terminatingOr(o, Fields.text(o, "status", "phase"))),
        cell("Volume", o -> Fields.text(o, "spec", "volumeName")),
        cell("Capacity", o -> bound(o) ? quantity(o.get("status", "capacity", "storage")) : ""),
        cell(
            "Access Modes",
            o -> bound(o) ? accessModes(Fields.list(o, "status", "accessModes")) : ""),
        cell("StorageClass", o -> storageClass(o)),
        cell("VolumeAttributesClass", o -> unsetOr(o.get("spec", "volumeAttributesClassName"))),
        Column.age(now),
        wideCell("VolumeMode", o -> unsetOr(o.get("spec", "volumeMode"))));
  }

  private static boolean bound(Unstructured pvc) {
    return !Fields.text(pvc, "spec", "volumeName").isEmpty();
  }

  /** A quantity as stored; a missing one is resource.Quantity's zero, {@code 0}. */
  static String quantity(Object value) {
    return value == null ? "0" : Fields.text(value);
  }

  static String unsetOr(Object value) {
    return value == null ? "<unset>" : Fields.text(value);
  }

  private static String terminatingOr(Unstructured o, String phase) {
    return o.metadata().deletionTimestamp() != null ? "Terminating" : phase;
  }

  /** GetPersistentVolume(Claim)Class: the beta annotation wins over spec.storageClassName. */
  private static String storageClass(Unstructured o) {
    String beta = o.metadata().annotations().get("volume.beta.kubernetes.io/storage-class");
    return beta != null ? beta : Fields.text(o, "spec", "storageClassName");
  }

  /** GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order, each once. */
  static String accessModes(List<Object> modes) {
    List<String> out = new ArrayList<>();
    List<String> given = modes.stream().map(Fields::text).toList();
    String[][] known = {
      {"ReadWriteOnce", "RWO"},
      {"ReadOnlyMany", "ROX"},
      {"ReadWriteMany", "RWX"},
      {"ReadWriteOncePod", "RWOP"}
    };
    for (String[] k : known) {
      if (given.contains(k[0])) {
        out.add(k[1]);
      }
    }
    return String.join(",", out);
  }

  /** printReplicationController. */
  static List<Column<Unstructured>> replicationController(Instant now) {
    String[] containers = {"spec", "template", "spec", "containers"};
    return List.of(
        Column.name(),
        cell("Desired", o -> Long.toString(Fields.integer(o, "spec", "replicas"))),
        cell("Current", o -> Long.toString(Fields.integer(o, "status", "replicas"))),
        cell("Ready", o -> Long.toString(Fields.integer(o, "status", "readyReplicas"))),
        Column.age(now),
        wideCell("Containers", o -> UnstructuredTables.containerNames(o, containers)),
        wideCell("Images", o -> UnstructuredTables.containerImages(o, containers)),
        wideCell("Selector", o -> Labels.format(Fields.strings(o.get("spec", "selector")))));
  }

  /** printPodTemplate: no AGE column. */
  static List<Column<Unstructured>> podTemplate(Instant now) {
    String[] containers = {"template", "spec", "containers"};
    return List.of(
        Column.name(),
        cell("Containers", o -> UnstructuredTables.containerNames(o, containers)),
        cell("Images", o -> UnstructuredTables.containerImages(o, containers)),
        cell(
            "Pod Labels",
            o -> Labels.format(Fields.strings(o.get("template", "metadata", "labels")))));
  }

  /**
   * printResourceQuota: {@code resource: used/hard} for each resource of status.hard, sorted; the
   * {@code limits.*} ones in LIMIT, the others in REQUEST.
   */
  static List<Column<Unstructured>> resourceQuota(Instant now) {
    return List.of(
        Column.name(),
        cell("Request", o -> quota(o, false)),
        cell("Limit", o -> quota(o, true)),
        Column.age(now));
  }

  private static String quota(Unstructured o, boolean limits) {
    Map<String, Object> hard = Fields.map(o, "status", "hard");
    Map<String, Object> used = Fields.map(o, "status", "used");
    List<String> parts = new ArrayList<>();
    for (String resource : new TreeSet<>(hard.keySet())) {
      String[] pieces = resource.split("\\.");
      boolean isLimit = pieces.length > 1 && pieces[0].equals("limits");
      if (isLimit == limits) {
        parts.add(
            resource + ": " + quantity(used.get(resource)) + "/" + quantity(hard.get(resource)));
      }
    }
    return String.join(", ", parts);
  }
}
