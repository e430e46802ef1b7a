package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;

/** requiredDuringSchedulingIgnoredDuringExecution: the terms are ORed. */
public record NodeSelector(List<NodeSelectorTerm> nodeSelectorTerms) {
  public NodeSelector {
    nodeSelectorTerms = Collections2.copy(nodeSelectorTerms);
  }
}
