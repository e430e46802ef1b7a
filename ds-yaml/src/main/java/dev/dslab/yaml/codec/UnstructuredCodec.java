package dev.dslab.yaml.codec;

import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/**
 * Any served kind the simulation does not model: metadata read as for every object, the rest kept
 * as sent and written back as it came.
 */
final class UnstructuredCodec {
  private UnstructuredCodec() {}

  static KindCodec<Unstructured> of(ApiResource resource) {
    String apiVersion = resource.apiVersion();
    String kind = resource.kind();
    return new KindCodec<>(
        apiVersion,
        kind,
        Unstructured.class,
        f -> decode(apiVersion, kind, f),
        UnstructuredCodec::encode);
  }

  static Unstructured decode(String apiVersion, String kind, Fields f) {
    return new Unstructured(apiVersion, kind, MetaCodec.metadata(f), f.rest());
  }

  static Map<String, Object> encode(Unstructured o) {
    return ObjectBuilder.copyOf(o.content())
        .put("metadata", MetaCodec.encode(o.metadata()))
        .build();
  }
}
