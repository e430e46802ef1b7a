package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectStore;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kubelet's configMapManager and secretManager, read from the store: the keys of a ConfigMap
 * ({@code data} and {@code binaryData}) or a Secret ({@code data}, and {@code stringData} as the
 * simulation keeps it as sent), or empty when the object does not exist.
 */
final class StoredConfigObjects implements ConfigReferences.Objects {
  private final ObjectStore store;

  StoredConfigObjects(ObjectStore store) {
    this.store = store;
  }

  @Override
  public Optional<Set<String>> configMap(String namespace, String name) {
    return keys(Kind.CONFIG_MAP, namespace, name, "data", "binaryData");
  }

  @Override
  public Optional<Set<String>> secret(String namespace, String name) {
    return keys(Kind.SECRET, namespace, name, "data", "stringData");
  }

  private Optional<Set<String>> keys(Kind kind, String namespace, String name, String... fields) {
    Optional<KubeObject> found = store.get(kind, namespace, name);
    return found.map(
        o -> {
          Set<String> keys = new TreeSet<>();
          if (o instanceof Unstructured u) {
            for (String field : fields) {
              if (u.get(field) instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> keys.add(String.valueOf(k)));
              }
            }
          }
          return keys;
        });
  }
}
