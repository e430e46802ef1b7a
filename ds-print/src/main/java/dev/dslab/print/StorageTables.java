package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tables of storage.k8s.io, after printers.go: printStorageClass, printCSIDriver, printCSINode,
 * printCSIStorageCapacity (which has no AGE), printVolumeAttachment. Unset fields print the
 * defaults printers.go assumes for them.
 */
final class StorageTables {
  private StorageTables() {}

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("StorageClass", table(Scope.CLUSTER, StorageTables::storageClass));
    tables.put("CSIDriver", table(Scope.CLUSTER, StorageTables::csiDriver));
    tables.put("CSINode", table(Scope.CLUSTER, StorageTables::csiNode));
    tables.put("CSIStorageCapacity", table(Scope.NAMESPACED, StorageTables::csiStorageCapacity));
    tables.put("VolumeAttachment", table(Scope.CLUSTER, StorageTables::volumeAttachment));
  }

  /** storageutil.IsDefaultAnnotation: the GA or the beta annotation says "true". */
  static boolean isDefaultClass(Unstructured o) {
    Map<String, String> a = o.metadata().annotations();
    return "true".equals(a.get("storageclass.kubernetes.io/is-default-class"))
        || "true".equals(a.get("storageclass.beta.kubernetes.io/is-default-class"));
  }

  /** printStorageClass: the default class's name reads {@code NAME (default)}. */
  static List<Column<Unstructured>> storageClass(Instant now) {
    return List.of(
        cell("Name", o -> o.name() + (isDefaultClass(o) ? " (default)" : "")),
        cell("Provisioner", o -> Fields.text(o, "provisioner")),
        cell("ReclaimPolicy", o -> orElse(o.get("reclaimPolicy"), "Delete")),
        cell("VolumeBindingMode", o -> orElse(o.get("volumeBindingMode"), "Immediate")),
        cell(
            "AllowVolumeExpansion",
            o -> Boolean.toString(Fields.bool(o.get("allowVolumeExpansion"), false))),
        Column.age(now));
  }

  static String orElse(Object value, String otherwise) {
    return value == null ? otherwise : Fields.text(value);
  }

  /** printCSIDriver. */
  static List<Column<Unstructured>> csiDriver(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "AttachRequired",
            o -> Boolean.toString(Fields.bool(o.get("spec", "attachRequired"), true))),
        cell(
            "PodInfoOnMount",
            o -> Boolean.toString(Fields.bool(o.get("spec", "podInfoOnMount"), false))),
        cell(
            "StorageCapacity",
            o -> Boolean.toString(Fields.bool(o.get("spec", "storageCapacity"), false))),
        cell("TokenRequests", StorageTables::tokenRequests),
        cell(
            "RequiresRepublish",
            o -> Boolean.toString(Fields.bool(o.get("spec", "requiresRepublish"), false))),
        cell("Modes", StorageTables::modes),
        Column.age(now));
  }

  private static String tokenRequests(Unstructured o) {
    if (o.get("spec", "tokenRequests") == null) {
      return "<unset>";
    }
    return String.join(
        ",",
        Fields.list(o, "spec", "tokenRequests").stream()
            .map(t -> Fields.text(Fields.at(t, "audience")))
            .toList());
  }

  private static String modes(Unstructured o) {
    String modes =
        String.join(
            ",",
            Fields.list(o, "spec", "volumeLifecycleModes").stream().map(Fields::text).toList());
    return modes.isEmpty() ? "<none>" : modes;
  }

  /** printCSINode: the number of drivers. */
  static List<Column<Unstructured>> csiNode(Instant now) {
    return List.of(
        Column.name(),
        cell("Drivers", o -> Integer.toString(Fields.size(o.get("spec", "drivers")))),
        Column.age(now));
  }

  static List<Column<Unstructured>> csiStorageCapacity(Instant now) {
    return List.of(
        Column.name(),
        cell("StorageClassName", o -> Fields.text(o, "storageClassName")),
        cell("Capacity", o -> CoreTables.unsetOr(o.get("capacity"))));
  }

  static List<Column<Unstructured>> volumeAttachment(Instant now) {
    return List.of(
        Column.name(),
        cell("Attacher", o -> Fields.text(o, "spec", "attacher")),
        cell("PV", o -> Fields.text(o, "spec", "source", "persistentVolumeName")),
        cell("Node", o -> Fields.text(o, "spec", "nodeName")),
        cell("Attached", o -> Boolean.toString(Fields.bool(o.get("status", "attached"), false))),
        Column.age(now));
  }
}
