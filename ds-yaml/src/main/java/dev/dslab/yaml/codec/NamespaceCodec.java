package dev.dslab.yaml.codec;

import dev.dslab.model.core.Namespace;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.List;
import java.util.Map;

/** core/v1 Namespace: metadata and phase. */
final class NamespaceCodec {
  static final KindCodec<Namespace> CODEC =
      new KindCodec<>(
          "v1", Namespace.KIND, Namespace.class, NamespaceCodec::decode, NamespaceCodec::encode);

  private NamespaceCodec() {}

  static Namespace decode(Fields f) {
    // spec holds only the "kubernetes" finalizer, which the API server adds itself.
    f.ignore("spec");
    String phase =
        f.object(
            "status",
            s -> {
              s.ignore("conditions");
              return s.string("phase");
            });
    return new Namespace(MetaCodec.metadata(f), phase);
  }

  static Map<String, Object> encode(Namespace ns) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(ns.metadata()))
        .put("spec", ObjectBuilder.object().put("finalizers", List.of("kubernetes")))
        .put("status", ObjectBuilder.object().put("phase", ns.phase()))
        .build();
  }
}
