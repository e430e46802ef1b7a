package dev.dslab.model.validation;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API server's validation of the kinds the simulation stores, with its field paths and wording
 * (pkg/apis/apps/validation, pkg/apis/core/validation). Pure functions: an object in, errors out,
 * in the order the API server reports them.
 */
public final class Validation {
  static final String DNS1123_SUBDOMAIN_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'example.com', regex used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  static final String DNS1123_LABEL_MSG =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end"
          + " with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for"
          + " validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  static final String QUALIFIED_NAME_MSG =
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
          + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

  private Validation() {}

  // ---------------------------------------------------------------- DaemonSet

  /** ValidateDaemonSet: metadata, then spec. */
  public static List<FieldError> daemonSet(DaemonSet ds) {
    List<FieldError> errs = new ArrayList<>(objectMeta(ds.metadata(), true, "metadata"));
    errs.addAll(daemonSetSpec(ds.spec(), "spec"));
    return errs;
  }

  /** ValidateDaemonSetUpdate: everything of a create, and the selector may not change (apps/v1). */
  public static List<FieldError> daemonSetUpdate(DaemonSet updated, DaemonSet old) {
    List<FieldError> errs = new ArrayList<>(daemonSet(updated));
    if (!Objects.equals(updated.spec().selector(), old.spec().selector())) {
      errs.add(FieldError.invalid("spec.selector", goSelector(updated.spec().selector()), "field is immutable"));
    }
    return errs;
  }

  static List<FieldError> daemonSetSpec(DaemonSetSpec spec, String path) {
    List<FieldError> errs = new ArrayList<>();
    LabelSelector selector = spec.selector();
    List<FieldError> selectorErrors = selector == null ? List.of() : labelSelector(selector, path + ".selector");
    errs.addAll(selectorErrors);
    PodTemplateSpec template = spec.template();
    Map<String, String> templateLabels = template == null ? Map.of() : template.metadata().labels();
    // A nil selector becomes labels.Nothing(), which matches no labels at all.
    if (selectorErrors.isEmpty() && (selector == null || !selector.matches(templateLabels))) {
      errs.add(FieldError.invalid(path + ".template.metadata.labels", GoValues.stringMap(templateLabels),
          "`selector` does not match template `labels`"));
    }
    if (selector != null && selector.isEmpty()) {
      errs.add(FieldError.invalid(path + ".selector", goSelector(selector), "empty selector is invalid for daemonset"));
    }
    if (template == null) {
      errs.add(FieldError.required(path + ".template", null));
    } else {
      errs.addAll(podTemplate(template, path + ".template"));
      String restart = template.spec().restartPolicy();
      if (restart != null && !"Always".equals(restart)) {
        errs.add(FieldError.notSupported(path + ".template.spec.restartPolicy", GoValues.quote(restart), "Always"));
      }
      if (template.spec().activeDeadlineSeconds() != null) {
        errs.add(FieldError.forbidden(path + ".template.spec.activeDeadlineSeconds",
            "activeDeadlineSeconds in DaemonSet is not Supported"));
      }
    }
    nonNegative(spec.minReadySeconds(), path + ".minReadySeconds", errs);
    errs.addAll(updateStrategy(spec.updateStrategy(), path + ".updateStrategy"));
    if (spec.revisionHistoryLimit() != null) {
      nonNegative(spec.revisionHistoryLimit(), path + ".revisionHistoryLimit", errs);
    }
    return errs;
  }

  static List<FieldError> updateStrategy(DaemonSetUpdateStrategy strategy, String path) {
    List<FieldError> errs = new ArrayList<>();
    if (strategy == null || strategy.type() == null) {
      return errs;
    }
    switch (strategy.type()) {
      case DaemonSetUpdateStrategy.ON_DELETE -> {
        // nothing to check: OnDelete has no parameters
      }
      case DaemonSetUpdateStrategy.ROLLING_UPDATE -> {
        if (strategy.rollingUpdate() == null) {
          errs.add(FieldError.required(path + ".rollingUpdate", null));
        } else {
          errs.addAll(rollingUpdate(strategy.rollingUpdate(), path + ".rollingUpdate"));
        }
      }
      default -> errs.add(FieldError.notSupported(path, GoValues.quote(strategy.type()), "RollingUpdate", "OnDelete"));
    }
    return errs;
  }

  /** ValidateRollingUpdateDaemonSet: each budget an int ≥ 0 or a percent ≤ 100%, exactly one of them non-zero. */
  static List<FieldError> rollingUpdate(RollingUpdateDaemonSet ru, String path) {
    List<FieldError> errs = new ArrayList<>();
    String unavailablePath = path + ".maxUnavailable";
    String surgePath = path + ".maxSurge";
    positiveIntOrPercent(ru.maxUnavailable(), unavailablePath, errs);
    positiveIntOrPercent(ru.maxSurge(), surgePath, errs);
    notMoreThan100Percent(ru.maxUnavailable(), unavailablePath, errs);
    notMoreThan100Percent(ru.maxSurge(), surgePath, errs);
    int unavailable = parsedValue(ru.maxUnavailable());
    int surge = parsedValue(ru.maxSurge());
    if (unavailable == 0 && surge == 0) {
      errs.add(FieldError.required(unavailablePath, "cannot be 0 when maxSurge is 0"));
    }
    if (unavailable != 0 && surge != 0) {
      errs.add(FieldError.invalid(surgePath, ru.maxSurge().goString(), "may not be set when maxUnavailable is non-zero"));
    }
    return errs;
  }

  private static void positiveIntOrPercent(IntOrString value, String path, List<FieldError> errs) {
    if (value == null) {
      return;
    }
    if (value.isInt()) {
      nonNegative(value.intValue(), path, errs);
    } else if (!PERCENT.matcher(value.stringValue()).matches()) {
      errs.add(FieldError.invalid(path, value.goString(),
          "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex"
              + " used for validation is '[0-9]+%')"));
    }
  }

  private static void notMoreThan100Percent(IntOrString value, String path, List<FieldError> errs) {
    if (value == null || value.isInt() || !PERCENT.matcher(value.stringValue()).matches()) {
      return;
    }
    if (parsedValue(value) > 100) {
      errs.add(FieldError.invalid(path, value.goString(), "must not be greater than 100%"));
    }
  }

  /** getIntOrPercentValue: the int, or the number before '%' of a valid percent; else Atoi of the string, 0 on failure. */
  private static int parsedValue(IntOrString value) {
    if (value == null) {
      return 0;
    }
    if (value.isInt()) {
      return value.intValue();
    }
    String s = value.stringValue();
    try {
      return Integer.parseInt(PERCENT.matcher(s).matches() ? s.substring(0, s.length() - 1) : s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void nonNegative(long value, String path, List<FieldError> errs) {
    if (value < 0) {
      errs.add(FieldError.invalid(path, Long.toString(value), "must be greater than or equal to 0"));
    }
  }

  // ---------------------------------------------------------------- metadata and selectors

  static List<FieldError> objectMeta(ObjectMeta meta, boolean namespaced, String path) {
    List<FieldError> errs = new ArrayList<>();
    boolean hasName = meta.name() != null && !meta.name().isEmpty();
    boolean hasGenerate = meta.generateName() != null && !meta.generateName().isEmpty();
    if (!hasName && !hasGenerate) {
      errs.add(FieldError.required(path + ".name", "name or generateName is required"));
    } else if (hasName && !LabelValues.isDnsSubdomain(meta.name())) {
      errs.add(FieldError.invalid(path + ".name", GoValues.quote(meta.name()), DNS1123_SUBDOMAIN_MSG));
    }
    if (namespaced && meta.namespace() != null && !meta.namespace().isEmpty()
        && !LabelValues.isDnsLabel(meta.namespace())) {
      errs.add(FieldError.invalid(path + ".namespace", GoValues.quote(meta.namespace()), DNS1123_LABEL_MSG));
    }
    errs.addAll(labels(meta.labels(), path + ".labels"));
    return errs;
  }

  static List<FieldError> labels(Map<String, String> labels, String path) {
    List<FieldError> errs = new ArrayList<>();
    labels.forEach((k, v) -> {
      labelKey(k, path, errs);
      if (!LabelValues.isValidValue(v)) {
        errs.add(FieldError.invalid(path, GoValues.quote(v),
            v.length() > 63 ? "must be no more than 63 characters" : LABEL_VALUE_MSG));
      }
    });
    return errs;
  }

  private static void labelKey(String key, String path, List<FieldError> errs) {
    if (!LabelValues.isValidKey(key)) {
      errs.add(FieldError.invalid(path, GoValues.quote(key), QUALIFIED_NAME_MSG));
    }
  }

  static List<FieldError> labelSelector(LabelSelector selector, String path) {
    List<FieldError> errs = new ArrayList<>(labels(selector.matchLabels(), path + ".matchLabels"));
    for (int i = 0; i < selector.matchExpressions().size(); i++) {
      LabelSelectorRequirement r = selector.matchExpressions().get(i);
      String p = path + ".matchExpressions[" + i + "]";
      String op = r.operator() == null ? "" : r.operator();
      switch (op) {
        case LabelSelectorRequirement.IN, LabelSelectorRequirement.NOT_IN -> {
          if (r.values().isEmpty()) {
            errs.add(FieldError.required(p + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
          }
        }
        case LabelSelectorRequirement.EXISTS, LabelSelectorRequirement.DOES_NOT_EXIST -> {
          if (!r.values().isEmpty()) {
            errs.add(FieldError.forbidden(p + ".values",
                "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          }
        }
        default -> errs.add(FieldError.invalid(p + ".operator", GoValues.quote(op), "not a valid selector operator"));
      }
      labelKey(r.key(), p + ".key", errs);
    }
    return errs;
  }

  private static String goSelector(LabelSelector selector) {
    if (selector == null) {
      return "null";
    }
    String labels = GoValues.stringMap(selector.matchLabels());
    String exprs = selector.matchExpressions().isEmpty()
        ? "[]v1.LabelSelectorRequirement(nil)"
        : selector.matchExpressions().stream().map(Validation::goRequirement)
            .collect(Collectors.joining(", ", "[]v1.LabelSelectorRequirement{", "}"));
    return "v1.LabelSelector{MatchLabels:" + labels + ", MatchExpressions:" + exprs + "}";
  }

  /** {@code %#v} of one v1.LabelSelectorRequirement. */
  private static String goRequirement(LabelSelectorRequirement r) {
    String values = r.values().isEmpty()
        ? "[]string(nil)"
        : r.values().stream().map(GoValues::quote).collect(Collectors.joining(", ", "[]string{", "}"));
    return "v1.LabelSelectorRequirement{Key:" + GoValues.quote(r.key()) + ", Operator:" + GoValues.quote(r.operator())
        + ", Values:" + values + "}";
  }

  // ---------------------------------------------------------------- pods

  static List<FieldError> podTemplate(PodTemplateSpec template, String path) {
    List<FieldError> errs = new ArrayList<>(labels(template.metadata().labels(), path + ".labels"));
    errs.addAll(podSpec(template.spec(), path + ".spec"));
    return errs;
  }

  /** ValidatePod. */
  public static List<FieldError> pod(Pod pod) {
    List<FieldError> errs = new ArrayList<>(objectMeta(pod.metadata(), true, "metadata"));
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
        errs.add(FieldError.invalid(p + ".name", GoValues.quote(v.name()), DNS1123_LABEL_MSG));
      } else if (!volumeNames.add(v.name())) {
        errs.add(FieldError.duplicate(p + ".name", GoValues.quote(v.name())));
      }
    }
    if (spec.containers().isEmpty()) {
      errs.add(FieldError.required(path + ".containers", null));
    }
    Set<String> containerNames = new HashSet<>();
    ContainerCheck check = new ContainerCheck(volumeNames, containerNames, spec.hostNetwork(), errs);
    check.all(spec.initContainers(), path + ".initContainers");
    check.all(spec.containers(), path + ".containers");
    String restart = spec.restartPolicy();
    if (restart != null && !List.of("Always", "OnFailure", "Never").contains(restart)) {
      errs.add(FieldError.notSupported(path + ".restartPolicy", GoValues.quote(restart), "Always", "OnFailure", "Never"));
    }
    errs.addAll(labels(spec.nodeSelector(), path + ".nodeSelector"));
    if (spec.affinity() != null && spec.affinity().nodeAffinity() != null
        && spec.affinity().nodeAffinity().required() != null) {
      errs.addAll(nodeSelector(spec.affinity().nodeAffinity().required(),
          path + ".affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"));
    }
    for (int i = 0; i < spec.tolerations().size(); i++) {
      errs.addAll(toleration(spec.tolerations().get(i), path + ".tolerations[" + i + "]"));
    }
    if (spec.terminationGracePeriodSeconds() != null && spec.terminationGracePeriodSeconds() < 0) {
      errs.add(FieldError.invalid(path + ".terminationGracePeriodSeconds",
          spec.terminationGracePeriodSeconds().toString(), "must be greater than or equal to 0"));
    }
    return errs;
  }

  /** The checks of every container of one pod spec, which share the sets of names seen so far. */
  private record ContainerCheck(Set<String> volumeNames, Set<String> names, boolean hostNetwork, List<FieldError> errs) {
    void all(List<Container> containers, String path) {
      for (int i = 0; i < containers.size(); i++) {
        one(containers.get(i), path + "[" + i + "]");
      }
    }

    private void one(Container c, String p) {
      if (c.name() == null || c.name().isEmpty()) {
        errs.add(FieldError.required(p + ".name", null));
      } else if (!LabelValues.isDnsLabel(c.name())) {
        errs.add(FieldError.invalid(p + ".name", GoValues.quote(c.name()), DNS1123_LABEL_MSG));
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
          errs.add(new FieldError(FieldError.Type.NOT_FOUND, mp + ".name", GoValues.quote(m.name()), null));
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
          errs.add(FieldError.invalid(pp + ".containerPort", Integer.toString(port.containerPort()),
              "must match `hostPort` when `hostNetwork` is true"));
        }
      }
      if (!List.of("TCP", "UDP", "SCTP").contains(port.protocol())) {
        errs.add(FieldError.notSupported(pp + ".protocol", GoValues.quote(port.protocol()), "SCTP", "TCP", "UDP"));
      }
    }
  }

  private static void portNumber(int port, String path, List<FieldError> errs) {
    if (port < 1 || port > 65535) {
      errs.add(FieldError.invalid(path, Integer.toString(port), "must be between 1 and 65535, inclusive"));
    }
  }

  static List<FieldError> nodeSelector(NodeSelector selector, String path) {
    List<FieldError> errs = new ArrayList<>();
    if (selector.nodeSelectorTerms().isEmpty()) {
      errs.add(FieldError.required(path + ".nodeSelectorTerms", "must have at least one node selector term"));
    }
    for (int i = 0; i < selector.nodeSelectorTerms().size(); i++) {
      NodeSelectorTerm term = selector.nodeSelectorTerms().get(i);
      String p = path + ".nodeSelectorTerms[" + i + "]";
      for (int j = 0; j < term.matchExpressions().size(); j++) {
        nodeSelectorRequirement(term.matchExpressions().get(j), p + ".matchExpressions[" + j + "]", errs);
      }
      for (int j = 0; j < term.matchFields().size(); j++) {
        nodeFieldRequirement(term.matchFields().get(j), p + ".matchFields[" + j + "]", errs);
      }
    }
    return errs;
  }

  private static void nodeSelectorRequirement(NodeSelectorRequirement r, String path, List<FieldError> errs) {
    String op = r.operator() == null ? "" : r.operator();
    switch (op) {
      case NodeSelectorRequirement.IN, NodeSelectorRequirement.NOT_IN -> {
        if (r.values().isEmpty()) {
          errs.add(FieldError.required(path + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case NodeSelectorRequirement.EXISTS, NodeSelectorRequirement.DOES_NOT_EXIST -> {
        if (!r.values().isEmpty()) {
          errs.add(FieldError.forbidden(path + ".values",
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      case NodeSelectorRequirement.GT, NodeSelectorRequirement.LT -> {
        if (r.values().size() != 1) {
          errs.add(FieldError.required(path + ".values",
              "must be specified single value when `operator` is 'Lt' or 'Gt'"));
        }
      }
      default -> errs.add(FieldError.invalid(path + ".operator", GoValues.quote(op), "not a valid selector operator"));
    }
    labelKey(r.key(), path + ".key", errs);
  }

  private static void nodeFieldRequirement(NodeSelectorRequirement r, String path, List<FieldError> errs) {
    String op = r.operator() == null ? "" : r.operator();
    if (op.equals(NodeSelectorRequirement.IN) || op.equals(NodeSelectorRequirement.NOT_IN)) {
      if (r.values().size() != 1) {
        errs.add(FieldError.required(path + ".values",
            "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
      }
    } else {
      errs.add(FieldError.invalid(path + ".operator", GoValues.quote(op), "not a valid selector operator"));
    }
    if (!"metadata.name".equals(r.key())) {
      errs.add(FieldError.invalid(path + ".key", GoValues.quote(r.key()), "not a valid field selector key"));
    }
  }

  static List<FieldError> toleration(Toleration t, String path) {
    List<FieldError> errs = new ArrayList<>();
    String key = t.key() == null ? "" : t.key();
    String op = t.operator() == null ? "" : t.operator();
    if (!key.isEmpty()) {
      labelKey(key, path + ".key", errs);
    }
    if (key.isEmpty() && !op.equals(Toleration.EXISTS)) {
      errs.add(FieldError.invalid(path + ".operator", GoValues.quote(op),
          "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
    }
    if (t.tolerationSeconds() != null && t.effect() != TaintEffect.NoExecute) {
      errs.add(FieldError.invalid(path + ".effect", GoValues.quote(t.effect() == null ? "" : t.effect().name()),
          "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    switch (op) {
      case Toleration.EQUAL, "" -> {
        String value = t.value() == null ? "" : t.value();
        if (!LabelValues.isValidValue(value)) {
          errs.add(FieldError.invalid(path + ".operator", GoValues.quote(value), LABEL_VALUE_MSG));
        }
      }
      case Toleration.EXISTS -> {
        if (t.value() != null && !t.value().isEmpty()) {
          errs.add(FieldError.invalid(path + ".operator", GoValues.quote(t.value()),
              "value must be empty when `operator` is 'Exists'"));
        }
      }
      default -> errs.add(FieldError.notSupported(path + ".operator", GoValues.quote(op), "Equal", "Exists"));
    }
    return errs;
  }

  // ---------------------------------------------------------------- other kinds

  /** ValidateNode: the name, label syntax and taints. */
  public static List<FieldError> node(Node node) {
    List<FieldError> errs = new ArrayList<>(objectMeta(node.metadata(), false, "metadata"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.spec().taints().size(); i++) {
      Taint t = node.spec().taints().get(i);
      String p = "spec.taints[" + i + "]";
      labelKey(t.key(), p + ".key", errs);
      if (!LabelValues.isValidValue(t.value())) {
        errs.add(FieldError.invalid(p + ".value", GoValues.quote(t.value()), LABEL_VALUE_MSG));
      }
      if (!seen.add(t.key() + ":" + t.effect())) {
        errs.add(FieldError.duplicate(p, "core.Taint{Key:" + GoValues.quote(t.key()) + ", Value:"
            + GoValues.quote(t.value()) + ", Effect:" + GoValues.quote(t.effect().name()) + ", TimeAdded:<nil>}"));
      }
    }
    return errs;
  }

  /** ValidateService: metadata, type and ports. */
  public static List<FieldError> service(Service service) {
    List<FieldError> errs = new ArrayList<>(objectMeta(service.metadata(), true, "metadata"));
    String type = service.spec().type();
    if (!List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
      errs.add(FieldError.notSupported("spec.type", GoValues.quote(type), "ClusterIP", "ExternalName",
          "LoadBalancer", "NodePort"));
    }
    if (service.spec().ports().isEmpty() && !"ExternalName".equals(type)
        && !"None".equals(service.spec().clusterIP())) {
      errs.add(FieldError.required("spec.ports", null));
    }
    for (int i = 0; i < service.spec().ports().size(); i++) {
      ServicePort port = service.spec().ports().get(i);
      portNumber(port.port(), "spec.ports[" + i + "].port", errs);
      if (port.nodePort() != 0 && "ClusterIP".equals(type)) {
        errs.add(FieldError.forbidden("spec.ports[" + i + "].nodePort", "may not be used when `type` is 'ClusterIP'"));
      }
    }
    return errs;
  }

  /** ValidateNamespace: a DNS label name. */
  public static List<FieldError> namespace(Namespace namespace) {
    List<FieldError> errs = new ArrayList<>();
    String name = namespace.metadata().name();
    if (name == null || name.isEmpty()) {
      errs.add(FieldError.required("metadata.name", "name or generateName is required"));
    } else if (!LabelValues.isDnsLabel(name)) {
      errs.add(FieldError.invalid("metadata.name", GoValues.quote(name), DNS1123_LABEL_MSG));
    }
    errs.addAll(labels(namespace.metadata().labels(), "metadata.labels"));
    return errs;
  }
}
