package dev.dslab.model.validation;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.meta.LabelValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pods and pod templates (pkg/apis/core/validation ValidatePod, ValidatePodSpec): volumes,
 * containers and their ports and mounts, node selectors and affinity, tolerations.
 */
final class PodValidation {
  private PodValidation() {}

  static List<FieldError> podTemplate(PodTemplateSpec template, String path) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.labels(template.metadata().labels(), path + ".labels"));
    errs.addAll(podSpec(template.spec(), path + ".spec"));
    return errs;
  }

  /** ValidatePod. */
  static List<FieldError> pod(Pod pod) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(pod.metadata(), true, "metadata"));
    errs.addAll(podSpec(pod.spec(), "spec"));
    return errs;
  }

  static List<FieldError> podSpec(PodSpec spec, String path) {
    List<FieldError> errs = new ArrayList<>();
    Set<String> volumeNames = new HashSet<>();
    for (int i = 0; i < spec.volumes().size(); i++) {
      Volume v = spec.volumes().get(i);
      String p = path + ".volumes[" + i + "]";
      if (!LabelValues.isDnsLabel(v.name())) {
        errs.add(
            FieldError.invalid(
                p + ".name", GoValues.quote(v.name()), MetadataValidation.DNS1123_LABEL_MSG));
      } else if (!volumeNames.add(v.name())) {
        errs.add(FieldError.duplicate(p + ".name", GoValues.quote(v.name())));
      }
    }
    if (spec.containers().isEmpty()) {
      errs.add(FieldError.required(path + ".containers", null));
    }
    Set<String> containerNames = new HashSet<>();
    ContainerCheck check =
        new ContainerCheck(volumeNames, containerNames, spec.hostNetwork(), errs);
    check.all(spec.initContainers(), path + ".initContainers");
    check.all(spec.containers(), path + ".containers");
    String restart = spec.restartPolicy();
    if (restart != null && !List.of("Always", "OnFailure", "Never").contains(restart)) {
      errs.add(
          FieldError.notSupported(
              path + ".restartPolicy", GoValues.quote(restart), "Always", "OnFailure", "Never"));
    }
    errs.addAll(MetadataValidation.labels(spec.nodeSelector(), path + ".nodeSelector"));
    if (spec.affinity() != null
        && spec.affinity().nodeAffinity() != null
        && spec.affinity().nodeAffinity().required() != null) {
      errs.addAll(
          nodeSelector(
              spec.affinity().nodeAffinity().required(),
              path + ".affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"));
    }
    for (int i = 0; i < spec.tolerations().size(); i++) {
      errs.addAll(toleration(spec.tolerations().get(i), path + ".tolerations[" + i + "]"));
    }
    if (spec.terminationGracePeriodSeconds() != null && spec.terminationGracePeriodSeconds() < 0) {
      errs.add(
          FieldError.invalid(
              path + ".terminationGracePeriodSeconds",
              spec.terminationGracePeriodSeconds().toString(),
              "must be greater than or equal to 0"));
    }
    return errs;
  }

  /** The checks of every container of one pod spec, which share the sets of names seen so far. */
  private record ContainerCheck(
      Set<String> volumeNames, Set<String> names, boolean hostNetwork, List<FieldError> errs) {
    void all(List<Container> containers, String path) {
      for (int i = 0; i < containers.size(); i++) {
        one(containers.get(i), path + "[" + i + "]");
      }
    }

    private void one(Container c, String p) {
      if (c.name() == null || c.name().isEmpty()) {
        errs.add(FieldError.required(p + ".name", null));
      } else if (!LabelValues.isDnsLabel(c.name())) {
        errs.add(
            FieldError.invalid(
                p + ".name", GoValues.quote(c.name()), MetadataValidation.DNS1123_LABEL_MSG));
      } else if (!names.add(c.name())) {
        errs.add(FieldError.duplicate(p + ".name", GoValues.quote(c.name())));
      }
      if (c.image() == null || c.image().isBlank()) {
        errs.add(FieldError.required(p + ".image", null));
      }
      for (int j = 0; j < c.ports().size(); j++) {
        port(c.ports().get(j), p + ".ports[" + j + "]");
      }
      for (int j = 0; j < c.volumeMounts().size(); j++) {
        VolumeMount m = c.volumeMounts().get(j);
        String mp = p + ".volumeMounts[" + j + "]";
        if (m.name() == null || m.name().isEmpty()) {
          errs.add(FieldError.required(mp + ".name", null));
        } else if (!volumeNames.contains(m.name())) {
          errs.add(
              new FieldError(
                  FieldError.Type.NOT_FOUND, mp + ".name", GoValues.quote(m.name()), null));
        }
        if (m.mountPath() == null || m.mountPath().isEmpty()) {
          errs.add(FieldError.required(mp + ".mountPath", null));
        }
      }
    }

    private void port(ContainerPort port, String pp) {
      portNumber(port.containerPort(), pp + ".containerPort", errs);
      if (port.hostPort() != 0) {
        portNumber(port.hostPort(), pp + ".hostPort", errs);
        if (hostNetwork && port.hostPort() != port.containerPort()) {
          errs.add(
              FieldError.invalid(
                  pp + ".containerPort",
                  Integer.toString(port.containerPort()),
                  "must match `hostPort` when `hostNetwork` is true"));
        }
      }
      if (!List.of("TCP", "UDP", "SCTP").contains(port.protocol())) {
        errs.add(
            FieldError.notSupported(
                pp + ".protocol", GoValues.quote(port.protocol()), "SCTP", "TCP", "UDP"));
      }
    }
  }

  static void portNumber(int port, String path, List<FieldError> errs) {
    if (port < 1 || port > 65535) {
      errs.add(
          FieldError.invalid(
              path, Integer.toString(port), "must be between 1 and 65535, inclusive"));
    }
  }

  static List<FieldError> nodeSelector(NodeSelector selector, String path) {
    List<FieldError> errs = new ArrayList<>();
    if (selector.nodeSelectorTerms().isEmpty()) {
      errs.add(
          FieldError.required(
              path + ".nodeSelectorTerms", "must have at least one node selector term"));
    }
    for (int i = 0; i < selector.nodeSelectorTerms().size(); i++) {
      NodeSelectorTerm term = selector.nodeSelectorTerms().get(i);
      String p = path + ".nodeSelectorTerms[" + i + "]";
      for (int j = 0; j < term.matchExpressions().size(); j++) {
        nodeSelectorRequirement(
            term.matchExpressions().get(j), p + ".matchExpressions[" + j + "]", errs);
      }
      for (int j = 0; j < term.matchFields().size(); j++) {
        nodeFieldRequirement(term.matchFields().get(j), p + ".matchFields[" + j + "]", errs);
      }
    }
    return errs;
  }

  private static void nodeSelectorRequirement(
      NodeSelectorRequirement r, String path, List<FieldError> errs) {
    String op = r.operator() == null ? "" : r.operator();
    switch (op) {
      case NodeSelectorRequirement.IN, NodeSelectorRequirement.NOT_IN -> {
        if (r.values().isEmpty()) {
          errs.add(
              FieldError.required(
                  path + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case NodeSelectorRequirement.EXISTS, NodeSelectorRequirement.DOES_NOT_EXIST -> {
        if (!r.values().isEmpty()) {
          errs.add(
              FieldError.forbidden(
                  path + ".values",
                  "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      case NodeSelectorRequirement.GT, NodeSelectorRequirement.LT -> {
        if (r.values().size() != 1) {
          errs.add(
              FieldError.required(
                  path + ".values",
                  "must be specified single value when `operator` is 'Lt' or 'Gt'"));
        }
      }
      default ->
          errs.add(
              FieldError.invalid(
                  path + ".operator", GoValues.quote(op), "not a valid selector operator"));
    }
    MetadataValidation.labelKey(r.key(), path + ".key", errs);
  }

  private static void nodeFieldRequirement(
      NodeSelectorRequirement r, String path, List<FieldError> errs) {
    String op = r.operator() == null ? "" : r.operator();
    if (op.equals(NodeSelectorRequirement.IN) || op.equals(NodeSelectorRequirement.NOT_IN)) {
      if (r.values().size() != 1) {
        errs.add(
            FieldError.required(
                path + ".values",
                "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
      }
    } else {
      errs.add(
          FieldError.invalid(
              path + ".operator", GoValues.quote(op), "not a valid selector operator"));
    }
    if (!"metadata.name".equals(r.key())) {
      errs.add(
          FieldError.invalid(
              path + ".key", GoValues.quote(r.key()), "not a valid field selector key"));
    }
  }

  static List<FieldError> toleration(Toleration t, String path) {
    List<FieldError> errs = new ArrayList<>();
    String key = t.key() == null ? "" : t.key();
    String op = t.operator() == null ? "" : t.operator();
    if (!key.isEmpty()) {
      MetadataValidation.labelKey(key, path + ".key", errs);
    }
    if (key.isEmpty() && !op.equals(Toleration.EXISTS)) {
      errs.add(
          FieldError.invalid(
              path + ".operator",
              GoValues.quote(op),
              "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
    }
    if (t.tolerationSeconds() != null && t.effect() != TaintEffect.NoExecute) {
      errs.add(
          FieldError.invalid(
              path + ".effect",
              GoValues.quote(t.effect() == null ? "" : t.effect().name()),
              "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    switch (op) {
      case Toleration.EQUAL, "" -> {
        String value = t.value() == null ? "" : t.value();
        if (!LabelValues.isValidValue(value)) {
          errs.add(
              FieldError.invalid(
                  path + ".operator", GoValues.quote(value), MetadataValidation.LABEL_VALUE_MSG));
        }
      }
      case Toleration.EXISTS -> {
        if (t.value() != null && !t.value().isEmpty()) {
          errs.add(
              FieldError.invalid(
                  path + ".operator",
                  GoValues.quote(t.value()),
                  "value must be empty when `operator` is 'Exists'"));
        }
      }
      default ->
          errs.add(
              FieldError.notSupported(path + ".operator", GoValues.quote(op), "Equal", "Exists"));
    }
    return errs;
  }
}
