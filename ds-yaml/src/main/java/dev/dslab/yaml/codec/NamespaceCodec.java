package dev.dslab.yaml.codec;

import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.NamespaceCondition;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.List;
import java.util.Map;

/** core/v1 Namespace: metadata, phase and the namespace controller's conditions. */
final class NamespaceCodec {
  static final KindCodec<Namespace> CODEC =
      new KindCodec<>(
          "v1", Namespace.KIND, Namespace.class, NamespaceCodec::decode, NamespaceCodec::encode);

  private NamespaceCodec() {}

  static Namespace decode(Fields f) {
    // spec holds only the "kubernetes" finalizer, which the API server adds itself.
    f.ignore("spec");
    Namespace status =
        f.object(
            "status",
            s ->
                new Namespace(
                    ObjectMeta.named("status"),
                    s.string("phase"),
                    s.objects("conditions", NamespaceCodec::condition)));
    return status == null
        ? new Namespace(MetaCodec.metadata(f), null)
        : new Namespace(MetaCodec.metadata(f), status.phase(), status.conditions());
  }

  /** A namespace condition has a pod condition's fields: one codec reads and writes both. */
  private static NamespaceCondition condition(Fields f) {
    PodCondition c = PodCodec.condition(f);
    return new NamespaceCondition(
        c.type(), c.status(), c.lastTransitionTime(), c.reason(), c.message());
  }

  private static Map<String, Object> encode(NamespaceCondition c) {
    return PodCodec.encode(
        new PodCondition(c.type(), c.status(), c.lastTransitionTime(), c.reason(), c.message()));
  }

  static Map<String, Object> encode(Namespace ns) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(ns.metadata()))
        .put("spec", ObjectBuilder.object().put("finalizers", List.of("kubernetes")))
        .put(
            "status",
            ObjectBuilder.object()
                .put("phase", ns.phase())
                .putObjects("conditions", ns.conditions(), NamespaceCodec::encode))
        .build();
  }
}
