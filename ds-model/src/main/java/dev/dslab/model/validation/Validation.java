package dev.dslab.model.validation;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import java.util.List;

/**
 * The API server's validation of the kinds the simulation stores, with its field paths and wording
 * (pkg/apis/apps/validation, pkg/apis/core/validation). Pure functions: an object in, errors out,
 * in the order the API server reports them.
 *
 * <p>The entry points of the API server's strategies; the rules live in one class per part of the
 * API: {@link DaemonSetValidation}, {@link MetadataValidation} (metadata, labels, selectors),
 * {@link PodValidation} and {@link NodeServiceNamespaceValidation}.
 */
public final class Validation {
  private Validation() {}

  /**
   * ValidateObjectMeta as every kind's validation starts: a DNS-subdomain name (or a generateName),
   * a DNS-label namespace for namespaced kinds, label syntax. All that the simulation checks of the
   * kinds it keeps as sent.
   */
  public static List<FieldError> objectMeta(
      dev.dslab.model.meta.ObjectMeta meta, boolean namespaced) {
    return MetadataValidation.objectMeta(meta, namespaced, "metadata");
  }

  /** ValidateObjectMeta with the kind's own name rule (RBAC's names are path segments). */
  public static List<FieldError> objectMeta(
      dev.dslab.model.meta.ObjectMeta meta, boolean namespaced, NameRule rule) {
    return MetadataValidation.objectMeta(meta, namespaced, rule, "metadata");
  }

  /** ValidateDaemonSet: metadata, then spec. */
  public static List<FieldError> daemonSet(DaemonSet ds) {
    return DaemonSetValidation.daemonSet(ds);
  }

  /** ValidateDaemonSetUpdate: everything of a create, and the selector may not change (apps/v1). */
  public static List<FieldError> daemonSetUpdate(DaemonSet updated, DaemonSet old) {
    return DaemonSetValidation.daemonSetUpdate(updated, old);
  }

  /** ValidateDeployment: metadata, then spec. */
  public static List<FieldError> deployment(dev.dslab.model.apps.Deployment d) {
    return WorkloadValidation.deployment(d);
  }

  /** ValidateDeploymentUpdate: everything of a create, and the selector may not change. */
  public static List<FieldError> deploymentUpdate(
      dev.dslab.model.apps.Deployment updated, dev.dslab.model.apps.Deployment old) {
    return WorkloadValidation.deploymentUpdate(updated, old);
  }

  /** ValidateReplicaSet: metadata, then spec. */
  public static List<FieldError> replicaSet(dev.dslab.model.apps.ReplicaSet rs) {
    return WorkloadValidation.replicaSet(rs);
  }

  /** ValidateReplicaSetUpdate: everything of a create, and the selector may not change. */
  public static List<FieldError> replicaSetUpdate(
      dev.dslab.model.apps.ReplicaSet updated, dev.dslab.model.apps.ReplicaSet old) {
    return WorkloadValidation.replicaSetUpdate(updated, old);
  }

  /** ValidatePod. */
  public static List<FieldError> pod(Pod pod) {
    return PodValidation.pod(pod);
  }

  /** ValidateNode: the name, label syntax and taints. */
  public static List<FieldError> node(Node node) {
    return NodeServiceNamespaceValidation.node(node);
  }

  /** ValidateService: metadata, type and ports. */
  public static List<FieldError> service(Service service) {
    return NodeServiceNamespaceValidation.service(service);
  }

  /** ValidateNamespace: a DNS label name. */
  public static List<FieldError> namespace(Namespace namespace) {
    return NodeServiceNamespaceValidation.namespace(namespace);
  }

  /** A CustomResourceDefinition's create (apiextensions' ValidateCustomResourceDefinition). */
  public static List<FieldError> customResourceDefinition(dev.dslab.model.meta.Unstructured crd) {
    return CustomResourceDefinitionValidation.validate(crd);
  }

  /** A CustomResourceDefinition's update (ValidateCustomResourceDefinitionUpdate). */
  public static List<FieldError> customResourceDefinitionUpdate(
      dev.dslab.model.meta.Unstructured updated, dev.dslab.model.meta.Unstructured old) {
    return CustomResourceDefinitionValidation.validateUpdate(updated, old);
  }
}
