package dev.dslab.engine.runtime;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * A key-only work queue: a key waits at most once (adding it again while it waits does nothing),
 * and keys come out in the order they first went in, so that a replay is identical.
 */
public final class WorkQueue<K> {
  private final LinkedHashSet<K> waiting = new LinkedHashSet<>();

  public void add(K key) {
    waiting.add(key);
  }

  public boolean isEmpty() {
    return waiting.isEmpty();
  }

  public int size() {
    return waiting.size();
  }

  /** Takes the oldest waiting key, or null. */
  public K poll() {
    Iterator<K> it = waiting.iterator();
    if (!it.hasNext()) {
      return null;
    }
    K key = it.next();
    it.remove();
    return key;
  }
}
