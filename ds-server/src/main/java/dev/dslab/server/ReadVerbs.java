package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * get, list and watch: the objects as JSON, or as the Table kubectl prints when it asks for one.
 */
record ReadVerbs(EngineLoop engine, Watches watches, FieldOwnership ownership) {
  /** GET of a collection with {@code watch=true}. */
  void watch(ResourceRequest r) throws ApiException, BadRequest, IOException {
    watches.serve(
        r.exchange(), r.resource(), r.namespace(), Selectors.of(r.query(), r.kind()), r.query());
  }

  /** GET of a collection: the selected objects, at the store's resourceVersion. */
  void list(ResourceRequest r) throws ApiException, BadRequest, IOException {
    Selectors selectors = Selectors.of(r.query(), r.kind());
    record Listed(List<KubeObject> items, long resourceVersion, Instant now) {}
    Listed listed =
        engine.call(
            cluster ->
                new Listed(
                    cluster.<KubeObject>list(r.kind(), r.namespace()).stream()
                        .filter(selectors::matches)
                        .toList(),
                    cluster.store().resourceVersion(),
                    cluster.now()));
    if (wantsTable(r)) {
      r.send(200, table(r, listed.items(), listed.resourceVersion(), listed.now()));
      return;
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("kind", r.kind().kindName() + "List");
    list.put("apiVersion", r.resource().groupVersion());
    list.put("metadata", Map.of("resourceVersion", Long.toString(listed.resourceVersion())));
    List<Object> items = new ArrayList<>();
    listed.items().forEach(o -> items.add(ManifestWriter.toTree(o)));
    list.put("items", items);
    r.send(200, list);
  }

  /** GET of one object. */
  void get(ResourceRequest r) throws ApiException, IOException {
    record Got(KubeObject object, long resourceVersion, Instant now, Map<String, Object> served) {}
    boolean table = wantsTable(r);
    Got got =
        engine.call(
            cluster -> {
              KubeObject o = r.existing(cluster);
              return new Got(
                  o,
                  cluster.store().resourceVersion(),
                  cluster.now(),
                  table ? null : ownership.served(r.resource(), o));
            });
    if (table) {
      r.send(200, table(r, List.of(got.object()), got.resourceVersion(), got.now()));
      return;
    }
    r.send(200, got.served());
  }

  private static boolean wantsTable(ResourceRequest r) {
    return ServerTables.wanted(r.header("Accept"));
  }

  private static Map<String, Object> table(
      ResourceRequest r, List<KubeObject> objects, long resourceVersion, Instant now) {
    return ServerTables.table(
        r.resource(),
        objects,
        now,
        Long.toString(resourceVersion),
        r.query().getOrDefault("includeObject", ServerTables.PARTIAL));
  }
}
