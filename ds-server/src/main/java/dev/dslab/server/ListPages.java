package dev.dslab.server;

import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import dev.dslab.yaml.Trees;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A list in chunks ({@code limit} and {@code continue}), as upstream's storage pages one:
 * k8s.io/apiserver/pkg/storage/continue.go (the token: base64url of {@code
 * {"v":"meta.k8s.io/v1","rv":N,"start":"KEY\u0000"}}, and its refusals) and etcd3/store.go {@code
 * GetList} (every page read at the first page's resourceVersion; once that revision is compacted,
 * 410 Expired with a token that goes on inconsistently at the latest revision, rv -1).
 *
 * <p>The store keeps no history, so the first page keeps the kind's objects as they were (the
 * snapshot) and later pages read from it; the last {@value #SNAPSHOTS} snapshots are kept, an older
 * one is gone as a compacted revision is. While nothing has been written since, the live store is
 * that snapshot.
 */
final class ListPages {
  static final int SNAPSHOTS = 16;
  private static final String VERSION = "meta.k8s.io/v1";

  /** The 410's message: upstream's {@code inconsistentContinue}. */
  static final String EXPIRED =
      "The provided continue parameter is too old to display a consistent list result. You can"
          + " start a new list without the continue parameter, or use the continue token in this"
          + " response to retrieve the remainder of the results. Continuing with the provided token"
          + " results in an inconsistent list - objects that were created, modified, or deleted"
          + " between the time the first chunk was returned and now may show up in the list.";

  /** What a continue token says: where the next page starts, in which revision. */
  record Token(long resourceVersion, String start) {
    String encode() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("v", VERSION);
      json.put("rv", resourceVersion);
      json.put("start", start);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(ManifestWriter.compactJson(json).getBytes(StandardCharsets.UTF_8));
    }

    /** A token as upstream's DecodeContinue reads it; a bad one is the API server's 400. */
    static Token decode(String value) throws BadRequest {
      Object tree;
      try {
        byte[] json = Base64.getUrlDecoder().decode(value.replace("=", ""));
        tree = Trees.parseAny("continue", new String(json, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw invalid("continue key is not valid: " + e.getMessage());
      }
      if (!(tree instanceof Map<?, ?> m)) {
        throw invalid("continue key is not valid");
      }
      if (!VERSION.equals(m.get("v"))) {
        throw invalid("continue key is not valid: server does not recognize this encoded version");
      }
      long rv = m.get("rv") instanceof Number n ? n.longValue() : 0;
      if (rv == 0) {
        throw invalid(
            "continue key is not valid: incorrect encoded start resourceVersion (version "
                + VERSION
                + ")");
      }
      String start = m.get("start") instanceof String s ? s : "";
      if (start.isEmpty()) {
        throw invalid(
            "continue key is not valid: encoded start key empty (version " + VERSION + ")");
      }
      if (start.startsWith("/") || start.contains("..") || start.startsWith("./")) {
        throw invalid("continue key is not valid: key must not contain '..' or start at '/'");
      }
      return new Token(rv, start);
    }

    private static BadRequest invalid(String why) {
      return BadRequest.of("invalid continue token: " + why);
    }
  }

  /** One page: its items, the token for the rest (null at the end) and how many are left. */
  record Page(List<KubeObject> items, long resourceVersion, String next, Long remaining) {
    /** The list's metadata as upstream's ListMeta writes it. */
    Map<String, Object> listMeta() {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("resourceVersion", Long.toString(resourceVersion));
      if (next != null) {
        meta.put("continue", next);
        if (remaining != null) {
          meta.put("remainingItemCount", remaining);
        }
      }
      return meta;
    }
  }

  /** A refusal: the 410 Expired with the token that goes on at the latest revision. */
  static final class Expired extends Exception {
    final String next;

    Expired(String next) {
      super(EXPIRED);
      this.next = next;
    }
  }

  private record SnapshotKey(String kind, String namespace, long resourceVersion) {}

  private final Map<SnapshotKey, List<KubeObject>> snapshots =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SnapshotKey, List<KubeObject>> eldest) {
          return size() > SNAPSHOTS;
        }
      };

  /**
   * The page the query asks for, out of {@code live} (the kind's objects now, in key order, at
   * {@code liveVersion}).
   *
   * @param limit 0 for everything
   * @param filtered whether selectors apply: upstream counts the remaining items only when not
   */
  synchronized Page page(
      Kind kind,
      String namespace,
      List<KubeObject> live,
      long liveVersion,
      Predicate<KubeObject> selected,
      boolean filtered,
      long limit,
      String continueValue)
      throws BadRequest, Expired {
    List<KubeObject> source = live;
    long version = liveVersion;
    String after = null;
    if (continueValue != null && !continueValue.isEmpty()) {
      Token token = Token.decode(continueValue);
      after = token.start();
      if (token.resourceVersion() > 0 && token.resourceVersion() != liveVersion) {
        List<KubeObject> kept =
            snapshots.get(new SnapshotKey(kind.kindName(), namespace, token.resourceVersion()));
        if (kept == null) {
          throw new Expired(new Token(-1, after).encode());
        }
        source = kept;
        version = token.resourceVersion();
      }
    }
    List<KubeObject> items = new ArrayList<>();
    Iterator<KubeObject> rest = from(source, after).iterator();
    KubeObject last = null;
    while (rest.hasNext() && (limit <= 0 || items.size() < limit)) {
      KubeObject o = rest.next();
      last = o;
      if (selected.test(o)) {
        items.add(o);
      }
    }
    if (!rest.hasNext()) {
      return new Page(items, version, null, null);
    }
    snapshots.put(new SnapshotKey(kind.kindName(), namespace, version), source);
    long remaining = 0;
    while (rest.hasNext()) {
      rest.next();
      remaining++;
    }
    return new Page(
        items,
        version,
        new Token(version, key(last) + "\u0000").encode(),
        filtered ? null : remaining);
  }

  /** The objects after {@code start} (a key and upstream's NUL), all of them for null. */
  private static List<KubeObject> from(List<KubeObject> objects, String start) {
    if (start == null) {
      return objects;
    }
    // lists come in the order of their keys (ObjectKey's is etcd's): the first key at or after the
    // start, found by halving — the object after the last one sent, or, when that one is gone
    // from this revision (an inconsistent continuation), the keys after it, as etcd reads on
    int low = 0;
    int high = objects.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (key(objects.get(mid)).compareTo(start) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return objects.subList(low, objects.size());
  }

  /** The object's key below its kind's prefix, as etcd's: NAMESPACE/NAME or NAME. */
  private static String key(KubeObject o) {
    String ns = o.metadata().namespace();
    return ns == null || ns.isEmpty() ? o.metadata().name() : ns + "/" + o.metadata().name();
  }
}
