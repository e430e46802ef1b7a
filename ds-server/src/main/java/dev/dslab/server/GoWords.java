package dev.dslab.server;

import java.util.List;
import java.util.Map;

/**
 * The words of Go's parsers for a body that could not be read, where the API server passes them on:
 * go-yaml's (sigs.k8s.io/yaml converts YAML to JSON with it) and encoding/json's. The endpoint
 * reads bodies with Jackson and SnakeYAML, whose problems are said differently; the common ones are
 * translated, the rest passed on as they are.
 */
final class GoWords {
  private GoWords() {}

  /** go-yaml's scanner and parser messages for SnakeYAML's problems of the same faults. */
  static String yamlProblem(String snakeYamlProblem) {
    String p = String.valueOf(snakeYamlProblem);
    if (p.startsWith("expected ',' or ']'")) {
      return "did not find expected ',' or ']'";
    }
    if (p.startsWith("expected ',' or '}'")) {
      return "did not find expected ',' or '}'";
    }
    if (p.startsWith("expected the node content")) {
      return "did not find expected node content";
    }
    if (p.startsWith("expected <block end>")) {
      return "did not find expected key";
    }
    if (p.startsWith("mapping values are not allowed here")) {
      return "mapping values are not allowed in this context";
    }
    return p;
  }

  /** encoding/json's message for a body that ends early; other problems as they are. */
  static String jsonProblem(String problem) {
    String p = String.valueOf(problem);
    if (p.contains("end-of-input") || p.contains("<stream end>")) {
      return "unexpected end of JSON input";
    }
    return p;
  }

  /** The JSON type encoding/json names when it cannot unmarshal a value into a struct. */
  static String jsonType(Object value) {
    if (value instanceof List<?>) {
      return "array";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Number) {
      return "number";
    }
    return "string";
  }
}
