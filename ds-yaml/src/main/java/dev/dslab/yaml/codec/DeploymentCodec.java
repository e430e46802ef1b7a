package dev.dslab.yaml.codec;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.DeploymentCondition;
import dev.dslab.model.apps.DeploymentSpec;
import dev.dslab.model.apps.DeploymentStatus;
import dev.dslab.model.apps.DeploymentStrategy;
import dev.dslab.model.apps.RollingUpdateDeployment;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/** apps/v1 Deployment, with upstream's omitempty rules (types.go of k8s.io/api/apps/v1). */
final class DeploymentCodec {
  static final KindCodec<Deployment> CODEC =
      new KindCodec<>(
          Deployment.API_VERSION,
          Deployment.KIND,
          Deployment.class,
          DeploymentCodec::decode,
          DeploymentCodec::encode);

  private static final DeploymentSpec EMPTY_SPEC =
      new DeploymentSpec(null, null, null, null, 0, null, false, null);

  private DeploymentCodec() {}

  static Deployment decode(Fields f) {
    DeploymentSpec spec = f.object("spec", DeploymentCodec::spec);
    return new Deployment(
        MetaCodec.metadata(f),
        spec == null ? EMPTY_SPEC : spec,
        f.object("status", DeploymentCodec::status));
  }

  static Map<String, Object> encode(Deployment d) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(d.metadata()))
        .put("spec", encode(d.spec()))
        .put("status", encode(d.status()))
        .build();
  }

  private static DeploymentSpec spec(Fields f) {
    return new DeploymentSpec(
        f.optionalInt32("replicas"),
        f.object("selector", MetaCodec::labelSelector),
        f.object("template", PodSpecCodec::template),
        f.object(
            "strategy",
            s ->
                new DeploymentStrategy(
                    s.string("type"),
                    s.object(
                        "rollingUpdate",
                        r ->
                            new RollingUpdateDeployment(
                                r.intOrString("maxUnavailable"), r.intOrString("maxSurge"))))),
        f.int32("minReadySeconds"),
        f.optionalInt32("revisionHistoryLimit"),
        f.bool("paused"),
        f.optionalInt32("progressDeadlineSeconds"));
  }

  private static Map<String, Object> encode(DeploymentSpec s) {
    DeploymentStrategy strategy = s.strategy();
    return ObjectBuilder.object()
        .put("replicas", s.replicas())
        .put("selector", s.selector() == null ? null : MetaCodec.encode(s.selector()))
        .put("template", s.template() == null ? null : PodSpecCodec.encode(s.template()))
        .put(
            "strategy",
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
        .putTrue("paused", s.paused())
        .put("progressDeadlineSeconds", s.progressDeadlineSeconds())
        .build();
  }

  private static DeploymentStatus status(Fields f) {
    return new DeploymentStatus(
        f.int64("observedGeneration"),
        f.int32("replicas"),
        f.int32("updatedReplicas"),
        f.int32("readyReplicas"),
        f.int32("availableReplicas"),
        f.int32("unavailableReplicas"),
        f.objects(
            "conditions",
            c ->
                new DeploymentCondition(
                    c.string("type"),
                    c.string("status"),
                    c.time("lastUpdateTime"),
                    c.time("lastTransitionTime"),
                    c.string("reason"),
                    c.string("message"))),
        f.optionalInt32("collisionCount"));
  }

  /** Every counter is omitempty in apps/v1 DeploymentStatus. */
  private static Map<String, Object> encode(DeploymentStatus s) {
    return ObjectBuilder.object()
        .putNonZero("observedGeneration", s.observedGeneration())
        .putNonZero("replicas", s.replicas())
        .putNonZero("updatedReplicas", s.updatedReplicas())
        .putNonZero("readyReplicas", s.readyReplicas())
        .putNonZero("availableReplicas", s.availableReplicas())
        .putNonZero("unavailableReplicas", s.unavailableReplicas())
        .putObjects(
            "conditions",
            s.conditions(),
            c ->
                ObjectBuilder.object()
                    .put("type", c.type())
                    .put("status", c.status())
                    .putTime("lastUpdateTime", c.lastUpdateTime())
                    .putTime("lastTransitionTime", c.lastTransitionTime())
                    .putNonEmpty("reason", c.reason())
                    .putNonEmpty("message", c.message())
                    .build())
        .put("collisionCount", s.collisionCount())
        .build();
  }
}
