package dev.dslab.cli;

import dev.dslab.engine.api.Kind;
import picocli.CommandLine.Option;

/** The namespace flags every command shares. */
final class CommonOptions {
  @Option(
      names = {"-n", "--namespace"},
      description = "the namespace (default: default)")
  String namespace;

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "list across all namespaces")
  boolean allNamespaces;

  /** The namespace to read a kind from: null for cluster-scoped kinds and for -A. */
  String namespaceFor(Kind kind) {
    if (!kind.namespaced() || allNamespaces) {
      return null;
    }
    return namespace == null ? "default" : namespace;
  }

  boolean allNamespaces() {
    return allNamespaces;
  }

  /** The namespace for objects of a manifest that name none. */
  String defaultNamespace() {
    return namespace == null ? "default" : namespace;
  }
}
