package dev.dslab.model.meta;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One resource an API server serves, as its discovery document describes it: the kind, its group
 * and version, the REST names kubectl accepts, its scope, categories and verbs, and whether the API
 * server gives its objects a {@code metadata.generation}.
 */
public record ApiResource(
    String kind,
    String group,
    String version,
    String plural,
    String singular,
    List<String> shortNames,
    boolean namespaced,
    List<String> categories,
    List<String> verbs,
    boolean hasGeneration) {

  /** The verbs of a resource stored as objects: what discovery lists for a ConfigMap. */
  public static final List<String> STORED_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  public ApiResource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(plural, "plural");
    singular = singular == null ? kind.toLowerCase(Locale.ROOT) : singular;
    shortNames = List.copyOf(shortNames);
    categories = List.copyOf(categories);
    verbs = List.copyOf(verbs);
  }

  /** {@code apps/v1}, or {@code v1} for the core group. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The resource qualified by its group, as API errors print it: {@code daemonsets.apps}. */
  public String qualifiedResource() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** kubectl's {@code kind.group/name}: {@code clusterrole.rbac.authorization.k8s.io/x}. */
  public String qualifiedName(String name) {
    String k = kind.toLowerCase(Locale.ROOT);
    return (group.isEmpty() ? k : k + "." + group) + "/" + name;
  }

  /** Objects of this resource can be stored, listed and deleted (not only created, as reviews). */
  public boolean stored() {
    return verbs.contains("get") && verbs.contains("list") && verbs.contains("delete");
  }
}
