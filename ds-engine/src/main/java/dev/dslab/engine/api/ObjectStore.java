package dev.dslab.engine.api;

import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The storage behind the simulated API server: objects by kind, in key order (namespace, name), as
 * etcd lists them, plus an index of pods by node. Every change is told to the watchers at once. It
 * checks nothing: {@link ApiServer} does the API's checks before it writes here.
 */
public final class ObjectStore {
  private final Map<Kind, TreeMap<ObjectKey, KubeObject>> byKind = new HashMap<>();

  /**
   * The same objects by key, for lookups that need no order (the tree maps serve the ordered
   * lists).
   */
  private final Map<ObjectKey, KubeObject> byKey = new HashMap<>();

  /**
   * Pods by spec.nodeName. The indexes hold the pods themselves: listing them touches no other map.
   */
  private final Map<String, TreeMap<ObjectKey, Pod>> podsByNode = new HashMap<>();

  /**
   * Pods by the uid of their controller; pods without one under "" per namespace key "orphan/<ns>".
   */
  private final Map<String, TreeMap<ObjectKey, Pod>> podsByController = new HashMap<>();

  private final List<Consumer<WatchEvent>> watchers = new ArrayList<>();
  private long resourceVersion;

  /** The kinds this store's cluster serves, custom ones included. */
  private final KindRegistry kinds = new KindRegistry();

  public ObjectStore() {
    for (Kind k : Kind.all()) {
      byKind.put(k, new TreeMap<>());
    }
  }

  /** The kinds this cluster serves: the built-in ones and those its CRDs define. */
  public KindRegistry kinds() {
    return kinds;
  }

  public void watch(Consumer<WatchEvent> watcher) {
    watchers.add(watcher);
  }

  /** Stops telling {@code watcher} (the same instance that was given to {@link #watch}). */
  public void unwatch(Consumer<WatchEvent> watcher) {
    watchers.remove(watcher);
  }

  /** The next resourceVersion, as a decimal string (etcd's revision). */
  String nextResourceVersion() {
    return Long.toString(++resourceVersion);
  }

  public long resourceVersion() {
    return resourceVersion;
  }

  public <T extends KubeObject> Optional<T> get(Kind kind, String namespace, String name) {
    return get(new ObjectKey(kind, namespace, name));
  }

  @SuppressWarnings("unchecked")
  public <T extends KubeObject> Optional<T> get(ObjectKey key) {
    return Optional.ofNullable((T) byKey.get(key));
  }

  /** All objects of a kind, in key order; {@code namespace} null means every namespace. */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> List<T> list(Kind kind, String namespace) {
    TreeMap<ObjectKey, KubeObject> all = byKind.get(kind);
    if (all == null) {
      return List.of(); // a custom kind nothing was stored of yet
    }
    Collection<KubeObject> values;
    if (namespace == null || !kind.namespaced()) {
      values = all.values();
    } else {
      // names are DNS names (ASCII): every one sorts before U+FFFF
      values =
          all.subMap(
                  new ObjectKey(kind, namespace, ""),
                  true,
                  new ObjectKey(kind, namespace, "\uffff"),
                  true)
              .values();
    }
    return (List<T>) List.copyOf(values);
  }

  public int count(Kind kind) {
    TreeMap<ObjectKey, KubeObject> all = byKind.get(kind);
    return all == null ? 0 : all.size();
  }

  /** The pods bound to (spec.nodeName) a node, in key order. */
  public List<Pod> podsOnNode(String nodeName) {
    return podsIn(podsByNode.get(nodeName));
  }

  /** The pods whose controller reference names this uid, in key order. */
  public List<Pod> podsControlledBy(String uid) {
    return podsIn(podsByController.get(uid));
  }

  /** The pods of a namespace that have no controller, in key order. */
  public List<Pod> orphanPods(String namespace) {
    return podsIn(podsByController.get(orphanKey(namespace)));
  }

  private static List<Pod> podsIn(TreeMap<ObjectKey, Pod> pods) {
    return pods == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(pods.values()));
  }

  private static String orphanKey(String namespace) {
    return "orphan/" + namespace;
  }

  private static String controllerKey(Pod pod) {
    return pod.metadata()
        .controllerRef()
        .map(r -> r.uid() == null ? "" : r.uid())
        .orElse(orphanKey(pod.metadata().namespace()));
  }

  /** Writes an object (already given its resourceVersion) and tells the watchers. */
  void put(KubeObject object) {
    ObjectKey key = kinds.keyOf(object);
    KubeObject old = byKind.computeIfAbsent(key.kind(), k -> new TreeMap<>()).put(key, object);
    byKey.put(key, object);
    if (key.kind() == Kind.POD) {
      reindexPod(key, (Pod) old, (Pod) object);
    }
    notifyWatchers(
        new WatchEvent(
            old == null ? WatchEvent.Type.ADDED : WatchEvent.Type.MODIFIED,
            object,
            old,
            key.kind()));
  }

  void remove(ObjectKey key) {
    TreeMap<ObjectKey, KubeObject> all = byKind.get(key.kind());
    KubeObject old = all == null ? null : all.remove(key);
    byKey.remove(key);
    if (old == null) {
      return;
    }
    if (key.kind() == Kind.POD) {
      reindexPod(key, (Pod) old, null);
    }
    // A deletion is a revision of its own, as in etcd: watchers see the object at that revision.
    KubeObject gone = old.withMetadata(old.metadata().withResourceVersion(nextResourceVersion()));
    notifyWatchers(new WatchEvent(WatchEvent.Type.DELETED, gone, old, key.kind()));
  }

  private void reindexPod(ObjectKey key, Pod old, Pod current) {
    reindex(
        podsByController,
        key,
        old == null ? null : controllerKey(old),
        current == null ? null : controllerKey(current),
        current);
    reindex(
        podsByNode,
        key,
        old == null ? null : old.spec().nodeName(),
        current == null ? null : current.spec().nodeName(),
        current);
  }

  private static void reindex(
      Map<String, TreeMap<ObjectKey, Pod>> index,
      ObjectKey key,
      String oldValue,
      String newValue,
      Pod current) {
    if (oldValue != null && !oldValue.equals(newValue)) {
      TreeMap<ObjectKey, Pod> pods = index.get(oldValue);
      pods.remove(key);
      if (pods.isEmpty()) {
        index.remove(oldValue);
      }
    }
    if (newValue != null) {
      index.computeIfAbsent(newValue, n -> new TreeMap<>()).put(key, current);
    }
  }

  private void notifyWatchers(WatchEvent event) {
    for (Consumer<WatchEvent> w : watchers) {
      w.accept(event);
    }
  }
}
