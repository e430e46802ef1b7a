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
 * PodGC's orphan pass (pkg/controller/podgc): every gcCheckPeriod (20 s, counted from the cluster's
 * start) it notices pods bound to nodes that do not exist; once a node has been missing for the
 * quarantine time (40 s) since it was noticed, its pods are deleted at once. The pass is scheduled
 * only while there is something to collect, so an idle cluster has nothing pending on the clock.
 */
public final class PodGarbageCollector {
  static final Duration CHECK_PERIOD = Duration.ofSeconds(20);
  static final Duration QUARANTINE = Duration.ofSeconds(40);

  private final ApiServer api;
  private final SimClock clock;
  private final Instant epoch;
  private final Map<String, Instant> noticed = new HashMap<>();
  private SimClock.Timer pending;

  public PodGarbageCollector(ApiServer api, SimClock clock) {
    this.api = api;
    this.clock = clock;
    this.epoch = clock.now();
    api.store().watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.NODE && e.type() == WatchEvent.Type.DELETED
        && !api.store().podsOnNode(e.object().metadata().name()).isEmpty()) {
      scheduleNextTick();
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
    noticed.keySet().removeIf(n -> api.store().podsOnNode(n).isEmpty()
        || api.store().get(Kind.NODE, null, n).isPresent());
    if (more) {
      scheduleNextTick();
    }
  }

  /** Nodes currently in quarantine, for tests. */
  List<String> quarantined() {
    return List.copyOf(noticed.keySet());
  }
}
