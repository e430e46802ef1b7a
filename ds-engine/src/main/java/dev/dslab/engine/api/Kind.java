package dev.dslab.engine.api;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ResourceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind the simulated API server stores: the resource it is served as ({@link ApiResource}, from
 * the {@link ResourceCatalog}) and, for the kinds the simulation models, the record type of its
 * objects. Kinds are interned: one instance per resource, so {@code ==} compares them. The
 * simulated constants come first in {@link #compareTo}'s order, the catalog's other kinds after
 * them in discovery's order.
 */
public final class Kind implements Comparable<Kind> {
  private static final ResourceCatalog CATALOG = ResourceCatalog.builtin();
  private static final Map<ApiResource, Kind> INTERNED = new LinkedHashMap<>();
  private static final List<Kind> SIMULATED = new ArrayList<>();

  public static final Kind NAMESPACE = simulated("NAMESPACE", Namespace.class, "v1", "Namespace");
  public static final Kind NODE = simulated("NODE", Node.class, "v1", "Node");
  public static final Kind SERVICE = simulated("SERVICE", Service.class, "v1", "Service");
  public static final Kind DAEMON_SET =
      simulated("DAEMON_SET", DaemonSet.class, "apps/v1", "DaemonSet");
  public static final Kind CONTROLLER_REVISION =
      simulated("CONTROLLER_REVISION", ControllerRevision.class, "apps/v1", "ControllerRevision");
  public static final Kind POD = simulated("POD", Pod.class, "v1", "Pod");
  public static final Kind EVENT = simulated("EVENT", Event.class, "v1", "Event");
  public static final Kind DEPLOYMENT =
      simulated("DEPLOYMENT", Deployment.class, "apps/v1", "Deployment");
  public static final Kind REPLICA_SET =
      simulated("REPLICA_SET", ReplicaSet.class, "apps/v1", "ReplicaSet");

  static {
    int order = SIMULATED.size();
    for (ApiResource r : CATALOG.resources()) {
      if (r.stored() && !INTERNED.containsKey(r)) {
        INTERNED.put(r, new Kind(r.kind().toUpperCase(java.util.Locale.ROOT), null, r, order++));
      }
    }
  }

  /** Catalog kinds the engine's own controllers and checks read (kept as Unstructured objects). */
  public static final Kind SERVICE_ACCOUNT = find("v1", "ServiceAccount").orElseThrow();

  public static final Kind CONFIG_MAP = find("v1", "ConfigMap").orElseThrow();
  public static final Kind SECRET = find("v1", "Secret").orElseThrow();

  private final String name;
  private final Class<? extends KubeObject> type;
  private final ApiResource resource;
  private final int order;

  private Kind(String name, Class<? extends KubeObject> type, ApiResource resource, int order) {
    this.name = name;
    this.type = type;
    this.resource = resource;
    this.order = order;
  }

  private static Kind simulated(
      String name, Class<? extends KubeObject> type, String apiVersion, String kindName) {
    ApiResource r =
        CATALOG
            .find(apiVersion, kindName)
            .orElseThrow(() -> new IllegalStateException("not in the catalog: " + kindName));
    Kind k = new Kind(name, type, r, SIMULATED.size());
    SIMULATED.add(k);
    INTERNED.put(r, k);
    return k;
  }

  /** Where custom kinds sort: after every built-in one. */
  private static final int CUSTOM_ORDER = Integer.MAX_VALUE;

  /**
   * The kind of a custom resource, defined by a CustomResourceDefinition in one cluster: never
   * interned here (a cluster's {@link KindRegistry} holds it). Two custom kinds are equal when they
   * name the same group and plural, whatever the version: one CRD's objects are one set, served
   * under each of its versions.
   */
  public static Kind custom(ApiResource resource) {
    return new Kind(
        resource.kind().toUpperCase(java.util.Locale.ROOT), null, resource, CUSTOM_ORDER);
  }

  /** Whether a CustomResourceDefinition defines this kind (it is no built-in). */
  public boolean custom() {
    return order == CUSTOM_ORDER;
  }

  /** The kinds the simulation models with records, in their declared order. */
  public static List<Kind> values() {
    return List.copyOf(SIMULATED);
  }

  /** Every kind the API server stores: the simulated ones, then the catalog's others. */
  public static List<Kind> all() {
    List<Kind> all = new ArrayList<>(INTERNED.values());
    all.sort(null);
    return all;
  }

  /** The stored kind of a catalog resource; empty for resources only created (reviews). */
  public static Optional<Kind> of(ApiResource resource) {
    return Optional.ofNullable(INTERNED.get(resource));
  }

  /** The stored kind of a manifest's apiVersion and kind. */
  public static Optional<Kind> find(String apiVersion, String kindName) {
    return CATALOG.find(apiVersion, kindName).flatMap(Kind::of);
  }

  /** The constant's name ({@code DAEMON_SET}), or the kind's name in capitals for the others. */
  public String name() {
    return name;
  }

  /** The record type of a simulated kind's objects; null for kinds kept as sent. */
  public Class<? extends KubeObject> type() {
    return type;
  }

  /** True for the kinds the simulation models with records and controllers. */
  public boolean simulated() {
    return type != null;
  }

  /** The resource as discovery describes it. */
  public ApiResource apiResource() {
    return resource;
  }

  public String kindName() {
    return resource.kind();
  }

  public String group() {
    return resource.group();
  }

  public String version() {
    return resource.version();
  }

  public String apiVersion() {
    return resource.apiVersion();
  }

  /** The plural resource name: {@code daemonsets}. */
  public String resource() {
    return resource.plural();
  }

  /**
   * The resource qualified by its group, as API errors print it: {@code daemonsets.apps}, {@code
   * pods}.
   */
  public String qualifiedResource() {
    return resource.qualifiedResource();
  }

  /**
   * kubectl's {@code kind.group/name} spelling of an object: {@code daemonset.apps/greet}, {@code
   * pod/x}.
   */
  public String qualifiedName(String name) {
    return resource.qualifiedName(name);
  }

  public boolean namespaced() {
    return resource.namespaced();
  }

  public static Kind of(KubeObject object) {
    for (Kind k : SIMULATED) {
      if (k.type.isInstance(object)) {
        return k;
      }
    }
    return find(object.apiVersion(), object.kind())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a stored kind: " + object.apiVersion() + " " + object.kind()));
  }

  @Override
  public int compareTo(Kind other) {
    int c = Integer.compare(order, other.order);
    return c != 0 || !custom() ? c : qualifiedResource().compareTo(other.qualifiedResource());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Kind k
        && custom()
        && k.custom()
        && group().equals(k.group())
        && resource().equals(k.resource());
  }

  @Override
  public int hashCode() {
    return custom() ? qualifiedResource().hashCode() : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return name;
  }
}
