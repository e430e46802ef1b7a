package dev.dslab.yaml.parse;

import dev.dslab.yaml.tree.Issue;
import dev.dslab.yaml.tree.YNode;
import java.util.List;

/**
 * What parsing made of one document: a tree, nothing at all, or a failure with the line to blame.
 */
public sealed interface ParsedDocument {
  int document();

  /**
   * A tree, with the problems found while building it that do not stop the parse (duplicate keys);
   * the document is still rejected if there are any.
   */
  record Tree(int document, YNode root, List<Issue> issues) implements ParsedDocument {
    public Tree {
      issues = List.copyOf(issues);
    }
  }

  /** An empty document (only comments, or {@code null}): skipped, but it keeps its number. */
  record Empty(int document) implements ParsedDocument {}

  /** A document that could not be parsed. */
  record Failure(int document, int line, String message) implements ParsedDocument {}
}
