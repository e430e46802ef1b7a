/**
 * A parsed document as a tree that remembers the line of every value, and the two helpers that turn
 * such trees into records ({@link dev.dslab.yaml.tree.Fields}) and records into printable trees
 * ({@link dev.dslab.yaml.tree.ObjectBuilder}).
 */
package dev.dslab.yaml.tree;
