package dev.dslab.engine.gc;

import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PodGC (pkg/controller/podgc), on its gcCheckPeriod of 20 s counted from the cluster's start:
 *
 * <ul>
 *   <li>the orphan pass notices pods bound to nodes that do not exist; once a node has been missing
 *       for the quarantine time (40 s) since it was noticed, its pods are deleted at once;
 *   <li>the terminated pass keeps at most terminated-pod-gc-threshold (12,500) Succeeded or Failed
 *       pods, deleting the oldest first.
 * </ul>
 *
 * A pass is scheduled only while there is something to collect, so an idle cluster has nothing
 * pending on the clock.
 */
public final class PodGarbageCollector {
  static final Duration CHECK_PERIOD = Duration.ofSeconds(20);
  static final Duration QUARANTINE = Duration.ofSeconds(40);

  /** --terminated-pod-gc-threshold. */
  public static final int TERMINATED_THRESHOLD = 12_500;

  private final ApiServer api;
  private final SimClock clock;
  private final Instant epoch;
  private final Map<String, Instant> noticed = new HashMap<>();
  private final int terminatedThreshold;
  private SimClock.Timer pending;

  public PodGarbageCollector(ApiServer api, SimClock clock) {
    this(api, clock, TERMINATED_THRESHOLD);
  }

  public PodGarbageCollector(ApiServer api, SimClock clock, int terminatedThreshold) {
    this.terminatedThreshold = terminatedThreshold;
    this.api = api;
    this.clock = clock;
    this.epoch = clock.now();
    api.store().watch(this::onChange);
  }

  private final java.util.Set<String> terminated = new java.util.HashSet<>();

  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.NODE
        && e.type() == WatchEvent.Type.DELETED
        && !api.store().podsOnNode(e.object().metadata().name()).isEmpty()) {
      scheduleNextTick();
    }
    if (e.object() instanceof Pod pod) {
      if (e.type() != WatchEvent.Type.DELETED && pod.isTerminal()) {
        terminated.add(pod.metadata().uid());
      } else {
        terminated.remove(pod.metadata().uid());
      }
      if (terminated.size() > terminatedThreshold) {
        scheduleNextTick();
      }
    }
  }

  private void scheduleNextTick() {
    if (pending != null) {
      return;
    }
    long elapsed = Duration.between(epoch, clock.now()).toNanos();
    long period = CHECK_PERIOD.toNanos();
    long next = (elapsed / period + 1) * period;
    pending = clock.scheduleAt(epoch.plusNanos(next), "pod garbage collection", this::tick);
  }

  private void tick() {
    pending = null;
    Instant now = clock.now();
    boolean more = false;
    for (Pod pod : api.store().<Pod>list(Kind.POD, null)) {
      String node = pod.spec().nodeName();
      if (node == null || api.store().get(Kind.NODE, null, node).isPresent()) {
        continue;
      }
      Instant first = noticed.computeIfAbsent(node, n -> now);
      if (!first.plus(QUARANTINE).isAfter(now)) {
        api.remove(ObjectKey.of(pod));
      } else {
        more = true;
      }
    }
    noticed
        .keySet()
        .removeIf(
            n ->
                api.store().podsOnNode(n).isEmpty()
                    || api.store().get(Kind.NODE, null, n).isPresent());
    collectTerminated();
    if (more) {
      scheduleNextTick();
    }
  }

  /**
   * gcTerminated: the oldest terminated pods beyond the threshold go (creation time, then name).
   */
  private void collectTerminated() {
    int excess = terminated.size() - terminatedThreshold;
    if (excess <= 0) {
      return;
    }
    List<Pod> candidates =
        api.store().<Pod>list(Kind.POD, null).stream()
            .filter(Pod::isTerminal)
            .sorted(
                java.util.Comparator.comparing((Pod p) -> p.metadata().creationTimestamp())
                    .thenComparing(p -> p.metadata().name()))
            .toList();
    for (Pod pod : candidates.subList(0, Math.min(excess, candidates.size()))) {
      api.remove(ObjectKey.of(pod));
    }
  }

  /** Nodes currently in quarantine, for tests. */
  List<String> quarantined() {
    return List.copyOf(noticed.keySet());
  }
}
