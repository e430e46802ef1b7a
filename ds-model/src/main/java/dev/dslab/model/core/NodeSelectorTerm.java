package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;

/** One term of a node selector: its matchExpressions and matchFields are ANDed. */
public record NodeSelectorTerm(
    List<NodeSelectorRequirement> matchExpressions, List<NodeSelectorRequirement> matchFields) {
  public NodeSelectorTerm {
    matchExpressions = Collections2.copy(matchExpressions);
    matchFields = Collections2.copy(matchFields);
  }

  public boolean isEmpty() {
    return matchExpressions.isEmpty() && matchFields.isEmpty();
  }
}
