package dev.dslab.print;

import dev.dslab.model.core.Event;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Labels;
import dev.dslab.model.meta.Unstructured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * kubectl describe (k8s.io/kubectl/pkg/describe/describe.go) for the kinds without a describer of
 * their own here: the specific describers of ConfigMap, Secret, ServiceAccount, PriorityClass,
 * StorageClass, PodDisruptionBudget, Role, ClusterRole, RoleBinding and ClusterRoleBinding, and the
 * generic describer (genericDescriber, printUnstructuredContent) for every other kind.
 */
public final class UnstructuredDescribers {
  private UnstructuredDescribers() {}

  /**
   * What {@code kubectl describe} prints for this object.
   *
   * @param tree the object as the API server sends it (what the generic describer walks)
   * @param namespaceSecrets the Secrets of the object's namespace (a ServiceAccount's tokens and
   *     missing secrets come from them)
   * @param events the events about the object
   */
  public static String describe(
      KubeObject object,
      Map<String, Object> tree,
      List<Unstructured> namespaceSecrets,
      List<Event> events,
      Instant now) {
    if (!(object instanceof Unstructured o)) {
      return generic(tree, events, now);
    }
    return switch (o.apiVersion() + " " + o.kind()) {
      case "v1 ConfigMap" -> configMap(o, events, now);
      case "v1 Secret" -> secret(o);
      case "v1 ServiceAccount" -> serviceAccount(o, namespaceSecrets, events, now);
      case "scheduling.k8s.io/v1 PriorityClass" -> priorityClass(o, events, now);
      case "storage.k8s.io/v1 StorageClass" -> storageClass(o, events, now);
      case "policy/v1 PodDisruptionBudget" -> podDisruptionBudget(o, events, now);
      case "rbac.authorization.k8s.io/v1 Role", "rbac.authorization.k8s.io/v1 ClusterRole" ->
          role(o);
      case "rbac.authorization.k8s.io/v1 RoleBinding",
          "rbac.authorization.k8s.io/v1 ClusterRoleBinding" ->
          binding(o);
      default -> generic(tree, events, now);
    };
  }

  private static String tabbed(StringBuilder w) {
    return PodTemplateDescriber.DESCRIBE.format(w.toString());
  }

  private static void identity(StringBuilder w, Unstructured o, boolean namespace) {
    w.append("Name:\t").append(o.name()).append('\n');
    if (namespace) {
      w.append("Namespace:\t").append(Cells.orEmpty(o.namespace())).append('\n');
    }
    PodTemplateDescriber.labels(w, "Labels", o.metadata().labels());
    PodTemplateDescriber.annotations(w, "Annotations", o.metadata().annotations());
  }

  /** ConfigMapDescriber: each data key with its value under a rule, binaryData as byte counts. */
  static String configMap(Unstructured o, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    identity(w, o, true);
    w.append("\nData\n====\n");
    // Go ranges over the map in random order; the keys are sorted here, for byte-equal output
    new TreeMap<>(Fields.map(o, "data"))
        .forEach((k, v) -> w.append(k).append(":\n----\n").append(Fields.text(v)).append("\n\n"));
    w.append("\nBinaryData\n====\n");
    new TreeMap<>(Fields.map(o, "binaryData"))
        .forEach((k, v) -> w.append(k).append(": ").append(decodedLength(v)).append(" bytes\n"));
    w.append('\n');
    Describers.events(w, events, now);
    return tabbed(w);
  }

  /** describeSecret: the type and each key's size in bytes (no events). */
  static String secret(Unstructured o) {
    StringBuilder w = new StringBuilder();
    identity(w, o, true);
    String type = Fields.text(o, "type");
    w.append("\nType:\t").append(type).append('\n');
    w.append("\nData\n====\n");
    new TreeMap<>(Fields.map(o, "data"))
        .forEach(
            (k, v) -> {
              if (k.equals("token") && type.equals("kubernetes.io/service-account-token")) {
                w.append(k).append(":\t").append(decoded(v)).append('\n');
              } else {
                w.append(k).append(":\t").append(decodedLength(v)).append(" bytes\n");
              }
            });
    return tabbed(w);
  }

  private static int decodedLength(Object base64) {
    return decoded(base64).length();
  }

  private static String decoded(Object base64) {
    try {
      return new String(
          Base64.getDecoder().decode(Fields.text(base64)),
          java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      return Fields.text(base64);
    }
  }

  /**
   * ServiceAccountDescriber: image pull secrets, mountable secrets (those missing from the
   * namespace marked), and the service-account-token Secrets bound to it, under headers sorted as
   * strings.
   */
  static String serviceAccount(
      Unstructured o, List<Unstructured> namespaceSecrets, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    identity(w, o, true);
    Set<String> existing = new TreeSet<>();
    List<String> tokens = new ArrayList<>();
    for (Unstructured s : namespaceSecrets) {
      if ("kubernetes.io/service-account-token".equals(Fields.text(s, "type"))
          && o.name().equals(s.metadata().annotations().get("kubernetes.io/service-account.name"))
          && Cells.orEmpty(o.metadata().uid())
              .equals(
                  Cells.orEmpty(
                      s.metadata().annotations().get("kubernetes.io/service-account.uid")))) {
        tokens.add(s.name());
      }
      existing.add(s.name());
    }
    Map<String, List<String>> types = new TreeMap<>();
    types.put("Image pull secrets:", names(Fields.list(o, "imagePullSecrets")));
    types.put("Mountable secrets: ", names(Fields.list(o, "secrets")));
    types.put("Tokens:            ", tokens);
    types.forEach(
        (header, names) -> {
          if (names.isEmpty()) {
            w.append(header).append("\t<none>\n");
            return;
          }
          String prefix = header;
          for (String name : names) {
            w.append(prefix)
                .append('\t')
                .append(name)
                .append(existing.contains(name) ? "" : " (not found)")
                .append('\n');
            prefix = "                   ";
          }
        });
    Describers.events(w, events, now);
    return tabbed(w);
  }

  private static List<String> names(List<Object> references) {
    return references.stream().map(r -> Fields.text(Fields.at(r, "name"))).toList();
  }

  /** describePriorityClass. */
  static String priorityClass(Unstructured o, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(o.name()).append('\n');
    w.append("Value:\t").append(Fields.integer(o, "value")).append('\n');
    w.append("GlobalDefault:\t").append(Fields.bool(o.get("globalDefault"), false)).append('\n');
    w.append("PreemptionPolicy:\t").append(Fields.text(o, "preemptionPolicy")).append('\n');
    w.append("Description:\t").append(Fields.text(o, "description")).append('\n');
    w.append("Annotations:\t").append(Labels.format(o.metadata().annotations())).append('\n');
    Describers.events(w, events, now);
    return tabbed(w);
  }

  /** describeStorageClass. */
  static String storageClass(Unstructured o, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(o.name()).append('\n');
    w.append("IsDefaultClass:\t")
        .append(StorageTables.isDefaultClass(o) ? "Yes" : "No")
        .append('\n');
    w.append("Annotations:\t").append(Labels.format(o.metadata().annotations())).append('\n');
    w.append("Provisioner:\t").append(Fields.text(o, "provisioner")).append('\n');
    w.append("Parameters:\t")
        .append(Labels.format(Fields.strings(o.get("parameters"))))
        .append('\n');
    Object expansion = o.get("allowVolumeExpansion");
    w.append("AllowVolumeExpansion:\t")
        .append(expansion instanceof Boolean b ? (b ? "True" : "False") : "<unset>")
        .append('\n');
    List<Object> mountOptions = Fields.list(o, "mountOptions");
    if (mountOptions.isEmpty()) {
      w.append("MountOptions:\t<none>\n");
    } else {
      w.append("MountOptions:\n");
      mountOptions.forEach(m -> w.append("  ").append(Fields.text(m)).append('\n'));
    }
    if (o.get("reclaimPolicy") != null) {
      w.append("ReclaimPolicy:\t").append(Fields.text(o, "reclaimPolicy")).append('\n');
    }
    if (o.get("volumeBindingMode") != null) {
      w.append("VolumeBindingMode:\t").append(Fields.text(o, "volumeBindingMode")).append('\n');
    }
    if (o.get("allowedTopologies") != null) {
      allowedTopologies(w, Fields.list(o, "allowedTopologies"));
    }
    Describers.events(w, events, now);
    return tabbed(w);
  }

  /** printAllowedTopologies and printTopologySelectorTermsMultilineWithIndent. */
  private static void allowedTopologies(StringBuilder w, List<Object> terms) {
    w.append("AllowedTopologies:\t");
    if (terms.isEmpty()) {
      w.append("<none>\n");
      return;
    }
    w.append('\n');
    for (int i = 0; i < terms.size(); i++) {
      w.append("  Term ").append(i).append(":\t");
      List<Object> requirements = Fields.list(Fields.at(terms.get(i), "matchLabelExpressions"));
      if (requirements.isEmpty()) {
        w.append("<none>\n");
        continue;
      }
      for (int r = 0; r < requirements.size(); r++) {
        if (r != 0) {
          w.append("  \t");
        }
        Object req = requirements.get(r);
        List<String> values =
            Fields.list(Fields.at(req, "values")).stream().map(Fields::text).toList();
        w.append(Fields.text(Fields.at(req, "key"))).append(" in");
        if (!values.isEmpty()) {
          w.append(" [").append(String.join(", ", values)).append(']');
        }
        w.append('\n');
      }
    }
  }

  /** describePodDisruptionBudgetV1. */
  static String podDisruptionBudget(Unstructured o, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    w.append("Name:\t").append(o.name()).append('\n');
    w.append("Namespace:\t").append(Cells.orEmpty(o.namespace())).append('\n');
    if (o.get("spec", "minAvailable") != null) {
      w.append("Min available:\t").append(Fields.text(o, "spec", "minAvailable")).append('\n');
    } else if (o.get("spec", "maxUnavailable") != null) {
      w.append("Max unavailable:\t").append(Fields.text(o, "spec", "maxUnavailable")).append('\n');
    }
    Object selector = o.get("spec", "selector");
    w.append("Selector:\t")
        .append(selector == null ? "<unset>" : Fields.formatSelector(selector))
        .append('\n');
    w.append("Status:\n");
    w.append("    Allowed disruptions:\t")
        .append(Fields.integer(o, "status", "disruptionsAllowed"))
        .append('\n');
    w.append("    Current:\t").append(Fields.integer(o, "status", "currentHealthy")).append('\n');
    w.append("    Desired:\t").append(Fields.integer(o, "status", "desiredHealthy")).append('\n');
    w.append("    Total:\t").append(Fields.integer(o, "status", "expectedPods")).append('\n');
    Describers.events(w, events, now);
    return tabbed(w);
  }

  /** RoleDescriber and ClusterRoleDescriber: the rules broken down, compacted and sorted. */
  static String role(Unstructured o) {
    StringBuilder w = new StringBuilder();
    identity(w, o, false);
    w.append("PolicyRule:\n");
    w.append("  Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
    w.append("  ---------\t-----------------\t--------------\t-----\n");
    for (PolicyRules.Rule r : PolicyRules.compactAndSort(Fields.list(o, "rules"))) {
      w.append("  ")
          .append(PolicyRules.combineResourceGroup(r.resources(), r.apiGroups()))
          .append('\t')
          .append(PolicyRules.goList(r.nonResourceUrls()))
          .append('\t')
          .append(PolicyRules.goList(r.resourceNames()))
          .append('\t')
          .append(PolicyRules.goList(r.verbs()))
          .append('\n');
    }
    return tabbed(w);
  }

  /** RoleBindingDescriber and ClusterRoleBindingDescriber. */
  static String binding(Unstructured o) {
    StringBuilder w = new StringBuilder();
    identity(w, o, false);
    w.append("Role:\n");
    w.append("  Kind:\t").append(Fields.text(o, "roleRef", "kind")).append('\n');
    w.append("  Name:\t").append(Fields.text(o, "roleRef", "name")).append('\n');
    w.append("Subjects:\n");
    w.append("  Kind\tName\tNamespace\n");
    w.append("  ----\t----\t---------\n");
    for (Object s : Fields.list(o, "subjects")) {
      w.append("  ")
          .append(Fields.text(Fields.at(s, "kind")))
          .append('\t')
          .append(Fields.text(Fields.at(s, "name")))
          .append('\t')
          .append(Fields.text(Fields.at(s, "namespace")))
          .append('\n');
    }
    return tabbed(w);
  }

  /**
   * genericDescriber: name, namespace, labels, annotations, then every other field of the object as
   * the API server sends it, as an indented tree (printUnstructuredContent), then the events.
   */
  public static String generic(Map<String, Object> tree, List<Event> events, Instant now) {
    StringBuilder w = new StringBuilder();
    Map<String, Object> metadata = Fields.map(tree.get("metadata"));
    w.append("Name:\t").append(Fields.text(metadata.get("name"))).append('\n');
    w.append("Namespace:\t").append(Fields.text(metadata.get("namespace"))).append('\n');
    PodTemplateDescriber.labels(
        w, "Labels", new LinkedHashMap<>(Fields.strings(metadata.get("labels"))));
    PodTemplateDescriber.annotations(
        w, "Annotations", new LinkedHashMap<>(Fields.strings(metadata.get("annotations"))));
    content(
        w,
        0,
        tree,
        "",
        Set.of(
            ".metadata.managedFields",
            ".metadata.name",
            ".metadata.namespace",
            ".metadata.labels",
            ".metadata.annotations"));
    Describers.events(w, events, now);
    return tabbed(w);
  }

  /** printUnstructuredContent: fields sorted, maps and lists nested one level deeper. */
  private static void content(
      StringBuilder w, int level, Map<?, ?> content, String skipPrefix, Set<String> skip) {
    for (String field : new TreeSet<>(content.keySet().stream().map(String::valueOf).toList())) {
      Object value = content.get(field);
      String path = skipPrefix + "." + field;
      if (skip.contains(path)) {
        continue;
      }
      String indent = "  ".repeat(level);
      if (value instanceof Map<?, ?> map) {
        w.append(indent).append(smartLabelFor(field)).append(":\n");
        content(w, level + 1, map, path, skip);
      } else if (value instanceof List<?> list) {
        w.append(indent).append(smartLabelFor(field)).append(":\n");
        for (Object child : list) {
          if (child instanceof Map<?, ?> map) {
            content(w, level + 1, map, path, skip);
          } else {
            w.append("  ".repeat(level + 1)).append(goValue(child)).append('\n');
          }
        }
      } else {
        w.append(indent)
            .append(smartLabelFor(field))
            .append(":\t")
            .append(goValue(value))
            .append('\n');
      }
    }
  }

  /** fmt's %v of a decoded JSON value. */
  static String goValue(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof List<?> list) {
      return "["
          + String.join(" ", list.stream().map(UnstructuredDescribers::goValue).toList())
          + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      new TreeMap<>(map).forEach((k, v) -> entries.add(k + ":" + goValue(v)));
      return "map[" + String.join(" ", entries) + "]";
    }
    return Fields.text(value);
  }

  private static final Set<String> ACRONYMS = Set.of("API", "URL", "UID", "OSB", "GUID");

  /**
   * smartLabelFor: a camelCase field name as words ({@code apiVersion} reads "API Version"); a name
   * with anything but letters and '-' stays as it is.
   */
  static String smartLabelFor(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return field;
      }
    }
    List<String> result = new ArrayList<>();
    for (String part : camelCaseSplit(field)) {
      String upper = part.toUpperCase(java.util.Locale.ROOT);
      result.add(
          ACRONYMS.contains(upper)
              ? upper
              : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return String.join(" ", result);
  }

  /**
   * github.com/fatih/camelcase.Split: runs of lower case, upper case, digits and other characters;
   * an upper-case run followed by a lower-case one gives it its last letter ("PDFLoader" is "PDF",
   * "Loader").
   */
  static List<String> camelCaseSplit(String text) {
    List<StringBuilder> runs = new ArrayList<>();
    int lastClass = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cls =
          Character.isLowerCase(c)
              ? 1
              : Character.isUpperCase(c) ? 2 : Character.isDigit(c) ? 3 : 4;
      if (cls == lastClass) {
        runs.get(runs.size() - 1).append(c);
      } else {
        runs.add(new StringBuilder().append(c));
      }
      lastClass = cls;
    }
    for (int i = 0; i < runs.size() - 1; i++) {
      StringBuilder run = runs.get(i);
      StringBuilder next = runs.get(i + 1);
      if (run.length() > 0
          && next.length() > 0
          && Character.isUpperCase(run.charAt(0))
          && Character.isLowerCase(next.charAt(0))) {
        next.insert(0, run.charAt(run.length() - 1));
        run.setLength(run.length() - 1);
      }
    }
    return runs.stream().filter(r -> r.length() > 0).map(StringBuilder::toString).toList();
  }
}
