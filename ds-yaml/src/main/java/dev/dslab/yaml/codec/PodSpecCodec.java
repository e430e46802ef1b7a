package dev.dslab.yaml.codec;

import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.EnvFromSource;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.PreferredSchedulingTerm;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * core/v1 PodTemplateSpec and PodSpec with everything under them: containers, volumes, affinity,
 * tolerations.
 */
final class PodSpecCodec {
  /** PodSpec fields the model does not carry: accepted so that real manifests load, and dropped. */
  private static final String[] IGNORED_POD_SPEC_FIELDS = {
    "securityContext",
    "automountServiceAccountToken",
    "enableServiceLinks",
    "dnsConfig",
    "hostPID",
    "hostIPC",
    "imagePullSecrets",
    "hostname",
    "subdomain",
    "shareProcessNamespace",
    "runtimeClassName",
    "overhead",
    "topologySpreadConstraints",
    "readinessGates",
    "hostAliases",
    "ephemeralContainers",
    "os",
    "setHostnameAsFQDN",
    "hostUsers",
    "schedulingGates",
    "resourceClaims",
    "resources"
  };

  /** Container fields the model does not carry. */
  private static final String[] IGNORED_CONTAINER_FIELDS = {
    "securityContext",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "lifecycle",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "workingDir",
    "stdin",
    "stdinOnce",
    "tty",
    "volumeDevices",
    "resizePolicy",
    "restartPolicy"
  };

  /**
   * The volume sources of core/v1 that the model keeps as {@link VolumeSource.Other}. Listing them
   * (rather than taking any key) keeps a misspelt {@code hostPth} an unknown field.
   */
  private static final List<String> OTHER_VOLUME_SOURCES =
      List.of(
          "awsElasticBlockStore",
          "azureDisk",
          "azureFile",
          "cephfs",
          "cinder",
          "csi",
          "downwardAPI",
          "ephemeral",
          "fc",
          "flexVolume",
          "flocker",
          "gcePersistentDisk",
          "gitRepo",
          "glusterfs",
          "image",
          "iscsi",
          "nfs",
          "persistentVolumeClaim",
          "photonPersistentDisk",
          "portworxVolume",
          "projected",
          "quobyte",
          "rbd",
          "scaleIO",
          "storageos",
          "vsphereVolume");

  private PodSpecCodec() {}

  // ------------------------------------------------------------------ template and spec

  static PodTemplateSpec template(Fields f) {
    return new PodTemplateSpec(MetaCodec.metadata(f), spec(f));
  }

  static Map<String, Object> encode(PodTemplateSpec t) {
    return ObjectBuilder.object()
        .put(
            "metadata",
            t.metadata().equals(ObjectMeta.named(null)) ? null : MetaCodec.encode(t.metadata()))
        .put("spec", encode(t.spec()))
        .build();
  }

  /** The {@code spec} field of a pod or template; an empty spec when it is not set. */
  static PodSpec spec(Fields f) {
    PodSpec spec = f.object("spec", PodSpecCodec::podSpec);
    return spec == null ? PodSpec.of() : spec;
  }

  static PodSpec podSpec(Fields f) {
    f.ignore(IGNORED_POD_SPEC_FIELDS);
    // serviceAccount is the deprecated spelling; the API server copies it over when the new one is
    // unset.
    String serviceAccount = f.string("serviceAccount");
    String serviceAccountName = f.string("serviceAccountName");
    return new PodSpec(
        f.string("nodeName"),
        f.stringMap("nodeSelector"),
        f.object("affinity", PodSpecCodec::affinity),
        f.objects("tolerations", PodSpecCodec::toleration),
        f.objects("initContainers", PodSpecCodec::container),
        f.objects("containers", PodSpecCodec::container),
        f.objects("volumes", PodSpecCodec::volume),
        f.bool("hostNetwork"),
        f.optionalInt64("terminationGracePeriodSeconds"),
        f.string("restartPolicy"),
        f.string("dnsPolicy"),
        serviceAccountName != null ? serviceAccountName : serviceAccount,
        f.string("schedulerName"),
        f.string("priorityClassName"),
        f.optionalInt64("activeDeadlineSeconds"),
        f.optionalInt32("priority"),
        f.string("preemptionPolicy"));
  }

  static Map<String, Object> encode(PodSpec s) {
    return ObjectBuilder.object()
        .put("nodeName", s.nodeName())
        .putNonEmpty("nodeSelector", s.nodeSelector())
        .put("affinity", s.affinity() == null ? null : encode(s.affinity()))
        .putObjects("tolerations", s.tolerations(), PodSpecCodec::encode)
        .putObjects("initContainers", s.initContainers(), PodSpecCodec::encode)
        // containers has no omitempty upstream: an empty list still shows.
        .put("containers", s.containers().stream().map(PodSpecCodec::encode).toList())
        .putObjects("volumes", s.volumes(), PodSpecCodec::encode)
        .putTrue("hostNetwork", s.hostNetwork())
        .put("terminationGracePeriodSeconds", s.terminationGracePeriodSeconds())
        .put("restartPolicy", s.restartPolicy())
        .put("dnsPolicy", s.dnsPolicy())
        .put("serviceAccountName", s.serviceAccountName())
        .put("serviceAccount", s.serviceAccountName())
        .put("schedulerName", s.schedulerName())
        .put("priorityClassName", s.priorityClassName())
        .put("activeDeadlineSeconds", s.activeDeadlineSeconds())
        .put("priority", s.priority())
        .put("preemptionPolicy", s.preemptionPolicy())
        .build();
  }

  // ------------------------------------------------------------------ containers

  static Container container(Fields f) {
    f.ignore(IGNORED_CONTAINER_FIELDS);
    return new Container(
        f.requiredString("name"),
        f.string("image"),
        f.string("imagePullPolicy"),
        f.strings("command"),
        f.strings("args"),
        f.objects("ports", PodSpecCodec::port),
        f.objects("env", PodSpecCodec::env),
        f.object("resources", PodSpecCodec::resources),
        f.objects("volumeMounts", PodSpecCodec::volumeMount),
        f.objects("envFrom", PodSpecCodec::envFrom));
  }

  static Map<String, Object> encode(Container c) {
    return ObjectBuilder.object()
        .put("name", c.name())
        .put("image", c.image())
        .put("imagePullPolicy", c.imagePullPolicy())
        .putNonEmpty("command", c.command())
        .putNonEmpty("args", c.args())
        .putObjects("ports", c.ports(), PodSpecCodec::encode)
        .putObjects("env", c.env(), PodSpecCodec::encode)
        // A struct upstream, so `resources: {}` shows even when there are none.
        .put("resources", encode(c.resources()))
        .putObjects("volumeMounts", c.volumeMounts(), PodSpecCodec::encode)
        .putObjects("envFrom", c.envFrom(), PodSpecCodec::encode)
        .build();
  }

  private static EnvFromSource envFrom(Fields f) {
    return new EnvFromSource(
        f.string("prefix"),
        f.object("configMapRef", PodSpecCodec::envFromRef),
        f.object("secretRef", PodSpecCodec::envFromRef));
  }

  private static EnvFromSource.Ref envFromRef(Fields f) {
    return new EnvFromSource.Ref(f.string("name"), f.optionalBool("optional"));
  }

  private static Map<String, Object> encode(EnvFromSource e) {
    return ObjectBuilder.object()
        .put("prefix", e.prefix())
        .put("configMapRef", encode(e.configMapRef()))
        .put("secretRef", encode(e.secretRef()))
        .build();
  }

  private static Map<String, Object> encode(EnvFromSource.Ref r) {
    return r == null
        ? null
        : ObjectBuilder.object().put("name", r.name()).put("optional", r.optional()).build();
  }

  private static ContainerPort port(Fields f) {
    return new ContainerPort(
        f.string("name"),
        f.int32("containerPort"),
        f.int32("hostPort"),
        f.string("protocol"),
        f.string("hostIP"));
  }

  private static Map<String, Object> encode(ContainerPort p) {
    return ObjectBuilder.object()
        .put("name", p.name())
        .put("containerPort", p.containerPort())
        .putNonZero("hostPort", p.hostPort())
        .put("protocol", p.protocol())
        .put("hostIP", p.hostIP())
        .build();
  }

  private static EnvVar env(Fields f) {
    return new EnvVar(f.string("name"), f.string("value"), f.opaque("valueFrom"));
  }

  private static Map<String, Object> encode(EnvVar e) {
    return ObjectBuilder.object()
        .put("name", e.name())
        .put("value", e.value())
        .put("valueFrom", e.valueFrom())
        .build();
  }

  private static ResourceRequirements resources(Fields f) {
    f.ignore("claims");
    return new ResourceRequirements(f.quantityMap("requests"), f.quantityMap("limits"));
  }

  private static Map<String, Object> encode(ResourceRequirements r) {
    return ObjectBuilder.object()
        .putQuantities("requests", r.requests())
        .putQuantities("limits", r.limits())
        .build();
  }

  private static VolumeMount volumeMount(Fields f) {
    f.ignore("subPathExpr", "mountPropagation", "recursiveReadOnly");
    return new VolumeMount(
        f.string("name"), f.string("mountPath"), f.bool("readOnly"), f.string("subPath"));
  }

  private static Map<String, Object> encode(VolumeMount m) {
    return ObjectBuilder.object()
        .put("name", m.name())
        .put("mountPath", m.mountPath())
        .putTrue("readOnly", m.readOnly())
        .put("subPath", m.subPath())
        .build();
  }

  // ------------------------------------------------------------------ volumes

  static Volume volume(Fields f) {
    String name = f.requiredString("name");
    List<VolumeSource> sources = new ArrayList<>();
    addIfSet(
        sources,
        f.object("hostPath", s -> new VolumeSource.HostPath(s.string("path"), s.string("type"))));
    addIfSet(
        sources,
        f.object(
            "emptyDir",
            s -> new VolumeSource.EmptyDir(s.string("medium"), s.quantity("sizeLimit"))));
    addIfSet(
        sources,
        f.object(
            "configMap",
            s -> {
              s.ignore("items", "defaultMode");
              return new VolumeSource.ConfigMap(s.string("name"), s.optionalBool("optional"));
            }));
    addIfSet(
        sources,
        f.object(
            "secret",
            s -> {
              s.ignore("items", "defaultMode");
              return new VolumeSource.Secret(s.string("secretName"), s.optionalBool("optional"));
            }));
    for (String type : OTHER_VOLUME_SOURCES) {
      SortedMap<String, Object> fields = f.opaqueObject(type);
      if (fields != null) {
        sources.add(VolumeSource.Other.of(type, fields));
      }
    }
    if (sources.size() > 1) {
      throw f.invalid("may not specify more than 1 volume type");
    }
    // A volume without a source is an emptyDir: the API server's defaulting, and the model needs a
    // source.
    return new Volume(
        name, sources.isEmpty() ? new VolumeSource.EmptyDir(null, null) : sources.get(0));
  }

  private static void addIfSet(List<VolumeSource> sources, VolumeSource source) {
    if (source != null) {
      sources.add(source);
    }
  }

  static Map<String, Object> encode(Volume v) {
    return ObjectBuilder.object()
        .put("name", v.name())
        .put(v.source().type(), encode(v.source()))
        .build();
  }

  private static Map<String, Object> encode(VolumeSource source) {
    if (source instanceof VolumeSource.HostPath h) {
      return ObjectBuilder.object().put("path", h.path()).put("type", h.hostPathType()).build();
    }
    if (source instanceof VolumeSource.EmptyDir e) {
      return ObjectBuilder.object()
          .put("medium", e.medium())
          .putQuantity("sizeLimit", e.sizeLimit())
          .build();
    }
    if (source instanceof VolumeSource.ConfigMap c) {
      return ObjectBuilder.object().put("name", c.name()).put("optional", c.optional()).build();
    }
    if (source instanceof VolumeSource.Secret s) {
      return ObjectBuilder.object()
          .put("secretName", s.secretName())
          .put("optional", s.optional())
          .build();
    }
    return ((VolumeSource.Other) source).fields();
  }

  // ------------------------------------------------------------------ scheduling

  static Toleration toleration(Fields f) {
    return new Toleration(
        f.string("key"),
        f.string("operator"),
        f.string("value"),
        f.enumValue("effect", TaintEffect.class),
        f.optionalInt64("tolerationSeconds"));
  }

  static Map<String, Object> encode(Toleration t) {
    return ObjectBuilder.object()
        .put("key", t.key())
        .put("operator", t.operator())
        .put("value", t.value())
        .put("effect", t.effect() == null ? null : t.effect().name())
        .put("tolerationSeconds", t.tolerationSeconds())
        .build();
  }

  static Affinity affinity(Fields f) {
    return new Affinity(
        f.object("nodeAffinity", PodSpecCodec::nodeAffinity),
        f.opaque("podAffinity"),
        f.opaque("podAntiAffinity"));
  }

  static Map<String, Object> encode(Affinity a) {
    return ObjectBuilder.object()
        .put("nodeAffinity", a.nodeAffinity() == null ? null : encode(a.nodeAffinity()))
        .put("podAffinity", a.podAffinity())
        .put("podAntiAffinity", a.podAntiAffinity())
        .build();
  }

  private static NodeAffinity nodeAffinity(Fields f) {
    return new NodeAffinity(
        f.object(
            "requiredDuringSchedulingIgnoredDuringExecution",
            s -> new NodeSelector(s.objects("nodeSelectorTerms", PodSpecCodec::term))),
        f.objects(
            "preferredDuringSchedulingIgnoredDuringExecution",
            p ->
                new PreferredSchedulingTerm(
                    p.int32("weight"), p.object("preference", PodSpecCodec::term))));
  }

  private static Map<String, Object> encode(NodeAffinity a) {
    NodeSelector required = a.required();
    return ObjectBuilder.object()
        .put(
            "requiredDuringSchedulingIgnoredDuringExecution",
            required == null
                ? null
                : ObjectBuilder.object()
                    .put(
                        "nodeSelectorTerms",
                        required.nodeSelectorTerms().stream().map(PodSpecCodec::encode).toList()))
        .putObjects(
            "preferredDuringSchedulingIgnoredDuringExecution",
            a.preferred(),
            p ->
                ObjectBuilder.object()
                    .put("weight", p.weight())
                    .put("preference", p.preference() == null ? null : encode(p.preference()))
                    .build())
        .build();
  }

  private static NodeSelectorTerm term(Fields f) {
    return new NodeSelectorTerm(
        f.objects("matchExpressions", PodSpecCodec::requirement),
        f.objects("matchFields", PodSpecCodec::requirement));
  }

  private static Map<String, Object> encode(NodeSelectorTerm t) {
    return ObjectBuilder.object()
        .putObjects("matchExpressions", t.matchExpressions(), PodSpecCodec::encode)
        .putObjects("matchFields", t.matchFields(), PodSpecCodec::encode)
        .build();
  }

  private static NodeSelectorRequirement requirement(Fields f) {
    return new NodeSelectorRequirement(
        f.requiredString("key"), f.string("operator"), f.strings("values"));
  }

  private static Map<String, Object> encode(NodeSelectorRequirement r) {
    return ObjectBuilder.object()
        .put("key", r.key())
        .put("operator", r.operator())
        .putNonEmpty("values", r.values())
        .build();
  }
}
