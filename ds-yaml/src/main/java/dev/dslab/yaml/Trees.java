package dev.dslab.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dslab.yaml.print.YamlPrinter;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Plain YAML documents that are not API objects — dsctl's saved state — in the same style as
 * {@code -o yaml}, read back with the same limits as manifests.
 */
public final class Trees {
  private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder().loaderOptions(limits()).build());

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
   * A YAML mapping document as plain Java values.
   *
   * @throws IllegalArgumentException naming the source and line when the text is not a YAML mapping
   */
  public static Map<String, Object> parse(String source, String text) {
    try {
      Map<String, Object> tree = MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {});
      if (tree == null) {
        throw new IllegalArgumentException(source + ": empty document");
      }
      return tree;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(source + (at == null ? "" : ": line " + at.getLineNr()) + ": "
          + e.getOriginalMessage());
    }
  }
}
