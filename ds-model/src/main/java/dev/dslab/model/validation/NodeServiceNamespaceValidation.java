package dev.dslab.model.validation;

import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.Taint;
import dev.dslab.model.meta.LabelValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The remaining kinds the simulation stores (pkg/apis/core/validation): nodes, services,
 * namespaces.
 */
final class NodeServiceNamespaceValidation {
  private NodeServiceNamespaceValidation() {}

  /** ValidateNode: the name, label syntax and taints. */
  static List<FieldError> node(Node node) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(node.metadata(), false, "metadata"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.spec().taints().size(); i++) {
      Taint t = node.spec().taints().get(i);
      String p = "spec.taints[" + i + "]";
      MetadataValidation.labelKey(t.key(), p + ".key", errs);
      if (!LabelValues.isValidValue(t.value())) {
        errs.add(
            FieldError.invalid(
                p + ".value", GoValues.quote(t.value()), MetadataValidation.LABEL_VALUE_MSG));
      }
      if (!seen.add(t.key() + ":" + t.effect())) {
        errs.add(
            FieldError.duplicate(
                p,
                "core.Taint{Key:"
                    + GoValues.quote(t.key())
                    + ", Value:"
                    + GoValues.quote(t.value())
                    + ", Effect:"
                    + GoValues.quote(t.effect().name())
                    + ", TimeAdded:<nil>}"));
      }
    }
    return errs;
  }

  /** ValidateService: metadata, type and ports. */
  static List<FieldError> service(Service service) {
    List<FieldError> errs =
        new ArrayList<>(MetadataValidation.objectMeta(service.metadata(), true, "metadata"));
    String type = service.spec().type();
    if (!List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
      errs.add(
          FieldError.notSupported(
              "spec.type",
              GoValues.quote(type),
              "ClusterIP",
              "ExternalName",
              "LoadBalancer",
              "NodePort"));
    }
    if (service.spec().ports().isEmpty()
        && !"ExternalName".equals(type)
        && !"None".equals(service.spec().clusterIP())) {
      errs.add(FieldError.required("spec.ports", null));
    }
    for (int i = 0; i < service.spec().ports().size(); i++) {
      ServicePort port = service.spec().ports().get(i);
      PodValidation.portNumber(port.port(), "spec.ports[" + i + "].port", errs);
      if (port.nodePort() != 0 && "ClusterIP".equals(type)) {
        errs.add(
            FieldError.forbidden(
                "spec.ports[" + i + "].nodePort", "may not be used when `type` is 'ClusterIP'"));
      }
    }
    return errs;
  }

  /** ValidateNamespace: a DNS label name. */
  static List<FieldError> namespace(Namespace namespace) {
    List<FieldError> errs = new ArrayList<>();
    String name = namespace.metadata().name();
    if (name == null || name.isEmpty()) {
      errs.add(FieldError.required("metadata.name", "name or generateName is required"));
    } else if (!LabelValues.isDnsLabel(name)) {
      errs.add(
          FieldError.invalid(
              "metadata.name", GoValues.quote(name), MetadataValidation.DNS1123_LABEL_MSG));
    }
    errs.addAll(MetadataValidation.labels(namespace.metadata().labels(), "metadata.labels"));
    return errs;
  }
}
