package dev.dslab.server;

import dev.dslab.engine.api.Kind;
import java.util.List;
import java.util.Optional;

/**
 * A REST resource the endpoint serves, as discovery describes it: the engine's kind, the group
 * version, the names kubectl accepts (plural, singular, short names) and the verbs.
 */
public record Resource(
    Kind kind,
    String version,
    String singular,
    List<String> shortNames,
    List<String> verbs,
    List<String> subresources) {
  static final List<String> ALL_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  public static final List<Resource> ALL = all();

  private static List<Resource> all() {
    List<Resource> all = new java.util.ArrayList<>(simulated());
    for (Kind kind : Kind.all()) {
      if (!kind.simulated()) {
        dev.dslab.model.meta.ApiResource r = kind.apiResource();
        all.add(
            new Resource(kind, r.version(), r.singular(), r.shortNames(), r.verbs(), List.of()));
      }
    }
    return List.copyOf(all);
  }

  /** The simulated kinds, with the subresources they serve. */
  private static List<Resource> simulated() {
    return List.of(
        new Resource(
            Kind.NAMESPACE,
            "v1",
            "namespace",
            List.of("ns"),
            List.of("create", "delete", "get", "list", "patch", "update", "watch"),
            List.of()),
        new Resource(Kind.NODE, "v1", "node", List.of("no"), ALL_VERBS, List.of("status")),
        new Resource(
            Kind.POD, "v1", "pod", List.of("po"), ALL_VERBS, List.of("status", "eviction")),
        new Resource(
            Kind.SERVICE,
            "v1",
            "service",
            List.of("svc"),
            List.of("create", "delete", "get", "list", "patch", "update", "watch"),
            List.of("status")),
        new Resource(Kind.EVENT, "v1", "event", List.of("ev"), ALL_VERBS, List.of()),
        new Resource(
            Kind.DAEMON_SET, "v1", "daemonset", List.of("ds"), ALL_VERBS, List.of("status")),
        new Resource(
            Kind.CONTROLLER_REVISION, "v1", "controllerrevision", List.of(), ALL_VERBS, List.of()),
        new Resource(
            Kind.DEPLOYMENT,
            "v1",
            "deployment",
            List.of("deploy"),
            ALL_VERBS,
            List.of("status", "scale")),
        new Resource(
            Kind.REPLICA_SET,
            "v1",
            "replicaset",
            List.of("rs"),
            ALL_VERBS,
            List.of("status", "scale")));
  }

  public String group() {
    return kind.group();
  }

  public String plural() {
    return kind.resource();
  }

  /** {@code v1} or {@code apps/v1}. */
  public String groupVersion() {
    return group().isEmpty() ? version : group() + "/" + version;
  }

  /** The catalog's categories ({@code all} for pods, services, daemonsets, deployments …). */
  public List<String> categories() {
    return kind.apiResource().categories();
  }

  public static Optional<Resource> find(String group, String version, String plural) {
    return ALL.stream()
        .filter(
            r -> r.group().equals(group) && r.version.equals(version) && r.plural().equals(plural))
        .findFirst();
  }

  public static Resource of(Kind kind) {
    return ALL.stream().filter(r -> r.kind == kind).findFirst().orElseThrow();
  }

  /** The groups served, core first. */
  public static List<String> groups() {
    return ALL.stream().map(Resource::group).distinct().toList();
  }

  /**
   * The group versions served ({@code v1}, {@code apps/v1}, {@code autoscaling/v2}), core first.
   */
  public static List<String> groupVersions() {
    return ALL.stream().map(Resource::groupVersion).distinct().toList();
  }

  /** The version a group is served at. */
  public static String versionOf(String group) {
    return ALL.stream()
        .filter(r -> r.group().equals(group))
        .map(Resource::version)
        .findFirst()
        .orElse("v1");
  }
}
