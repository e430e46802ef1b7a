package dev.dslab.engine.placement;

import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.PodSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The required node affinity of a pod (component-helpers nodeaffinity.GetRequiredNodeAffinity): the
 * nodeSelector AND the requiredDuringScheduling terms. Terms are ORed; inside a term every
 * expression and field requirement is ANDed; a term that does not parse, or is empty, matches
 * nothing.
 */
public final class NodeAffinityMatcher {
  private NodeAffinityMatcher() {}

  /**
   * Why the pod's required node affinity rejects the node, or empty when it matches. The text is
   * meant for people: it names the label or term that fails.
   */
  public static Optional<String> mismatch(PodSpec spec, Node node) {
    Map<String, String> labels = node.metadata().labels();
    for (Map.Entry<String, String> e : spec.nodeSelector().entrySet()) {
      String actual = labels.get(e.getKey());
      if (!e.getValue().equals(actual)) {
        return Optional.of(
            "nodeSelector "
                + e.getKey()
                + "="
                + e.getValue()
                + " does not match: node "
                + (actual == null
                    ? "has no label " + e.getKey()
                    : "has " + e.getKey() + "=" + actual));
      }
    }
    NodeSelector required = required(spec.affinity());
    if (required != null && !matches(required, node)) {
      return Optional.of(
          "required node affinity does not match: no term of "
              + describe(required)
              + " matches the node");
    }
    return Optional.empty();
  }

  public static boolean matches(PodSpec spec, Node node) {
    return mismatch(spec, node).isEmpty();
  }

  static NodeSelector required(Affinity affinity) {
    if (affinity == null || affinity.nodeAffinity() == null) {
      return null;
    }
    return affinity.nodeAffinity().required();
  }

  /** LazyErrorNodeSelector.Match: any term matches. No terms at all matches nothing. */
  public static boolean matches(NodeSelector selector, Node node) {
    for (NodeSelectorTerm term : selector.nodeSelectorTerms()) {
      if (matches(term, node)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(NodeSelectorTerm term, Node node) {
    if (term.isEmpty()) {
      return false;
    }
    Map<String, String> labels = node.metadata().labels();
    for (NodeSelectorRequirement r : term.matchExpressions()) {
      if (!matchesLabel(r, labels)) {
        return false;
      }
    }
    for (NodeSelectorRequirement r : term.matchFields()) {
      if (!matchesField(r, node.metadata().name())) {
        return false;
      }
    }
    return true;
  }

  /** labels.Requirement.Matches, with Gt and Lt comparing base-10 integers strictly. */
  static boolean matchesLabel(NodeSelectorRequirement r, Map<String, String> labels) {
    String actual = labels.get(r.key());
    List<String> values = r.values();
    return switch (r.operator() == null ? "" : r.operator()) {
      case NodeSelectorRequirement.IN ->
          !values.isEmpty() && actual != null && values.contains(actual);
      case NodeSelectorRequirement.NOT_IN ->
          !values.isEmpty() && (actual == null || !values.contains(actual));
      case NodeSelectorRequirement.EXISTS -> values.isEmpty() && actual != null;
      case NodeSelectorRequirement.DOES_NOT_EXIST -> values.isEmpty() && actual == null;
      case NodeSelectorRequirement.GT -> compare(actual, values) > 0;
      case NodeSelectorRequirement.LT ->
          compare(actual, values) < 0 && compare(actual, values) != NO_COMPARISON;
      default -> false;
    };
  }

  private static final int NO_COMPARISON = Integer.MIN_VALUE;

  /** Sign of (label − value), or NO_COMPARISON when either side is missing or not an int64. */
  private static int compare(String actual, List<String> values) {
    if (actual == null || values.size() != 1) {
      return NO_COMPARISON;
    }
    try {
      return Long.compare(Long.parseLong(actual), Long.parseLong(values.get(0)));
    } catch (NumberFormatException e) {
      return NO_COMPARISON;
    }
  }

  /** Field selectors support metadata.name with In or NotIn and exactly one value. */
  static boolean matchesField(NodeSelectorRequirement r, String nodeName) {
    if (!"metadata.name".equals(r.key()) || r.values().size() != 1) {
      return false;
    }
    return switch (r.operator() == null ? "" : r.operator()) {
      case NodeSelectorRequirement.IN -> r.values().get(0).equals(nodeName);
      case NodeSelectorRequirement.NOT_IN -> !r.values().get(0).equals(nodeName);
      default -> false;
    };
  }

  /**
   * util.GetTargetNodeName: spec.nodeName if set, else the single value of a {@code matchFields
   * metadata.name In [x]} requirement of the required affinity.
   */
  public static Optional<String> targetNodeName(PodSpec spec) {
    if (spec.nodeName() != null && !spec.nodeName().isEmpty()) {
      return Optional.of(spec.nodeName());
    }
    NodeSelector required = required(spec.affinity());
    if (required == null) {
      return Optional.empty();
    }
    for (NodeSelectorTerm term : required.nodeSelectorTerms()) {
      for (NodeSelectorRequirement r : term.matchFields()) {
        if ("metadata.name".equals(r.key())
            && NodeSelectorRequirement.IN.equals(r.operator())
            && r.values().size() == 1) {
          return Optional.of(r.values().get(0));
        }
      }
    }
    return Optional.empty();
  }

  static String describe(NodeSelector selector) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < selector.nodeSelectorTerms().size(); i++) {
      NodeSelectorTerm t = selector.nodeSelectorTerms().get(i);
      b.append(i == 0 ? "" : "; ");
      StringBuilder term = new StringBuilder();
      for (NodeSelectorRequirement r : t.matchExpressions()) {
        term.append(term.length() == 0 ? "" : ", ")
            .append(r.key())
            .append(' ')
            .append(r.operator())
            .append(r.values().isEmpty() ? "" : " " + r.values());
      }
      for (NodeSelectorRequirement r : t.matchFields()) {
        term.append(term.length() == 0 ? "" : ", ")
            .append(r.key())
            .append(' ')
            .append(r.operator())
            .append(' ')
            .append(r.values());
      }
      b.append(term.length() == 0 ? "(empty term)" : term);
    }
    return b.append(']').toString();
  }
}
