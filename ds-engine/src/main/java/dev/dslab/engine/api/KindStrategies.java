package dev.dslab.engine.api;

import dev.dslab.engine.registry.CustomResourceDefinitionStrategy;
import dev.dslab.engine.registry.CustomResourceStrategy;
import dev.dslab.engine.registry.DaemonSetStrategy;
import dev.dslab.engine.registry.DeploymentStrategy;
import dev.dslab.engine.registry.NamespaceStrategy;
import dev.dslab.engine.registry.NodeStrategy;
import dev.dslab.engine.registry.PodStrategy;
import dev.dslab.engine.registry.PriorityClassStrategy;
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
  private static final RestStrategy<KubeObject> DEFINITIONS =
      new CustomResourceDefinitionStrategy();
  private static final Kind CUSTOM_RESOURCE_DEFINITION =
      Kind.find("apiextensions.k8s.io/v1", "CustomResourceDefinition").orElseThrow();
  private static final PriorityClassStrategy PRIORITY_CLASSES = new PriorityClassStrategy();
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
    return of(kind, null);
  }

  /**
   * The strategy of {@code kind} in a cluster whose {@code kinds} define its custom resources
   * (null: built-in kinds only).
   */
  @SuppressWarnings("unchecked")
  static RestStrategy<KubeObject> of(Kind kind, KindRegistry kinds) {
    RestStrategy<? extends KubeObject> strategy;
    if (kind.custom()) {
      boolean status =
          kinds != null
              && kinds.custom(kind).map(KindRegistry.CustomKind::statusSubresource).orElse(false);
      return new CustomResourceStrategy(kind.namespaced(), status);
    }
    if (kind == CUSTOM_RESOURCE_DEFINITION) {
      return DEFINITIONS;
    }
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
    } else if (kind.kindName().equals("PriorityClass")) {
      strategy = PRIORITY_CLASSES;
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
