package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;

/** Node affinity: the required selector (nullable) and the preferred terms. */
public record NodeAffinity(NodeSelector required, List<PreferredSchedulingTerm> preferred) {
  public NodeAffinity {
    preferred = Collections2.copy(preferred);
  }
}
