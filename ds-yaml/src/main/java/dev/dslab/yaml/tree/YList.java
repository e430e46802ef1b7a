package dev.dslab.yaml.tree;

import java.util.Collections;
import java.util.List;

/** A sequence. Like {@link YMap}, it takes over the list it is given. */
public record YList(int line, List<YNode> items) implements YNode {
  public YList {
    items = Collections.unmodifiableList(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
