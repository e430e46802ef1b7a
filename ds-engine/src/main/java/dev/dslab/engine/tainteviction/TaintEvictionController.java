package dev.dslab.engine.tainteviction;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.events.EventRecorder;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.WorkQueue;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The taint-eviction controller (pkg/controller/tainteviction): for every pod on a node with
 * NoExecute taints, an untolerated taint evicts it at once; taints tolerated for a limited time
 * evict it after the shortest tolerationSeconds, counted from when the controller first saw the pod
 * there; taints tolerated forever never do. A scheduled eviction is cancelled when the taints go.
 */
public final class TaintEvictionController implements Controller {
  public static final String COMPONENT = "taint-eviction-controller";

  /** An eviction on the clock, and when it was decided. */
  private record Scheduled(SimClock.Timer timer, Instant due) {}

  private final ApiServer api;
  private final SimClock clock;
  private final EventRecorder events;
  private final WorkQueue<ObjectKey> pods = new WorkQueue<>();
  private final Map<String, Scheduled> scheduled = new HashMap<>();

  public TaintEvictionController(ApiServer api, SimClock clock, EventRecorder events) {
    this.api = api;
    this.clock = clock;
    this.events = events;
    api.store().watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (e.object() instanceof Pod pod) {
      if (e.type() == WatchEvent.Type.DELETED) {
        cancelTimer(pod.metadata().uid());
      } else if (pod.spec().nodeName() != null) {
        pods.add(ObjectKey.of(pod));
      }
    } else if (e.object() instanceof Node node
        && e.type() == WatchEvent.Type.MODIFIED
        && !((Node) e.old()).spec().taints().equals(node.spec().taints())) {
      api.store().podsOnNode(node.metadata().name()).forEach(p -> pods.add(ObjectKey.of(p)));
    }
  }

  @Override
  public boolean hasWork() {
    return !pods.isEmpty();
  }

  @Override
  public void processNext() {
    Optional<Pod> found = api.store().get(pods.poll());
    if (found.isEmpty()) {
      return;
    }
    Pod pod = found.get();
    String uid = pod.metadata().uid();
    if (pod.metadata().isDeleting()) {
      cancelTimer(uid);
      return;
    }
    Optional<Node> node = api.store().get(Kind.NODE, null, pod.spec().nodeName());
    List<Taint> noExecute =
        node.map(
                n ->
                    n.spec().taints().stream()
                        .filter(t -> t.effect() == TaintEffect.NoExecute)
                        .toList())
            .orElse(List.of());
    Optional<Duration> delay = evictionDelay(noExecute, pod.spec().tolerations());
    if (delay.isEmpty()) {
      if (scheduled.containsKey(uid)) {
        cancelTimer(uid);
        events.normal(
            pod,
            "TaintManagerEviction",
            "Cancelling deletion of Pod "
                + pod.metadata().namespace()
                + "/"
                + pod.metadata().name(),
            COMPONENT);
      }
      return;
    }
    if (delay.get().isZero()) {
      cancelTimer(uid);
      evict(ObjectKey.of(pod), uid);
      return;
    }
    if (!scheduled.containsKey(uid)) {
      Instant due = clock.now().plus(delay.get());
      ObjectKey key = ObjectKey.of(pod);
      scheduled.put(
          uid,
          new Scheduled(
              clock.scheduleAt(
                  due,
                  "evict " + key,
                  () -> {
                    scheduled.remove(uid);
                    evict(key, uid);
                  }),
              due));
    }
  }

  /**
   * processPodOnNode: empty when nothing evicts the pod (no NoExecute taint, or all tolerated
   * forever), zero when a taint is not tolerated, else the shortest tolerationSeconds of the
   * tolerations that match the taints.
   */
  static Optional<Duration> evictionDelay(List<Taint> noExecute, List<Toleration> tolerations) {
    if (noExecute.isEmpty()) {
      return Optional.empty();
    }
    Long min = null;
    for (Taint taint : noExecute) {
      boolean tolerated = false;
      for (Toleration t : tolerations) {
        if (t.tolerates(taint)) {
          tolerated = true;
          if (t.tolerationSeconds() != null && (min == null || t.tolerationSeconds() < min)) {
            min = t.tolerationSeconds();
          }
        }
      }
      if (!tolerated) {
        return Optional.of(Duration.ZERO);
      }
    }
    return min == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(0, min)));
  }

  private void evict(ObjectKey key, String uid) {
    Optional<Pod> found = api.store().<Pod>get(key).filter(p -> uid.equals(p.metadata().uid()));
    if (found.isEmpty() || found.get().metadata().isDeleting()) {
      return;
    }
    Pod pod = found.get();
    events.normal(
        pod,
        "TaintManagerEviction",
        "Marking for deletion Pod " + pod.metadata().namespace() + "/" + pod.metadata().name(),
        COMPONENT);
    try {
      Pod marked =
          pod.withStatus(
              pod.status()
                  .withCondition(
                      new PodCondition(
                          "DisruptionTarget",
                          ConditionStatus.True,
                          clock.now(),
                          "DeletionByTaintManager",
                          "Taint manager: deleting due to NoExecute taint")));
      api.updateStatus(marked.withMetadata(marked.metadata().withResourceVersion(null)));
      api.delete(Kind.POD, key.namespace(), key.name(), DeleteOptions.DEFAULT);
    } catch (ApiException e) {
      // The pod is gone already.
    }
  }

  private void cancelTimer(String uid) {
    Scheduled s = scheduled.remove(uid);
    if (s != null) {
      clock.cancel(s.timer());
    }
  }
}
