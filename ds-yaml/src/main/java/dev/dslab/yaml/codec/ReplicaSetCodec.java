package dev.dslab.yaml.codec;

import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.apps.ReplicaSetSpec;
import dev.dslab.model.apps.ReplicaSetStatus;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/** apps/v1 ReplicaSet, with upstream's omitempty rules (types.go of k8s.io/api/apps/v1). */
final class ReplicaSetCodec {
  static final KindCodec<ReplicaSet> CODEC =
      new KindCodec<>(
          ReplicaSet.API_VERSION,
          ReplicaSet.KIND,
          ReplicaSet.class,
          ReplicaSetCodec::decode,
          ReplicaSetCodec::encode);

  private static final ReplicaSetSpec EMPTY_SPEC = new ReplicaSetSpec(null, 0, null, null);

  private ReplicaSetCodec() {}

  static ReplicaSet decode(Fields f) {
    ReplicaSetSpec spec = f.object("spec", ReplicaSetCodec::spec);
    return new ReplicaSet(
        MetaCodec.metadata(f),
        spec == null ? EMPTY_SPEC : spec,
        f.object("status", ReplicaSetCodec::status));
  }

  static Map<String, Object> encode(ReplicaSet rs) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(rs.metadata()))
        .put("spec", encode(rs.spec()))
        .put("status", encode(rs.status()))
        .build();
  }

  private static ReplicaSetSpec spec(Fields f) {
    return new ReplicaSetSpec(
        f.optionalInt32("replicas"),
        f.int32("minReadySeconds"),
        f.object("selector", MetaCodec::labelSelector),
        f.object("template", PodSpecCodec::template));
  }

  private static Map<String, Object> encode(ReplicaSetSpec s) {
    return ObjectBuilder.object()
        .put("replicas", s.replicas())
        .putNonZero("minReadySeconds", s.minReadySeconds())
        .put("selector", s.selector() == null ? null : MetaCodec.encode(s.selector()))
        .put("template", s.template() == null ? null : PodSpecCodec.encode(s.template()))
        .build();
  }

  private static ReplicaSetStatus status(Fields f) {
    f.ignore("conditions");
    return new ReplicaSetStatus(
        f.int32("replicas"),
        f.int32("fullyLabeledReplicas"),
        f.int32("readyReplicas"),
        f.int32("availableReplicas"),
        f.int64("observedGeneration"));
  }

  /** replicas always shows; the other counters are omitempty. */
  private static Map<String, Object> encode(ReplicaSetStatus s) {
    return ObjectBuilder.object()
        .put("replicas", s.replicas())
        .putNonZero("fullyLabeledReplicas", s.fullyLabeledReplicas())
        .putNonZero("readyReplicas", s.readyReplicas())
        .putNonZero("availableReplicas", s.availableReplicas())
        .putNonZero("observedGeneration", s.observedGeneration())
        .build();
  }
}
