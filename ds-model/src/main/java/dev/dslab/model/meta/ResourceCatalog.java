package dev.dslab.model.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in resources a Kubernetes 1.32 API server serves (its {@code kubectl api-resources}),
 * looked up by apiVersion and kind, or by the names kubectl accepts: plural, singular, short name,
 * kind, each optionally followed by {@code .group} or {@code .version.group}. Immutable.
 */
public final class ResourceCatalog {

  private final List<ApiResource> resources;
  private final Map<String, ApiResource> byVersionAndKind = new LinkedHashMap<>();
  private final Map<String, ApiResource> byName = new LinkedHashMap<>();

  private ResourceCatalog(List<ApiResource> resources) {
    this.resources = List.copyOf(resources);
    for (ApiResource r : resources) {
      byVersionAndKind.putIfAbsent(r.apiVersion() + " " + r.kind(), r);
    }
    // the first registration of a name wins, as kubectl's preferred group (core events first)
    for (ApiResource r : resources) {
      List<String> names = new ArrayList<>();
      names.add(r.plural());
      names.add(r.singular());
      names.addAll(r.shortNames());
      names.add(r.kind().toLowerCase(Locale.ROOT));
      for (String n : names) {
        byName.putIfAbsent(n, r);
        if (!r.group().isEmpty()) {
          byName.putIfAbsent(n + "." + r.group(), r);
          byName.putIfAbsent(n + "." + r.version() + "." + r.group(), r);
          byName.putIfAbsent(n + "." + r.group() + "/" + r.version(), r);
        }
      }
    }
  }

  /** The built-in resources of a 1.32 API server, in discovery's order (core first). */
  public static ResourceCatalog builtin() {
    return Builtin.CATALOG;
  }

  /**
   * The built-in resources of a 1.32 API server as {@code kubectl api-resources -o wide} lists
   * them: apiVersion, kind, plural, short names, scope, categories, verbs ({@code stored} for the
   * eight of an object that is kept) and whether the API server sets {@code metadata.generation}.
   */
  private static final String BUILTIN_TABLE =
      """
      v1  Binding                 bindings                -        namespaced  -    create     -
      v1  ComponentStatus         componentstatuses       cs       cluster     -    get,list   -
      v1  ConfigMap               configmaps              cm       namespaced  -    stored     -
      v1  Endpoints               endpoints               ep       namespaced  -    stored     -
      v1  Event                   events                  ev       namespaced  -    stored     -
      v1  LimitRange              limitranges             limits   namespaced  -    stored     -
      v1  Namespace               namespaces              ns       cluster     -    stored     -
      v1  Node                    nodes                   no       cluster     -    stored     -
      v1  PersistentVolumeClaim   persistentvolumeclaims  pvc      namespaced  -    stored     -
      v1  PersistentVolume        persistentvolumes       pv       cluster     -    stored     -
      v1  Pod                     pods                    po       namespaced  all  stored     -
      v1  PodTemplate             podtemplates            -        namespaced  -    stored     -
      v1  ReplicationController   replicationcontrollers  rc       namespaced  all  stored     generation
      v1  ResourceQuota           resourcequotas          quota    namespaced  -    stored     -
      v1  Secret                  secrets                 -        namespaced  -    stored     -
      v1  ServiceAccount          serviceaccounts         sa       namespaced  -    stored     -
      v1  Service                 services                svc      namespaced  all  stored     -
      admissionregistration.k8s.io/v1  MutatingWebhookConfiguration  mutatingwebhookconfigurations  -  cluster  api-extensions  stored  generation
      admissionregistration.k8s.io/v1  ValidatingAdmissionPolicy  validatingadmissionpolicies  -  cluster  api-extensions  stored  generation
      admissionregistration.k8s.io/v1  ValidatingAdmissionPolicyBinding  validatingadmissionpolicybindings  -  cluster  api-extensions  stored  generation
      admissionregistration.k8s.io/v1  ValidatingWebhookConfiguration  validatingwebhookconfigurations  -  cluster  api-extensions  stored  generation
      apiextensions.k8s.io/v1  CustomResourceDefinition  customresourcedefinitions  crd,crds  cluster  api-extensions  stored  generation
      apiregistration.k8s.io/v1  APIService  apiservices  -  cluster  api-extensions  stored  -
      apps/v1  ControllerRevision  controllerrevisions  -       namespaced  -    stored  -
      apps/v1  DaemonSet           daemonsets           ds      namespaced  all  stored  generation
      apps/v1  Deployment          deployments          deploy  namespaced  all  stored  generation
      apps/v1  ReplicaSet          replicasets          rs      namespaced  all  stored  generation
      apps/v1  StatefulSet         statefulsets         sts     namespaced  all  stored  generation
      authentication.k8s.io/v1  SelfSubjectReview  selfsubjectreviews  -  cluster  -  create  -
      authentication.k8s.io/v1  TokenReview  tokenreviews  -  cluster  -  create  -
      authorization.k8s.io/v1  LocalSubjectAccessReview  localsubjectaccessreviews  -  namespaced  -  create  -
      authorization.k8s.io/v1  SelfSubjectAccessReview  selfsubjectaccessreviews  -  cluster  -  create  -
      authorization.k8s.io/v1  SelfSubjectRulesReview  selfsubjectrulesreviews  -  cluster  -  create  -
      authorization.k8s.io/v1  SubjectAccessReview  subjectaccessreviews  -  cluster  -  create  -
      autoscaling/v2  HorizontalPodAutoscaler  horizontalpodautoscalers  hpa  namespaced  all  stored  -
      batch/v1  CronJob  cronjobs  cj  namespaced  all  stored  generation
      batch/v1  Job      jobs      -   namespaced  all  stored  generation
      certificates.k8s.io/v1  CertificateSigningRequest  certificatesigningrequests  csr  cluster  -  stored  -
      coordination.k8s.io/v1  Lease  leases  -  namespaced  -  stored  -
      discovery.k8s.io/v1  EndpointSlice  endpointslices  -  namespaced  -  stored  -
      events.k8s.io/v1  Event  events  ev  namespaced  -  stored  -
      flowcontrol.apiserver.k8s.io/v1  FlowSchema  flowschemas  -  cluster  -  stored  generation
      flowcontrol.apiserver.k8s.io/v1  PriorityLevelConfiguration  prioritylevelconfigurations  -  cluster  -  stored  generation
      networking.k8s.io/v1  IngressClass   ingressclasses   -       cluster     -  stored  generation
      networking.k8s.io/v1  Ingress        ingresses        ing     namespaced  -  stored  generation
      networking.k8s.io/v1  NetworkPolicy  networkpolicies  netpol  namespaced  -  stored  generation
      node.k8s.io/v1  RuntimeClass  runtimeclasses  -  cluster  -  stored  -
      policy/v1  PodDisruptionBudget  poddisruptionbudgets  pdb  namespaced  -  stored  generation
      rbac.authorization.k8s.io/v1  ClusterRoleBinding  clusterrolebindings  -  cluster     -  stored  -
      rbac.authorization.k8s.io/v1  ClusterRole         clusterroles         -  cluster     -  stored  -
      rbac.authorization.k8s.io/v1  RoleBinding         rolebindings         -  namespaced  -  stored  -
      rbac.authorization.k8s.io/v1  Role                roles                -  namespaced  -  stored  -
      scheduling.k8s.io/v1  PriorityClass  priorityclasses  pc  cluster  -  stored  -
      storage.k8s.io/v1  CSIDriver           csidrivers            -   cluster     -  stored  -
      storage.k8s.io/v1  CSINode             csinodes              -   cluster     -  stored  -
      storage.k8s.io/v1  CSIStorageCapacity  csistoragecapacities  -   namespaced  -  stored  -
      storage.k8s.io/v1  StorageClass        storageclasses        sc  cluster     -  stored  -
      storage.k8s.io/v1  VolumeAttachment    volumeattachments     -   cluster     -  stored  -
      """;

  private static ResourceCatalog create() {
    List<ApiResource> resources = new ArrayList<>();
    for (String line : BUILTIN_TABLE.strip().split("\n")) {
      String[] f = line.strip().split("\\s+");
      String apiVersion = f[0];
      int slash = apiVersion.indexOf('/');
      resources.add(
          new ApiResource(
              f[1],
              slash < 0 ? "" : apiVersion.substring(0, slash),
              apiVersion.substring(slash + 1),
              f[2],
              null,
              list(f[3]),
              f[4].equals("namespaced"),
              list(f[5]),
              f[6].equals("stored") ? ApiResource.STORED_VERBS : list(f[6]),
              f[7].equals("generation")));
    }
    return new ResourceCatalog(resources);
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : List.of(field.split(","));
  }

  /**
   * This catalog and {@code more} after it (the resources of a cluster's
   * CustomResourceDefinitions): a name both claim stays this catalog's, as kubectl resolves a short
   * name to the built-in resource first.
   */
  public ResourceCatalog with(List<ApiResource> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<ApiResource> all = new ArrayList<>(resources);
    all.addAll(more);
    return new ResourceCatalog(all);
  }

  /** Every resource, in discovery's order. */
  public List<ApiResource> resources() {
    return Collections.unmodifiableList(resources);
  }

  /** The resource of a manifest's {@code apiVersion} and {@code kind}. */
  public Optional<ApiResource> find(String apiVersion, String kind) {
    return Optional.ofNullable(byVersionAndKind.get(apiVersion + " " + kind));
  }

  /**
   * The resource of a name as typed for kubectl ({@code cm}, {@code Deployment.apps}); any case.
   */
  public Optional<ApiResource> resolve(String typed) {
    return Optional.ofNullable(byName.get(typed.toLowerCase(Locale.ROOT)));
  }

  /** The apiVersions under which a kind is served (for "use apps/v1" hints). */
  public List<String> apiVersionsOf(String kind) {
    return resources.stream()
        .filter(r -> r.kind().equals(kind))
        .map(ApiResource::apiVersion)
        .sorted()
        .toList();
  }

  /** Holds the built-in catalog, made on first use (after the table above). */
  private static final class Builtin {
    static final ResourceCatalog CATALOG = create();
  }
}
