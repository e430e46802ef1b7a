package dev.dslab.yaml.codec;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/** apps/v1 DaemonSet. */
final class DaemonSetCodec {
  static final KindCodec<DaemonSet> CODEC =
      new KindCodec<>(
          DaemonSet.API_VERSION,
          DaemonSet.KIND,
          DaemonSet.class,
          DaemonSetCodec::decode,
          DaemonSetCodec::encode);

  private static final DaemonSetSpec EMPTY_SPEC = new DaemonSetSpec(null, null, null, 0, null);

  private DaemonSetCodec() {}

  static DaemonSet decode(Fields f) {
    DaemonSetSpec spec = f.object("spec", DaemonSetCodec::spec);
    return new DaemonSet(
        MetaCodec.metadata(f),
        spec == null ? EMPTY_SPEC : spec,
        f.object("status", DaemonSetCodec::status));
  }

  static Map<String, Object> encode(DaemonSet ds) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(ds.metadata()))
        .put("spec", encode(ds.spec()))
        .put("status", encode(ds.status()))
        .build();
  }

  private static DaemonSetSpec spec(Fields f) {
    return new DaemonSetSpec(
        f.object("selector", MetaCodec::labelSelector),
        f.object("template", PodSpecCodec::template),
        f.object(
            "updateStrategy",
            s ->
                new DaemonSetUpdateStrategy(
                    s.string("type"),
                    s.object(
                        "rollingUpdate",
                        r ->
                            new RollingUpdateDaemonSet(
                                r.intOrString("maxUnavailable"), r.intOrString("maxSurge"))))),
        f.int32("minReadySeconds"),
        f.optionalInt32("revisionHistoryLimit"));
  }

  private static Map<String, Object> encode(DaemonSetSpec s) {
    DaemonSetUpdateStrategy strategy = s.updateStrategy();
    return ObjectBuilder.object()
        .put("selector", s.selector() == null ? null : MetaCodec.encode(s.selector()))
        .put("template", s.template() == null ? null : PodSpecCodec.encode(s.template()))
        .put(
            "updateStrategy",
            strategy == null
                ? null
                : ObjectBuilder.object()
                    .put("type", strategy.type())
                    .put(
                        "rollingUpdate",
                        strategy.rollingUpdate() == null
                            ? null
                            : ObjectBuilder.object()
                                .putIntOrString(
                                    "maxUnavailable", strategy.rollingUpdate().maxUnavailable())
                                .putIntOrString("maxSurge", strategy.rollingUpdate().maxSurge())))
        .putNonZero("minReadySeconds", s.minReadySeconds())
        .put("revisionHistoryLimit", s.revisionHistoryLimit())
        .build();
  }

  private static DaemonSetStatus status(Fields f) {
    f.ignore("conditions");
    return new DaemonSetStatus(
        f.int32("currentNumberScheduled"),
        f.int32("numberMisscheduled"),
        f.int32("desiredNumberScheduled"),
        f.int32("numberReady"),
        f.int64("observedGeneration"),
        f.int32("updatedNumberScheduled"),
        f.int32("numberAvailable"),
        f.int32("numberUnavailable"),
        f.optionalInt32("collisionCount"));
  }

  /**
   * The four counters without omitempty always show; the others only when non-zero, as upstream.
   */
  private static Map<String, Object> encode(DaemonSetStatus s) {
    return ObjectBuilder.object()
        .put("currentNumberScheduled", s.currentNumberScheduled())
        .put("numberMisscheduled", s.numberMisscheduled())
        .put("desiredNumberScheduled", s.desiredNumberScheduled())
        .put("numberReady", s.numberReady())
        .putNonZero("observedGeneration", s.observedGeneration())
        .putNonZero("updatedNumberScheduled", s.updatedNumberScheduled())
        .putNonZero("numberAvailable", s.numberAvailable())
        .putNonZero("numberUnavailable", s.numberUnavailable())
        .put("collisionCount", s.collisionCount())
        .build();
  }
}
