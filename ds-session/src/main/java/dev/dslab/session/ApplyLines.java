package dev.dslab.session;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.SavedState.Manifest;
import dev.dslab.session.request.Request;
import dev.dslab.yaml.ManifestWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code apply -f NAME.json} requests whose manifest is written, not read (an object to restore, a
 * DaemonSet as edited in the desktop app, an object a client of {@code dsctl serve} wrote): the
 * manifest travels with the line, as dsctl records what a file held.
 */
public final class ApplyLines {
  private ApplyLines() {}

  /** One apply of the manifests, as a {@code List} when there are several. */
  public static Submission apply(String name, List<Map<String, Object>> manifests) {
    Object document =
        manifests.size() == 1
            ? manifests.get(0)
            : Map.of("apiVersion", "v1", "kind", "List", "items", manifests);
    @SuppressWarnings("unchecked")
    String text = ManifestWriter.jsonTree((Map<String, ?>) document) + "\n";
    String file = name + ".json";
    return new Submission(
        new Request.Apply(List.of(file), null, false),
        Map.of(file, List.of(new Manifest(file, text))));
  }

  /**
   * What {@code kubectl apply} would be given for the object: kind, name, labels, annotations and
   * spec, without what the server owns (uid, resourceVersion, timestamps, owner references); the
   * status only with {@code withStatus} (a node's registration: addresses, capacity).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> manifest(KubeObject object, boolean withStatus) {
    Map<String, Object> tree = new LinkedHashMap<>(ManifestWriter.toTree(object));
    Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) tree.get("metadata"));
    meta.keySet().retainAll(List.of("name", "namespace", "labels", "annotations"));
    tree.put("metadata", meta);
    if (!withStatus) {
      tree.remove("status");
    }
    return tree;
  }
}
