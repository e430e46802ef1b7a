package dev.dslab.engine.scheduler;

import dev.dslab.engine.api.ObjectKey;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scheduler's active queue with the PrioritySort plugin's order (queuesort/priority_sort.go):
 * higher priority first, and among equal priorities the pod that entered the queue first. A pod
 * waits at most once.
 */
final class PrioritySortQueue {
  private record Entry(ObjectKey key, int priority, long sequence) {}

  private final TreeSet<Entry> ordered =
      new TreeSet<>(
          (a, b) ->
              a.priority() != b.priority()
                  ? Integer.compare(b.priority(), a.priority())
                  : Long.compare(a.sequence(), b.sequence()));
  private final Map<ObjectKey, Entry> waiting = new HashMap<>();
  private long sequence;

  void add(ObjectKey key, int priority) {
    if (!waiting.containsKey(key)) {
      Entry e = new Entry(key, priority, sequence++);
      waiting.put(key, e);
      ordered.add(e);
    }
  }

  boolean isEmpty() {
    return ordered.isEmpty();
  }

  /** The most important waiting pod, or null. */
  ObjectKey poll() {
    Entry e = ordered.pollFirst();
    if (e == null) {
      return null;
    }
    waiting.remove(e.key());
    return e.key();
  }
}
