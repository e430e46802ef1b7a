package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watches: the store's changes as the API server streams them, one JSON event per line. A watch
 * from resourceVersion N gets every change after N (kept for the last {@value #HISTORY} changes;
 * older is 410 Gone, as etcd's compaction answers); without one, the matching objects first, as
 * ADDED. With selectors, an object that starts or stops matching is ADDED or DELETED, as upstream's
 * filtered watch says. Bookmarks carry the current resourceVersion when asked for.
 */
final class Watches implements AutoCloseable {
  static final int HISTORY = 100_000;

  /**
   * A watcher this far behind is closed (its client lists and watches again), as the API server
   * does.
   */
  static final int MAX_BACKLOG = 200_000;

  static final Duration BOOKMARK_EVERY = Duration.ofSeconds(10);
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  /** One change, as the store told it, with the resourceVersion it made. */
  record Change(long resourceVersion, WatchEvent event) {}

  /** What a watcher is sent: a change, or a bookmark at a resourceVersion. */
  private record Item(
      String type, KubeObject object, String bookmarkVersion, Instant now, Encoded encoded) {}

  /**
   * One change's object as JSON, written once for all the watchers that get it (by event type and
   * form), on the first watcher's thread: fifty watchers cost one serialization, not fifty.
   */
  private static final class Encoded {
    private final java.util.concurrent.ConcurrentHashMap<String, String> lines =
        new java.util.concurrent.ConcurrentHashMap<>();

    String line(Item item, Resource resource, boolean table) {
      return lines.computeIfAbsent(
          item.type() + (table ? "/table" : ""),
          k -> ManifestWriter.compactJson(event(item, resource, table)) + "\n");
    }
  }

  private final Cluster cluster;
  private final EngineLoop engine;
  private final ArrayDeque<Change> history = new ArrayDeque<>();
  private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
  private volatile long currentVersion;
  private volatile boolean closed;

  /** The store's watcher, kept to be removed again when the endpoint closes. */
  private final java.util.function.Consumer<WatchEvent> listener = this::onChange;

  Watches(Cluster cluster, EngineLoop engine) {
    this.cluster = cluster;
    this.engine = engine;
    this.currentVersion = cluster.store().resourceVersion();
    engine.post(() -> cluster.store().watch(listener));
  }

  /** On the engine thread: keep the change and hand it to every watcher it concerns. */
  private void onChange(WatchEvent e) {
    long rv = Long.parseLong(e.object().metadata().resourceVersion());
    currentVersion = Math.max(rv, cluster.store().resourceVersion());
    history.addLast(new Change(rv, e));
    while (history.size() > HISTORY) {
      history.removeFirst();
    }
    Encoded encoded = new Encoded();
    for (Watcher w : watchers) {
      w.offer(e, cluster.now(), encoded);
    }
    if (e.type() == WatchEvent.Type.DELETED
        && dev.dslab.model.apiextensions.CustomResourceDefinition.is(e.object())) {
      // the CRD is gone: its storage is torn down and its watches end, after the deletions of its
      // objects they were sent (apiextensions' crdHandler.removeDeadStorage)
      String definition = e.object().metadata().name();
      for (Watcher w : watchers) {
        if (w.resource.kind().custom()
            && w.resource.kind().qualifiedResource().equals(definition)) {
          w.ended = true;
        }
      }
    }
  }

  /** GET ...?watch=true: streams until the timeout, the client leaves, or the endpoint closes. */
  void serve(
      HttpExchange ex,
      Resource resource,
      String namespace,
      Selectors selectors,
      Map<String, String> query)
      throws ApiException, IOException {
    boolean table = ServerTables.wanted(ex.getRequestHeaders().getFirst("Accept"));
    Watcher w = new Watcher(resource, namespace, selectors);
    String from = query.getOrDefault("resourceVersion", "");
    engine.call(
        c -> {
          start(w, from);
          return null;
        });
    boolean bookmarks = Exchanges.isTrue(query.get("allowWatchBookmarks"));
    Duration timeout = timeout(query.get("timeoutSeconds"));
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.getResponseHeaders().set("Transfer-Encoding", "chunked");
    ex.sendResponseHeaders(200, 0);
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextBookmark = System.nanoTime() + BOOKMARK_EVERY.toNanos();
    try (OutputStream out = ex.getResponseBody()) {
      out.flush();
      while (!closed
          && System.nanoTime() < deadline
          && !w.overflowed
          && !(w.ended && w.items.isEmpty())) {
        Item item = w.items.poll(200, TimeUnit.MILLISECONDS);
        if (item == null) {
          if (bookmarks && System.nanoTime() > nextBookmark) {
            item = new Item("BOOKMARK", null, Long.toString(currentVersion), null, new Encoded());
            nextBookmark = System.nanoTime() + BOOKMARK_EVERY.toNanos();
          } else {
            continue;
          }
        }
        out.write(item.encoded().line(item, resource, table).getBytes(StandardCharsets.UTF_8));
        if (w.items.isEmpty()) {
          out.flush();
        }
      }
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      watchers.remove(w);
    }
  }

  /**
   * On the engine thread, atomically with the store: what the watcher starts with, then its
   * registration.
   */
  private void start(Watcher w, String from) throws ApiException {
    if (from.isEmpty() || from.equals("0")) {
      Instant now = cluster.now();
      for (KubeObject o : cluster.<KubeObject>list(w.resource.kind(), w.namespace)) {
        if (w.selectors.matches(o)) {
          w.items.add(new Item("ADDED", o, null, now, new Encoded()));
        }
      }
    } else {
      long version;
      try {
        version = Long.parseLong(from);
      } catch (NumberFormatException e) {
        throw new ApiException(ApiException.Reason.BadRequest, "invalid resourceVersion: " + from);
      }
      long oldest =
          history.isEmpty()
              ? cluster.store().resourceVersion() + 1
              : history.peekFirst().resourceVersion();
      if (version + 1 < oldest && version < cluster.store().resourceVersion()) {
        throw new ApiException(
            ApiException.Reason.Gone, "too old resource version: " + version + " (" + oldest + ")");
      }
      for (Change c : history) {
        if (c.resourceVersion() > version) {
          w.offer(c.event(), cluster.now(), new Encoded());
        }
      }
    }
    watchers.add(w);
  }

  private static Duration timeout(String seconds) {
    try {
      return seconds == null || seconds.isEmpty()
          ? DEFAULT_TIMEOUT
          : Duration.ofSeconds(Long.parseLong(seconds));
    } catch (NumberFormatException e) {
      return DEFAULT_TIMEOUT;
    }
  }

  private static Map<String, Object> event(Item item, Resource resource, boolean table) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", item.type());
    if (item.bookmarkVersion() != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("kind", resource.kind().kindName());
      o.put("apiVersion", resource.groupVersion());
      o.put("metadata", Map.of("resourceVersion", item.bookmarkVersion()));
      e.put("object", o);
      return e;
    }
    KubeObject o = item.object();
    // for kubectl get -w: each event's object a one-row Table
    e.put(
        "object",
        table
            ? ServerTables.table(
                resource,
                List.of(o),
                item.now(),
                o.metadata().resourceVersion(),
                ServerTables.PARTIAL)
            : ManifestWriter.toTree(o));
    return e;
  }

  @Override
  public void close() {
    closed = true;
    // the desktop stops serving and goes on with the same cluster: the store forgets this hub
    engine.post(
        () -> {
          cluster.store().unwatch(listener);
          history.clear();
        });
  }

  /** One watch: what it selects and the items waiting to be written. */
  private static final class Watcher {
    final Resource resource;
    final String namespace;
    final Selectors selectors;
    final LinkedBlockingQueue<Item> items = new LinkedBlockingQueue<>();
    volatile boolean overflowed;

    /** Set when the CRD of a custom resource's watch is deleted: the stream ends once drained. */
    volatile boolean ended;

    Watcher(Resource resource, String namespace, Selectors selectors) {
      this.resource = resource;
      this.namespace = namespace;
      this.selectors = selectors;
    }

    /** On the engine thread. */
    void offer(WatchEvent e, Instant now, Encoded encoded) {
      KubeObject o = e.object();
      if (!e.kind().equals(resource.kind())
          || namespace != null && !namespace.equals(o.metadata().namespace())) {
        return;
      }
      boolean matchesNow = selectors.matches(o);
      boolean matchedBefore =
          e.old() != null && e.type() == WatchEvent.Type.MODIFIED && selectors.matches(e.old());
      String type =
          switch (e.type()) {
            case ADDED -> matchesNow ? "ADDED" : null;
            case DELETED -> matchesNow ? "DELETED" : null;
            case MODIFIED ->
                matchesNow
                    ? (matchedBefore ? "MODIFIED" : "ADDED")
                    : (matchedBefore ? "DELETED" : null);
          };
      if (type == null) {
        return;
      }
      if (items.size() >= MAX_BACKLOG) {
        overflowed = true;
        return;
      }
      items.add(new Item(type, o, null, now, encoded));
    }
  }
}
