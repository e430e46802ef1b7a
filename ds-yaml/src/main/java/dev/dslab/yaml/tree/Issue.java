package dev.dslab.yaml.tree;

/**
 * A problem found while decoding that does not stop the decoding (an unknown field), reported
 * afterwards.
 */
public record Issue(FieldPath path, int line, String message) {}
