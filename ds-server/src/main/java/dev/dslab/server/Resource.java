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
    List<String> subresources,
    List<String> categories,
    List<dev.dslab.model.apiextensions.PrinterColumn> printerColumns) {
  public Resource(
      Kind kind,
      String version,
      String singular,
      List<String> shortNames,
      List<String> verbs,
      List<String> subresources) {
    this(
        kind,
        version,
        singular,
        shortNames,
        verbs,
        subresources,
        kind.apiResource().categories(),
        List.of());
  }

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
            Kind.POD,
            "v1",
            "pod",
            List.of("po"),
            ALL_VERBS,
            List.of("status", "eviction", "attach", "exec", "log", "portforward")),
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

  /**
   * What a cluster serves: the built-in resources, then each served version of its established CRDs
   * (the status subresource where the CRD turns it on), in the order of their CRDs' names.
   */
  public static List<Resource> served(dev.dslab.engine.api.KindRegistry kinds) {
    if (kinds.customKinds().isEmpty()) {
      return ALL;
    }
    List<Resource> all = new java.util.ArrayList<>(ALL);
    for (dev.dslab.engine.api.KindRegistry.CustomKind c : kinds.customKinds()) {
      for (dev.dslab.model.meta.ApiResource r : c.served()) {
        if (find(all, r.group(), r.version(), r.plural()).isEmpty()) {
          all.add(
              new Resource(
                  c.kind(),
                  r.version(),
                  r.singular(),
                  r.shortNames(),
                  r.verbs(),
                  c.statusSubresource() ? List.of("status") : List.of(),
                  r.categories(),
                  c.columns().getOrDefault(r.version(), List.of())));
        }
      }
    }
    return List.copyOf(all);
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

  public static Optional<Resource> find(String group, String version, String plural) {
    return find(ALL, group, version, plural);
  }

  /** The resource of a path among {@code resources}. */
  public static Optional<Resource> find(
      List<Resource> resources, String group, String version, String plural) {
    return resources.stream()
        .filter(
            r -> r.group().equals(group) && r.version.equals(version) && r.plural().equals(plural))
        .findFirst();
  }

  public static Resource of(Kind kind) {
    return ALL.stream().filter(r -> r.kind == kind).findFirst().orElseThrow();
  }

  /** The groups served, core first. */
  public static List<String> groups() {
    return groups(ALL);
  }

  /** The groups of {@code resources}, core first. */
  public static List<String> groups(List<Resource> resources) {
    return resources.stream().map(Resource::group).distinct().toList();
  }

  /**
   * The versions a group of {@code resources} is served at, the preferred first (Kubernetes'
   * version priority: GA before beta before alpha, higher numbers first).
   */
  public static List<String> versionsOf(List<Resource> resources, String group) {
    return resources.stream()
        .filter(r -> r.group().equals(group))
        .map(Resource::version)
        .distinct()
        .sorted(Resource::byPriority)
        .toList();
  }

  private static final java.util.regex.Pattern KUBE_VERSION =
      java.util.regex.Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

  /** apimachinery's CompareKubeAwareVersionStrings, as a sort order (preferred first). */
  static int byPriority(String a, String b) {
    java.util.regex.Matcher ma = KUBE_VERSION.matcher(a);
    java.util.regex.Matcher mb = KUBE_VERSION.matcher(b);
    boolean ka = ma.matches();
    boolean kb = mb.matches();
    if (!ka || !kb) {
      return ka ? -1 : kb ? 1 : a.compareTo(b);
    }
    int sa = stability(ma.group(2));
    int sb = stability(mb.group(2));
    if (sa != sb) {
      return Integer.compare(sb, sa);
    }
    int c = Integer.compare(Integer.parseInt(mb.group(1)), Integer.parseInt(ma.group(1)));
    if (c != 0 || ma.group(3) == null) {
      return c;
    }
    return Integer.compare(Integer.parseInt(mb.group(3)), Integer.parseInt(ma.group(3)));
  }

  private static int stability(String s) {
    return s == null ? 2 : s.equals("beta") ? 1 : 0;
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
