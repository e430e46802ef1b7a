package dev.dslab.yaml.parse;

/**
 * What a manifest may cost before the reader refuses it: nesting depth, size, and how far YAML
 * aliases may expand it. Generous for real manifests (the deepest, a managedFields entry, nests
 * about 25 levels; a 5,000-node list is a few tens of MB), fatal for the classic attacks.
 *
 * @param maxDepth objects and lists nested deeper than this are refused
 * @param maxDocumentChars the largest document (YAML) or stream (JSON), in characters
 * @param maxAliasesForCollections SnakeYAML's alias budget, kept for any composing use of the
 *     loader options
 * @param baseValueBudget values a document may hold beyond one per character of its text: aliases
 *     are the only way to hold more, so this bounds an alias bomb however it is built
 */
public record ParseLimits(
    int maxDepth, int maxDocumentChars, int maxAliasesForCollections, long baseValueBudget) {
  public static final ParseLimits DEFAULT = new ParseLimits(100, 128 * 1024 * 1024, 50, 100_000);

  /** The number of values a document of {@code chars} characters may expand to. */
  public long valueBudget(int chars) {
    return baseValueBudget + chars;
  }
}
