package dev.dslab.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How kubectl describe lays out a Role's rules (k8s.io/kubectl/pkg/util/rbac: BreakdownRule,
 * CompactRules, SortableRuleSlice; describe.go's CombineResourceGroup).
 */
final class PolicyRules {
  private PolicyRules() {}

  /** rbacv1.PolicyRule. */
  record Rule(
      List<String> verbs,
      List<String> apiGroups,
      List<String> resources,
      List<String> resourceNames,
      List<String> nonResourceUrls) {

    /** The generated PolicyRule.String() that SortableRuleSlice compares. */
    String goString() {
      return "&PolicyRule{Verbs:"
          + goList(verbs)
          + ",APIGroups:"
          + goList(apiGroups)
          + ",Resources:"
          + goList(resources)
          + ",ResourceNames:"
          + goList(resourceNames)
          + ",NonResourceURLs:"
          + goList(nonResourceUrls)
          + ",}";
    }
  }

  /** fmt's %v of a []string: {@code [get list]}. */
  static String goList(List<String> values) {
    return "[" + String.join(" ", values) + "]";
  }

  /** Each rule broken down, the simple ones of a resource merged, the result sorted stably. */
  static List<Rule> compactAndSort(List<Object> rules) {
    List<Rule> broken = new ArrayList<>();
    for (Object rule : rules) {
      broken.addAll(breakdown(rule));
    }
    List<Rule> compacted = compact(broken);
    compacted.sort(Comparator.comparing(Rule::goString));
    return compacted;
  }

  private static List<String> strings(Object rule, String field) {
    return Fields.list(Fields.at(rule, field)).stream().map(Fields::text).toList();
  }

  /**
   * BreakdownRule: one rule per group, resource, verb (and resource name), then one per
   * non-resource URL and verb.
   */
  static List<Rule> breakdown(Object rule) {
    List<String> verbs = strings(rule, "verbs");
    List<String> names = strings(rule, "resourceNames");
    List<Rule> out = new ArrayList<>();
    for (String group : strings(rule, "apiGroups")) {
      for (String resource : strings(rule, "resources")) {
        for (String verb : verbs) {
          if (names.isEmpty()) {
            out.add(
                new Rule(List.of(verb), List.of(group), List.of(resource), List.of(), List.of()));
          }
          for (String name : names) {
            out.add(
                new Rule(
                    List.of(verb), List.of(group), List.of(resource), List.of(name), List.of()));
          }
        }
      }
    }
    for (String url : strings(rule, "nonResourceURLs")) {
      for (String verb : verbs) {
        out.add(new Rule(List.of(verb), List.of(), List.of(), List.of(), List.of(url)));
      }
    }
    return out;
  }

  /**
   * CompactRules: rules of one group, one resource and at most one name gather their verbs (each
   * once); the others stay as they are, before them.
   */
  static List<Rule> compact(List<Rule> rules) {
    List<Rule> compacted = new ArrayList<>();
    Map<List<Object>, Rule> simple = new LinkedHashMap<>();
    for (Rule r : rules) {
      boolean isSimple =
          r.resourceNames().size() <= 1
              && r.nonResourceUrls().isEmpty()
              && r.apiGroups().size() == 1
              && r.resources().size() == 1;
      if (!isSimple) {
        compacted.add(r);
        continue;
      }
      List<Object> key =
          List.of(
              r.apiGroups().get(0),
              r.resources().get(0),
              !r.resourceNames().isEmpty(),
              r.resourceNames().isEmpty() ? "" : r.resourceNames().get(0));
      Rule existing = simple.get(key);
      if (existing == null) {
        simple.put(key, r);
      } else {
        List<String> verbs = new ArrayList<>(existing.verbs());
        r.verbs().stream().filter(v -> !verbs.contains(v)).forEach(verbs::add);
        simple.put(
            key,
            new Rule(
                verbs,
                existing.apiGroups(),
                existing.resources(),
                existing.resourceNames(),
                existing.nonResourceUrls()));
      }
    }
    compacted.addAll(simple.values());
    return compacted;
  }

  /**
   * CombineResourceGroup: {@code resource.group}, a subresource after it ({@code pods.x/log}); the
   * core group adds nothing.
   */
  static String combineResourceGroup(List<String> resources, List<String> groups) {
    if (resources.isEmpty()) {
      return "";
    }
    String[] parts = resources.get(0).split("/", 2);
    String combine = parts[0];
    if (!groups.isEmpty() && !groups.get(0).isEmpty()) {
      combine = combine + "." + groups.get(0);
    }
    if (parts.length == 2) {
      combine = combine + "/" + parts[1];
    }
    return combine;
  }
}
