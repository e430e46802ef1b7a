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
record ReadVerbs(EngineLoop engine, Watches watches, FieldOwnership ownership, ListPages pages) {
  /** GET of a collection with {@code watch=true}. */
  void watch(ResourceRequest r) throws ApiException, BadRequest, IOException {
    watches.serve(
        r.exchange(), r.resource(), r.namespace(), Selectors.of(r.query(), r.kind()), r.query());
  }

  ReadVerbs(EngineLoop engine, Watches watches, FieldOwnership ownership) {
    this(engine, watches, ownership, new ListPages());
  }

  /**
   * GET of a collection: the selected objects, at the store's resourceVersion; with {@code limit}
   * one page of them and the token for the rest ({@link ListPages}).
   */
  void list(ResourceRequest r) throws ApiException, BadRequest, IOException {
    Selectors selectors = Selectors.of(r.query(), r.kind());
    long limit = limit(r.query());
    String continueValue = r.query().get("continue");
    if (continueValue != null
        && !continueValue.isEmpty()
        && !r.query().getOrDefault("resourceVersion", "").isEmpty()) {
      throw BadRequest.of("specifying resource version is not allowed when using continue");
    }
    boolean filtered =
        !r.query().getOrDefault("labelSelector", "").isBlank()
            || !r.query().getOrDefault("fieldSelector", "").isBlank();
    record Listed(List<KubeObject> all, long resourceVersion, Instant now) {}
    Listed listed =
        engine.call(
            cluster ->
                new Listed(
                    cluster.<KubeObject>list(r.kind(), r.namespace()),
                    cluster.store().resourceVersion(),
                    cluster.now()));
    ListPages.Page page;
    try {
      page =
          pages.page(
              r.kind(),
              r.namespace(),
              listed.all(),
              listed.resourceVersion(),
              selectors::matches,
              filtered,
              limit,
              continueValue);
    } catch (ListPages.Expired expired) {
      Map<String, Object> status =
          StatusObjects.failure(expired.getMessage(), "Expired", 410, null);
      status.put("metadata", Map.of("continue", expired.next));
      r.send(410, status);
      return;
    }
    if (wantsTable(r)) {
      Map<String, Object> table = table(r, page.items(), page.resourceVersion(), listed.now());
      table.put("metadata", page.listMeta());
      r.send(200, table);
      return;
    }
    r.send(200, listBody(r, page.listMeta(), page.items()));
  }

  /** A KINDList of the request's resource: its metadata and its objects as JSON trees. */
  static Map<String, Object> listBody(
      ResourceRequest r, Map<String, Object> metadata, List<KubeObject> objects) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("kind", r.kind().kindName() + "List");
    list.put("apiVersion", r.resource().groupVersion());
    list.put("metadata", metadata);
    List<Object> items = new ArrayList<>();
    objects.forEach(o -> items.add(ManifestWriter.toTree(o)));
    list.put("items", items);
    return list;
  }

  /** The {@code limit} parameter: 0 (everything) when absent. */
  private static long limit(Map<String, String> query) throws BadRequest {
    String value = query.get("limit");
    if (value == null || value.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw BadRequest.of("strconv.ParseInt: parsing \"" + value + "\": invalid syntax");
    }
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
