package dev.dslab.yaml.tree;

/**
 * One value of a parsed YAML or JSON document, with the 1-based line it starts on. Jackson's own
 * trees forget locations; problems must name lines, so the reader builds these instead.
 */
public sealed interface YNode permits YMap, YList, YScalar {
  int line();

  /**
   * How the value reads in a message: {@code an object}, {@code a list}, {@code "http"}, {@code a
   * number (1.5)}.
   */
  String describe();

  default boolean isNull() {
    return this instanceof YScalar s && s.type() == YScalar.Type.NULL;
  }
}
