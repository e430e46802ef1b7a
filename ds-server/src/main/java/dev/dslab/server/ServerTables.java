package dev.dslab.server;

import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.print.Printers;
import dev.dslab.yaml.ManifestWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side printing: the meta.k8s.io/v1 Table a client asks for with {@code Accept:
 * ...;as=Table} (kubectl get), with the columns kubectl prints and one row per object. Lists and
 * gets answer one; a watch sends each event's object as a one-row Table.
 */
final class ServerTables {
  /** includeObject's default: each row carries the object's metadata only. */
  static final String PARTIAL = "PartialObjectMetadata";

  private ServerTables() {}

  /** Whether the Accept header asks for a Table. */
  static boolean wanted(String accept) {
    return accept != null && accept.contains("as=Table");
  }

  /**
   * The Table of {@code objects} of {@code resource}, their ages as at {@code now}.
   *
   * @param includeObject what each row carries: {@code Object} (the whole object), {@code None}
   *     (nothing) or anything else, as {@value #PARTIAL} (its metadata)
   */
  static Map<String, Object> table(
      Resource resource,
      List<KubeObject> objects,
      Instant now,
      String resourceVersion,
      String includeObject) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("kind", "Table");
    t.put("apiVersion", "meta.k8s.io/v1");
    t.put("metadata", Map.of("resourceVersion", resourceVersion));
    Kind kind = resource.kind();
    // a custom resource's columns are its CRD version's additionalPrinterColumns
    Printers.ServerTable table =
        (kind.custom()
                ? java.util.Optional.of(
                    Printers.serverTable(
                        objects, now, resource.printerColumns(), kind.namespaced()))
                : Printers.serverTable(kind.kindName(), objects, now))
            .orElse(
                new Printers.ServerTable(
                    List.of(new Printers.ServerColumn("Name", "string", "name", 0)),
                    objects.stream().map(o -> List.of(o.metadata().name())).toList()));
    List<Object> columns = new ArrayList<>();
    for (Printers.ServerColumn c : table.columns()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", c.name());
      d.put("type", c.type());
      d.put("format", c.format());
      d.put("description", "");
      d.put("priority", c.priority());
      columns.add(d);
    }
    t.put("columnDefinitions", columns);
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cells", table.rows().get(i));
      Map<String, Object> tree = ManifestWriter.toTree(objects.get(i));
      if (includeObject.equals("Object")) {
        row.put("object", tree);
      } else if (!includeObject.equals("None")) {
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("kind", "PartialObjectMetadata");
        partial.put("apiVersion", "meta.k8s.io/v1");
        partial.put("metadata", tree.get("metadata"));
        row.put("object", partial);
      }
      rows.add(row);
    }
    t.put("rows", rows);
    return t;
  }
}
