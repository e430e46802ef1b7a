package dev.dslab.engine.api;

import dev.dslab.engine.registry.DaemonSetStrategy;
import dev.dslab.engine.registry.DeploymentStrategy;
import dev.dslab.engine.registry.NamespaceStrategy;
import dev.dslab.engine.registry.NodeStrategy;
import dev.dslab.engine.registry.PodStrategy;
import dev.dslab.engine.registry.ReplicaSetStrategy;
import dev.dslab.engine.registry.RestStrategy;
import dev.dslab.engine.registry.ServiceStrategy;
import dev.dslab.engine.registry.UnstructuredStrategy;
import dev.dslab.model.meta.KubeObject;

/** Each stored kind's REST strategy: the registry the API server looks a request's kind up in. */
final class KindStrategies {
  private static final DaemonSetStrategy DAEMON_SETS = new DaemonSetStrategy();
  private static final PodStrategy PODS = new PodStrategy();
  private static final NodeStrategy NODES = new NodeStrategy();
  private static final ServiceStrategy SERVICES = new ServiceStrategy();
  private static final NamespaceStrategy NAMESPACES = new NamespaceStrategy();
  private static final DeploymentStrategy DEPLOYMENTS = new DeploymentStrategy();
  private static final ReplicaSetStrategy REPLICA_SETS = new ReplicaSetStrategy();

  /**
   * Kinds whose create and update the simulation does not check or adjust (ControllerRevisions,
   * Events).
   */
  private static final RestStrategy<KubeObject> AS_GIVEN = new RestStrategy<>() {};

  private KindStrategies() {}

  /**
   * The strategy of {@code kind}, typed for any object: {@link Kind#of} gives an object its kind by
   * its type.
   */
  @SuppressWarnings("unchecked")
  static RestStrategy<KubeObject> of(Kind kind) {
    RestStrategy<? extends KubeObject> strategy;
    if (kind == Kind.DAEMON_SET) {
      strategy = DAEMON_SETS;
    } else if (kind == Kind.POD) {
      strategy = PODS;
    } else if (kind == Kind.NODE) {
      strategy = NODES;
    } else if (kind == Kind.SERVICE) {
      strategy = SERVICES;
    } else if (kind == Kind.NAMESPACE) {
      strategy = NAMESPACES;
    } else if (kind == Kind.DEPLOYMENT) {
      strategy = DEPLOYMENTS;
    } else if (kind == Kind.REPLICA_SET) {
      strategy = REPLICA_SETS;
    } else if (kind.simulated()) {
      // ControllerRevisions and Events
      strategy = AS_GIVEN;
    } else {
      strategy = new UnstructuredStrategy(kind.apiResource());
    }
    return (RestStrategy<KubeObject>) strategy;
  }
}
