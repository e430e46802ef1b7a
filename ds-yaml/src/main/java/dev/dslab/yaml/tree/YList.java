package dev.dslab.yaml.tree;

import java.util.List;

/** A sequence. */
public record YList(int line, List<YNode> items) implements YNode {
  public YList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
