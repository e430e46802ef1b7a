package dev.dslab.yaml.codec;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;
import java.util.function.Function;

/**
 * How one kind is read and written.
 *
 * @param decoder reads the object's fields (apiVersion and kind already checked)
 * @param encoder writes every field but apiVersion and kind, which {@link #encode} adds
 */
public record KindCodec<T extends KubeObject>(
    String apiVersion,
    String kind,
    Class<T> type,
    Function<Fields, T> decoder,
    Function<T, Map<String, Object>> encoder) {

  /** The object as the API prints it, keys sorted. */
  public Map<String, Object> encode(KubeObject object) {
    return ObjectBuilder.copyOf(encoder.apply(type.cast(object)))
        .put("apiVersion", apiVersion)
        .put("kind", kind)
        .build();
  }
}
