package dev.dslab.yaml.codec;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodStatus;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** core/v1 Pod and its status. */
final class PodCodec {
  static final KindCodec<Pod> CODEC =
      new KindCodec<>("v1", Pod.KIND, Pod.class, PodCodec::decode, PodCodec::encode);

  private PodCodec() {}

  static Pod decode(Fields f) {
    return new Pod(
        MetaCodec.metadata(f), PodSpecCodec.spec(f), f.object("status", PodCodec::status));
  }

  static Map<String, Object> encode(Pod pod) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(pod.metadata()))
        .put("spec", PodSpecCodec.encode(pod.spec()))
        .put("status", encode(pod.status()))
        .build();
  }

  private static PodStatus status(Fields f) {
    // hostIPs and podIPs are derived from hostIP and podIP when written; the rest is not modelled.
    f.ignore(
        "hostIPs",
        "podIPs",
        "qosClass",
        "initContainerStatuses",
        "ephemeralContainerStatuses",
        "resize",
        "resourceClaimStatuses",
        "observedGeneration");
    return new PodStatus(
        f.enumValue("phase", PodPhase.class),
        f.objects("conditions", PodCodec::condition),
        f.string("hostIP"),
        f.string("podIP"),
        f.time("startTime"),
        f.objects("containerStatuses", PodCodec::containerStatus),
        f.string("reason"),
        f.string("message"),
        f.string("nominatedNodeName"));
  }

  private static Map<String, Object> encode(PodStatus s) {
    return ObjectBuilder.object()
        .put("phase", s.phase().name())
        .putObjects("conditions", s.conditions(), PodCodec::encode)
        .put("hostIP", s.hostIP())
        .put("hostIPs", ips(s.hostIP()))
        .put("podIP", s.podIP())
        .put("podIPs", ips(s.podIP()))
        .putTime("startTime", s.startTime())
        .putObjects("containerStatuses", s.containerStatuses(), PodCodec::encode)
        .put("reason", s.reason())
        .put("message", s.message())
        .put("nominatedNodeName", s.nominatedNodeName())
        .build();
  }

  private static List<Map<String, Object>> ips(String ip) {
    return ip == null || ip.isEmpty()
        ? null
        : List.of(ObjectBuilder.object().put("ip", ip).build());
  }

  static PodCondition condition(Fields f) {
    f.ignore("lastProbeTime", "observedGeneration");
    return new PodCondition(
        f.string("type"),
        f.enumValue("status", ConditionStatus.class),
        f.time("lastTransitionTime"),
        f.string("reason"),
        f.string("message"));
  }

  static Map<String, Object> encode(PodCondition c) {
    return ObjectBuilder.object()
        .put("type", c.type())
        .put("status", c.status() == null ? null : c.status().name())
        .putTime("lastTransitionTime", c.lastTransitionTime())
        .put("reason", c.reason())
        .put("message", c.message())
        .build();
  }

  private static ContainerStatus containerStatus(Fields f) {
    f.ignore(
        "imageID",
        "containerID",
        "allocatedResources",
        "resources",
        "volumeMounts",
        "user",
        "allocatedResourcesStatus",
        "stopSignal");
    return new ContainerStatus(
        f.string("name"),
        f.string("image"),
        f.bool("ready"),
        f.int32("restartCount"),
        f.bool("started"),
        f.object("state", PodCodec::state),
        f.object("lastState", PodCodec::state));
  }

  private static Map<String, Object> encode(ContainerStatus s) {
    return ObjectBuilder.object()
        .put("name", s.name())
        .put("image", s.image())
        .put("ready", s.ready())
        .put("restartCount", s.restartCount())
        .put("started", s.started())
        .put("state", encode(s.state()))
        // upstream shows `lastState: {}` for a container that never restarted
        .put("lastState", encode(s.lastState()))
        .build();
  }

  /** One of waiting, running or terminated; {@code {}} is none (null). */
  private static ContainerState state(Fields f) {
    List<ContainerState> states = new ArrayList<>(1);
    ContainerState waiting =
        f.object(
            "waiting", w -> new ContainerState.Waiting(w.string("reason"), w.string("message")));
    ContainerState running =
        f.object("running", r -> new ContainerState.Running(r.time("startedAt")));
    ContainerState terminated =
        f.object(
            "terminated",
            t -> {
              t.ignore("signal", "message", "containerID");
              return new ContainerState.Terminated(
                  t.int32("exitCode"),
                  t.string("reason"),
                  t.time("startedAt"),
                  t.time("finishedAt"));
            });
    for (ContainerState s : new ContainerState[] {waiting, running, terminated}) {
      if (s != null) {
        states.add(s);
      }
    }
    if (states.size() > 1) {
      throw f.invalid("may not specify more than 1 of waiting, running and terminated");
    }
    return states.isEmpty() ? null : states.get(0);
  }

  private static Map<String, Object> encode(ContainerState state) {
    ObjectBuilder out = ObjectBuilder.object();
    if (state instanceof ContainerState.Waiting w) {
      out.put(
          "waiting", ObjectBuilder.object().put("reason", w.reason()).put("message", w.message()));
    } else if (state instanceof ContainerState.Running r) {
      out.put("running", ObjectBuilder.object().putTime("startedAt", r.startedAt()));
    } else if (state instanceof ContainerState.Terminated t) {
      out.put(
          "terminated",
          ObjectBuilder.object()
              .put("exitCode", t.exitCode())
              .put("reason", t.reason())
              .putTime("startedAt", t.startedAt())
              .putTime("finishedAt", t.finishedAt()));
    }
    return out.build();
  }
}
