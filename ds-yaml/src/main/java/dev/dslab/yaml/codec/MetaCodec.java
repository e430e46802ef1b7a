package dev.dslab.yaml.codec;

import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/** metav1.ObjectMeta, OwnerReference and LabelSelector. */
final class MetaCodec {
  private MetaCodec() {}

  /** The object's metadata; an object without any still has (empty) metadata. */
  static ObjectMeta metadata(Fields f) {
    ObjectMeta meta = f.object("metadata", MetaCodec::decode);
    return meta == null ? ObjectMeta.named(null) : meta;
  }

  static ObjectMeta decode(Fields f) {
    // Written by the server, meaningless to the simulation, present in every `kubectl get -o yaml`.
    f.ignore("selfLink", "managedFields", "clusterName");
    return new ObjectMeta(
        f.string("name"),
        f.string("generateName"),
        f.string("namespace"),
        f.string("uid"),
        f.string("resourceVersion"),
        f.int64("generation"),
        f.time("creationTimestamp"),
        f.time("deletionTimestamp"),
        f.optionalInt64("deletionGracePeriodSeconds"),
        f.stringMap("labels"),
        f.stringMap("annotations"),
        f.objects("ownerReferences", MetaCodec::ownerReference),
        f.strings("finalizers"));
  }

  static Map<String, Object> encode(ObjectMeta m) {
    return ObjectBuilder.object()
        .put("name", m.name())
        .put("generateName", m.generateName())
        .put("namespace", m.namespace())
        .put("uid", m.uid())
        .put("resourceVersion", m.resourceVersion())
        .putNonZero("generation", m.generation())
        .putTime("creationTimestamp", m.creationTimestamp())
        .putTime("deletionTimestamp", m.deletionTimestamp())
        .put("deletionGracePeriodSeconds", m.deletionGracePeriodSeconds())
        .putNonEmpty("labels", m.labels())
        .putNonEmpty("annotations", m.annotations())
        .putObjects("ownerReferences", m.ownerReferences(), MetaCodec::encode)
        .putNonEmpty("finalizers", m.finalizers())
        .build();
  }

  static OwnerReference ownerReference(Fields f) {
    return new OwnerReference(
        f.string("apiVersion"),
        f.requiredString("kind"),
        f.requiredString("name"),
        f.string("uid"),
        f.bool("controller"),
        f.bool("blockOwnerDeletion"));
  }

  static Map<String, Object> encode(OwnerReference r) {
    return ObjectBuilder.object()
        .put("apiVersion", r.apiVersion())
        .put("kind", r.kind())
        .put("name", r.name())
        .put("uid", r.uid())
        .putTrue("controller", r.controller())
        .putTrue("blockOwnerDeletion", r.blockOwnerDeletion())
        .build();
  }

  static LabelSelector labelSelector(Fields f) {
    return new LabelSelector(
        f.stringMap("matchLabels"), f.objects("matchExpressions", MetaCodec::requirement));
  }

  static Map<String, Object> encode(LabelSelector s) {
    return ObjectBuilder.object()
        .putNonEmpty("matchLabels", s.matchLabels())
        .putObjects("matchExpressions", s.matchExpressions(), MetaCodec::encode)
        .build();
  }

  private static LabelSelectorRequirement requirement(Fields f) {
    return new LabelSelectorRequirement(
        f.requiredString("key"), f.string("operator"), f.strings("values"));
  }

  private static Map<String, Object> encode(LabelSelectorRequirement r) {
    return ObjectBuilder.object()
        .put("key", r.key())
        .put("operator", r.operator())
        .putNonEmpty("values", r.values())
        .build();
  }
}
