package dev.dslab.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dslab.yaml.print.YamlPrinter;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Plain YAML documents that are not API objects — dsctl's saved state — in the same style as {@code
 * -o yaml}, read back with the same limits as manifests.
 */
public final class Trees {
  /**
   * A streaming parser only: dsctl reads its state on every command, and a data-binding mapper
   * costs 0.2 s to start.
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(limits()).build();

  private Trees() {}

  private static LoaderOptions limits() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(100);
    options.setCodePointLimit(256 * 1024 * 1024);
    return options;
  }

  /** A tree of maps, lists, strings, numbers and booleans as YAML (keys sorted). */
  public static String yaml(Map<String, ?> tree) {
    return YamlPrinter.print(tree);
  }

  /**
   * A YAML mapping document as plain Java values (maps keep the file's order).
   *
   * @throws IllegalArgumentException naming the source and line when the text is not a YAML mapping
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(String source, String text) {
    return (Map<String, Object>)
        read(
            source,
            text,
            p -> {
              if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(
                    source
                        + ": line "
                        + p.currentTokenLocation().getLineNr()
                        + ": expected a mapping");
              }
              return value(p);
            });
  }

  /**
   * Any YAML or JSON document (a mapping, a list, a scalar) as plain Java values, with the same
   * limits against hostile documents: the API endpoint's request bodies (a JSON patch is a list).
   *
   * @throws IllegalArgumentException naming the source and line when the text cannot be read
   */
  public static Object parseAny(String source, String text) {
    return read(source, text, Trees::value);
  }

  @FunctionalInterface
  private interface Reading {
    Object read(JsonParser positionedOnTheFirstToken) throws java.io.IOException;
  }

  /** Opens the document, refuses an empty one, and turns the parser's failures into named ones. */
  private static Object read(String source, String text, Reading reading) {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException(source + ": empty document");
      }
      return reading.read(p);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      throw new Unreadable(
          source + (line <= 0 ? "" : ": line " + line) + ": " + e.getOriginalMessage(),
          line,
          problem(e));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage());
    }
  }

  /**
   * A document that could not be read: the message names the source and line; {@link #problem()} is
   * what was wrong in a few words (the YAML parser's problem, without its excerpt of the text), for
   * callers that phrase the failure in their own words (the API endpoint speaks as the API server).
   */
  public static final class Unreadable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String problem;

    Unreadable(String message, int line, String problem) {
      super(message);
      this.line = line;
      this.problem = problem;
    }

    /** The line where reading stopped, from 1; 0 when unknown. */
    public int line() {
      return line;
    }

    public String problem() {
      return problem;
    }
  }

  private static String problem(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
        return m.getProblem();
      }
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The value at the parser's current token, reading to its end. */
  private static Object value(JsonParser p) throws java.io.IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          map.put(key, value(p));
        }
        return map;
      }
      case START_ARRAY -> {
        java.util.List<Object> list = new java.util.ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return p.getText();
      }
    }
  }
}
