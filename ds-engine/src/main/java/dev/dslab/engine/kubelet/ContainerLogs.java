package dev.dslab.engine.kubelet;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The logs of every container the kubelets ran: per pod UID and container name, per instance (the
 * container's restartCount when it started), the lines the simulation wrote, on the virtual clock.
 *
 * <p>Memory is bounded: each instance keeps its last {@value #MAX_LINES_PER_INSTANCE} lines (older
 * ones are dropped, as the kubelet's log rotation drops old files), and only the current and the
 * previous instance of a container are kept, as the kubelet keeps the last dead container for
 * {@code --previous}. A pod's logs go when the pod leaves the store.
 *
 * <p>Written on the engine's thread only; listeners may come and go from other threads (a follower
 * on the API endpoint) and are called on the engine's thread.
 */
public final class ContainerLogs {
  /** The lines kept per container instance. */
  public static final int MAX_LINES_PER_INSTANCE = 1_000;

  /** Which container's log: the pod's UID (a new pod of the same name has a new log) and name. */
  public record Key(String podUid, String container) {}

  /** Told of every line written and of every instance that ends (exits or is removed). */
  public interface Listener {
    void written(Key key, int instance, LogLine line);

    void ended(Key key, int instance);
  }

  private final Map<Key, TreeMap<Integer, ArrayDeque<LogLine>>> logs = new HashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** Appends a line to an instance's log, starting that instance's log if it is new. */
  void write(Key key, int instance, Instant time, String text) {
    TreeMap<Integer, ArrayDeque<LogLine>> instances =
        logs.computeIfAbsent(key, k -> new TreeMap<>());
    ArrayDeque<LogLine> lines = instances.computeIfAbsent(instance, i -> new ArrayDeque<>());
    // the current and the previous instance only
    while (instances.firstKey() < instance - 1) {
      instances.pollFirstEntry();
    }
    for (String part : text.split("\n", -1)) {
      LogLine line = new LogLine(time, part);
      lines.addLast(line);
      if (lines.size() > MAX_LINES_PER_INSTANCE) {
        lines.removeFirst();
      }
      listeners.forEach(l -> l.written(key, instance, line));
    }
  }

  /** The instance has exited: a follower of it is done. */
  void end(Key key, int instance) {
    listeners.forEach(l -> l.ended(key, instance));
  }

  /** The pod is gone: its logs with it, and every follower of them is done. */
  void removePod(String podUid) {
    List<Key> keys = logs.keySet().stream().filter(k -> k.podUid().equals(podUid)).toList();
    for (Key key : keys) {
      TreeMap<Integer, ArrayDeque<LogLine>> instances = logs.remove(key);
      instances.keySet().forEach(i -> end(key, i));
    }
  }

  /** An instance's lines, oldest first; empty when it wrote none or is no longer kept. */
  public List<LogLine> lines(Key key, int instance) {
    TreeMap<Integer, ArrayDeque<LogLine>> instances = logs.get(key);
    if (instances == null || !instances.containsKey(instance)) {
      return List.of();
    }
    return List.copyOf(instances.get(instance));
  }

  /** How many containers have a log (for tests and measurements). */
  public int containers() {
    return logs.size();
  }

  /**
   * Starts telling {@code listener} of new lines and ended instances; the returned action stops it.
   */
  public Runnable follow(Listener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
