package dev.dslab.yaml.parse;

import dev.dslab.yaml.tree.YNode;

/**
 * Takes the elements of a document's top-level {@code items} list as soon as each is complete, so
 * that a large List (a 5,000-node {@code kubectl get nodes -o yaml}) is decoded item by item and
 * never held as one whole tree: the garbage collector then only ever copies one item's tree.
 */
@FunctionalInterface
public interface ItemSink {
  /** Takes nothing: the whole document stays in the tree. */
  ItemSink NONE = item -> false;

  /**
   * @param item a complete element of the root object's {@code items}
   * @return whether the item was taken; if not, it stays in the tree, and so do all after it (so
   *     that taken and kept items never change places)
   */
  boolean take(YNode item);
}
