package dev.dslab.engine.namespace;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.ItemExponentialFailureRateLimiter;
import dev.dslab.engine.runtime.RateLimitingQueue;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.NamespaceCondition;
import dev.dslab.model.core.Pod;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The namespace controller (pkg/controller/namespace/namespace_controller.go and
 * deletion/namespaced_resources_deleter.go): a namespace with a deletionTimestamp has its content
 * deleted — every namespaced kind, pods gracefully through their kubelets, DaemonSets with their
 * dependents in the background — then its {@code kubernetes} finalizer is removed and the namespace
 * goes. While pods may still be terminating ({@code estimateGracefulTermination}: the largest
 * terminationGracePeriodSeconds of the pods that are not finished) the namespace is looked at again
 * after {@code estimate/2 + 1} seconds, as upstream's ResourcesRemainingError asks.
 *
 * <p>kube-node-lease, which NamespaceLifecycle lets go, comes back after a minute: the API server's
 * system namespaces controller (pkg/controlplane/controller/systemnamespaces) makes the system
 * namespaces again every minute.
 */
public final class NamespaceController implements Controller {
  /** systemnamespaces.Controller's interval. */
  static final Duration SYSTEM_NAMESPACES_INTERVAL = Duration.ofMinutes(1);

  private final ApiServer api;
  private final SimClock clock;
  private final RateLimitingQueue<String> queue;

  public NamespaceController(ApiServer api, SimClock clock) {
    this.api = api;
    this.clock = clock;
    // NewNamespaceController: the item limiter of 5 ms to 60 s
    this.queue =
        new RateLimitingQueue<>(
            clock,
            new ItemExponentialFailureRateLimiter<>(
                ItemExponentialFailureRateLimiter.CONTROLLER_BASE_DELAY, Duration.ofSeconds(60)));
    api.store().watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.NAMESPACE
        && e.type() != WatchEvent.Type.DELETED
        && e.object().metadata().isDeleting()) {
      queue.add(e.object().metadata().name());
    }
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  /** syncNamespaceFromKey, then namespacedResourcesDeleter.Delete. */
  @Override
  public void processNext() {
    String name = queue.poll();
    Optional<Namespace> found = api.store().get(Kind.NAMESPACE, null, name);
    if (found.isEmpty() || !found.get().metadata().isDeleting()) {
      return;
    }
    Namespace ns = found.get();
    if (!Namespace.TERMINATING.equals(ns.phase())) {
      // updateNamespaceStatusFunc
      try {
        ns =
            api.updateStatus(
                new Namespace(
                    ns.metadata().withResourceVersion(null),
                    Namespace.TERMINATING,
                    ns.conditions()));
      } catch (ApiException e) {
        return;
      }
    }
    long estimate = deleteAllContent(name);
    reportConditions(ns);
    if (estimate > 0) {
      queue.addAfter(name, Duration.ofSeconds(estimate / 2 + 1), "namespace content remaining");
      return;
    }
    // finalizeNamespace, then deleteNamespace: with no finalizer left the namespace goes
    api.removeFinalizedNamespace(name);
    queue.forget(name);
    if (ApiServer.SYSTEM_NAMESPACES.contains(name)) {
      clock.schedule(
          SYSTEM_NAMESPACES_INTERVAL, "system namespace " + name, () -> recreateSystem(name));
    }
  }

  /**
   * deleteAllContent: every namespaced kind, in the API's order, estimate first and delete after,
   * as deleteAllContentForGroupVersionResource does.
   *
   * @return seconds the remaining content may take to go; 0 when nothing is left to wait for
   */
  private long deleteAllContent(String namespace) {
    long estimate = 0;
    for (Kind kind : api.kinds().all()) {
      if (!kind.namespaced()) {
        continue;
      }
      List<KubeObject> items = api.store().list(kind, namespace);
      if (kind == Kind.POD) {
        estimate = Math.max(estimate, estimateGracefulTermination(items));
      }
      for (KubeObject o : items) {
        if (o.metadata().isDeleting()) {
          continue;
        }
        try {
          api.delete(kind, namespace, o.metadata().name(), DeleteOptions.DEFAULT);
        } catch (ApiException e) {
          // Gone meanwhile (a dependent the garbage collector took first).
        }
      }
    }
    return estimate;
  }

  /**
   * The conditions the deleter's conditionUpdater writes after each pass
   * (deletion/status_condition_utils.go), in its order; a condition's lastTransitionTime moves only
   * when its status or reason does.
   */
  private void reportConditions(Namespace ns) {
    String name = ns.metadata().name();
    Map<String, Integer> remaining = new TreeMap<>();
    for (Kind kind : api.kinds().all()) {
      if (kind.namespaced()) {
        int count = api.store().list(kind, name).size();
        if (count > 0) {
          remaining.put(kind.resource() + "." + kind.group(), count);
        }
      }
    }
    List<NamespaceCondition> conditions =
        List.of(
            condition(
                ns,
                "NamespaceDeletionDiscoveryFailure",
                ConditionStatus.False,
                "ResourcesDiscovered",
                "All resources successfully discovered"),
            condition(
                ns,
                "NamespaceDeletionGroupVersionParsingFailure",
                ConditionStatus.False,
                "ParsedGroupVersions",
                "All legacy kube types successfully parsed"),
            condition(
                ns,
                "NamespaceDeletionContentFailure",
                ConditionStatus.False,
                "ContentDeleted",
                "All content successfully deleted, may be waiting on finalization"),
            remaining.isEmpty()
                ? condition(
                    ns,
                    "NamespaceContentRemaining",
                    ConditionStatus.False,
                    "ContentRemoved",
                    "All content successfully removed")
                : condition(
                    ns,
                    "NamespaceContentRemaining",
                    ConditionStatus.True,
                    "SomeResourcesRemain",
                    "Some resources are remaining: "
                        + String.join(
                            ", ",
                            remaining.entrySet().stream()
                                .map(
                                    e ->
                                        e.getKey() + " has " + e.getValue() + " resource instances")
                                .toList())),
            condition(
                ns,
                "NamespaceFinalizersRemaining",
                ConditionStatus.False,
                "ContentHasNoFinalizers",
                "All content-preserving finalizers finished"));
    if (conditions.equals(ns.conditions())) {
      return;
    }
    try {
      api.updateStatus(
          new Namespace(ns.metadata().withResourceVersion(null), ns.phase(), conditions));
    } catch (ApiException e) {
      // Gone meanwhile.
    }
  }

  private NamespaceCondition condition(
      Namespace ns, String type, ConditionStatus status, String reason, String message) {
    Instant since =
        ns.conditions().stream()
            .filter(c -> c.type().equals(type) && c.status() == status && reason.equals(c.reason()))
            .map(NamespaceCondition::lastTransitionTime)
            .findFirst()
            .orElse(clock.now());
    return new NamespaceCondition(type, status, since, reason, message);
  }

  /**
   * estimateGracefulTerminationForPods: the largest terminationGracePeriodSeconds of the pods that
   * have not finished.
   */
  static long estimateGracefulTermination(List<? extends KubeObject> pods) {
    long estimate = 0;
    for (KubeObject o : pods) {
      Pod pod = (Pod) o;
      if (pod.isTerminal()) {
        continue;
      }
      long grace =
          Objects.requireNonNullElse(
              pod.spec().terminationGracePeriodSeconds(),
              Defaults.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
      estimate = Math.max(estimate, grace);
    }
    return estimate;
  }

  /** systemnamespaces.Controller.sync: a system namespace that is gone is made again. */
  private void recreateSystem(String name) {
    if (api.store().get(Kind.NAMESPACE, null, name).isPresent()) {
      return;
    }
    try {
      api.create(
          new Namespace(
              ObjectMeta.named(name).withLabels(Map.of("kubernetes.io/metadata.name", name)),
              null));
    } catch (ApiException e) {
      // Made meanwhile by someone else.
    }
  }
}
