package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.codec.Kinds;
import dev.dslab.yaml.print.JsonPrinter;
import dev.dslab.yaml.print.YamlPrinter;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * Writes records as kubectl prints them ({@code -o json}, {@code -o yaml}): the API's field names
 * and shapes, keys sorted, omitempty as upstream. What it writes, {@link ManifestReader} reads back
 * to equal records, so it also serves for saved state.
 */
public final class ManifestWriter {
  private static final Kinds KINDS = Kinds.standard();

  private ManifestWriter() {}

  /**
   * The object as a tree of sorted maps, lists, strings, numbers and booleans: the shape behind
   * both outputs, e.g. for JSONPath.
   *
   * @throws IllegalArgumentException for a kind this module does not know
   */
  public static Map<String, Object> toTree(KubeObject object) {
    return KINDS.of(object).encode(object);
  }

  /** kubectl's {@code List} wrapper around several objects. */
  public static Map<String, Object> toTree(List<? extends KubeObject> objects) {
    return ObjectBuilder.object()
        .put("apiVersion", "v1")
        .put("kind", "List")
        .put("items", objects.stream().map(ManifestWriter::toTree).toList())
        .put("metadata", ObjectBuilder.object().put("resourceVersion", ""))
        .build();
  }

  public static String json(KubeObject object) {
    return JsonPrinter.print(toTree(object));
  }

  public static String json(List<? extends KubeObject> objects) {
    return JsonPrinter.print(toTree(objects));
  }

  public static String yaml(KubeObject object) {
    return YamlPrinter.print(toTree(object));
  }

  public static String yaml(List<? extends KubeObject> objects) {
    return YamlPrinter.print(toTree(objects));
  }

  /**
   * Any tree of maps, lists, strings, numbers, booleans and nulls in kubectl's JSON style (keys
   * sorted, 4-space indent): for documents that are not API objects, such as {@code why -o json}.
   */
  public static String jsonTree(Map<String, ?> tree) {
    return JsonPrinter.print(tree);
  }

  /** The same on one line without spaces: the API server's wire form. */
  public static String compactJson(Map<String, ?> tree) {
    return JsonPrinter.compact(tree);
  }

  /** {@link #compactJson} as UTF-8 bytes, written to {@code out}. */
  public static void compactJson(Map<String, ?> tree, java.io.OutputStream out)
      throws java.io.IOException {
    JsonPrinter.compact(tree, out);
  }
}
