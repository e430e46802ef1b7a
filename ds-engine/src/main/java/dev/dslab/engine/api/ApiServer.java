package dev.dslab.engine.api;

import dev.dslab.engine.admission.MutatingAdmission;
import dev.dslab.engine.admission.PriorityAdmission;
import dev.dslab.engine.admission.ServiceAccountAdmission;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.priority.PriorityClass;
import dev.dslab.engine.registry.RestStrategy;
import dev.dslab.model.apiextensions.CustomResourceDefinition;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Invalid;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated API server: the requests a client makes (create, update, update status, delete),
 * written to the {@link ObjectStore}. Controllers and users go through the same door. What each
 * kind gets on the way (defaults, generations, kept status, validation) is its {@link
 * RestStrategy}; the mutating admission plugins are {@link MutatingAdmission}; services get their
 * addresses from the {@link ServiceAllocator}. This class keeps the request flow itself:
 * namespaces, names, uids, resourceVersions, optimistic concurrency and the deletion rules.
 */
public final class ApiServer {
  /** Namespaces every cluster has. */
  public static final List<String> SYSTEM_NAMESPACES =
      List.of("default", "kube-node-lease", "kube-public", "kube-system");

  /**
   * The namespaces NamespaceLifecycle refuses to delete (its Register: default, kube-system and
   * kube-public; kube-node-lease may go, the system namespaces controller makes it again).
   */
  public static final List<String> IMMORTAL_NAMESPACES =
      List.of("default", "kube-public", "kube-system");

  private final ObjectStore store;
  private final SimClock clock;
  private final Identities ids;
  private final ServiceAllocator allocator;

  /** Whether this door only answers what a request would do (dryRun=All): nothing is stored. */
  private final boolean dryRun;

  private final ApiServer dryRunDoor;

  public ApiServer(ObjectStore store, SimClock clock, Identities ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.allocator = new ServiceAllocator(store);
    this.dryRun = false;
    this.dryRunDoor = new ApiServer(this);
  }

  /**
   * The dry-run door of {@code real}: the same defaulting, admission and validation, the same
   * answers, but nothing written, no resourceVersion spent and no draw from the real identities (so
   * later names and uids are those of a session without the dry run).
   */
  private ApiServer(ApiServer real) {
    this.store = real.store;
    this.clock = real.clock;
    this.ids = real.ids.forDryRuns();
    this.allocator = real.allocator;
    this.dryRun = true;
    this.dryRunDoor = this;
  }

  /**
   * The requests of a client that asked for {@code dryRun=All}: each answers what the server would
   * return, or refuses as it would, and changes nothing — no object, no watch event, no controller.
   */
  public ApiServer dryRun() {
    return dryRunDoor;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public ObjectStore store() {
    return store;
  }

  public Instant now() {
    return clock.now();
  }

  /** The kinds this cluster serves, custom resources included. */
  public KindRegistry kinds() {
    return store.kinds();
  }

  /**
   * The served kind of a sent object; a kind the cluster does not serve (a custom resource whose
   * CRD is gone or not established) is the API server's 404.
   */
  private Kind kindOf(KubeObject object) throws ApiException {
    if (!kinds().serves(object)) {
      throw new ApiException(
          ApiException.Reason.NotFound, "the server could not find the requested resource");
    }
    return kinds().of(object);
  }

  private ObjectKey keyOf(KubeObject object, Kind kind) {
    return new ObjectKey(kind, object.metadata().namespace(), object.metadata().name());
  }

  // ------------------------------------------------------------------ create

  /** POST: defaults, admits, prepares, generates the name, validates, and stores a new object. */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T create(T object) throws ApiException {
    Kind kind = kindOf(object);
    RestStrategy<KubeObject> strategy = KindStrategies.of(kind, kinds());
    KubeObject o = withDefaultNamespace(object, kind);
    if (kind.namespaced()) {
      requireNamespace(kind, o.metadata());
    }
    o = PriorityAdmission.admit(MutatingAdmission.admit(strategy.applyDefaults(o)), null, store);
    if (o instanceof Pod pod) {
      Optional<String> missing =
          ServiceAccountAdmission.missingServiceAccount(
              pod, (ns, name) -> store.get(Kind.SERVICE_ACCOUNT, ns, name).isPresent());
      if (missing.isPresent()) {
        throw ApiException.forbidden(kind, pod.metadata(), missing.get());
      }
    }
    o = strategy.prepareForCreate(o);
    ObjectMeta meta = o.metadata();
    if ((meta.name() == null || meta.name().isEmpty())
        && meta.generateName() != null
        && !meta.generateName().isEmpty()) {
      String name;
      do {
        name = ids.generateName(meta.generateName());
      } while (store.get(kind, meta.namespace(), name).isPresent());
      o = o.withMetadata(meta.withName(name));
    }
    requireValid(o, strategy.validate(o));
    PriorityAdmission.validate(o, null, store);
    if (store.get(keyOf(o, kind)).isPresent()) {
      throw ApiException.alreadyExists(kind, o.metadata().name());
    }
    ObjectMeta m =
        o.metadata()
            .withUid(kind == Kind.SERVICE_ACCOUNT ? ids.serviceAccountUid() : ids.uid())
            .withCreationTimestamp(now())
            .withDeletion(null, null)
            // a dry-run create has no revision: nothing was written (registry's DryRunnableStorage)
            .withResourceVersion(dryRun ? null : store.nextResourceVersion());
    o = o.withMetadata(m);
    if (kind == Kind.SERVICE) {
      // After validation, as the service registry's BeginCreate: a refused request allocates
      // nothing.
      o = allocator.allocate((Service) o, ids);
    }
    write(o);
    return (T) o;
  }

  // ------------------------------------------------------------------ update

  /**
   * PUT: replaces metadata (labels, annotations, owner references) and spec of an existing object;
   * uid, creation time and generation stay the server's, and the kind's strategy keeps the status
   * and moves the generations. A resourceVersion that is set must be the current one (optimistic
   * concurrency).
   */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T update(T object) throws ApiException {
    Kind kind = kindOf(object);
    RestStrategy<KubeObject> strategy = KindStrategies.of(kind, kinds());
    KubeObject o = withDefaultNamespace(object, kind);
    KubeObject current = existing(keyOf(o, kind));
    checkResourceVersion(o, current, kind);
    o = PriorityAdmission.admit(MutatingAdmission.admit(strategy.applyDefaults(o)), current, store);
    ObjectMeta cm = current.metadata();
    ObjectMeta m =
        o.metadata()
            .withUid(cm.uid())
            .withCreationTimestamp(cm.creationTimestamp())
            .withDeletion(cm.deletionTimestamp(), cm.deletionGracePeriodSeconds())
            .withGeneration(cm.generation());
    o = strategy.prepareForUpdate(o.withMetadata(m), current);
    requireValid(o, strategy.validateUpdate(o, current));
    PriorityAdmission.validate(o, current, store);
    if (o.equals(
        current.withMetadata(
            current.metadata().withResourceVersion(o.metadata().resourceVersion())))) {
      return (T) current;
    }
    o = o.withMetadata(o.metadata().withResourceVersion(nextResourceVersion(current)));
    write(o);
    return (T) o;
  }

  /**
   * PUT on the status subresource (or a system component's write): replaces the object as given
   * except uid, creation time and generation, without validation of the spec and without touching
   * generations.
   */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T updateStatus(T object) throws ApiException {
    Kind kind = kindOf(object);
    KubeObject current = existing(keyOf(withDefaultNamespace(object, kind), kind));
    checkResourceVersion(object, current, kind);
    ObjectMeta cm = current.metadata();
    ObjectMeta m =
        object
            .metadata()
            .withUid(cm.uid())
            .withCreationTimestamp(cm.creationTimestamp())
            .withGeneration(cm.generation())
            .withResourceVersion(nextResourceVersion(current));
    KubeObject o = object.withMetadata(m);
    write(o);
    return (T) o;
  }

  private static void checkResourceVersion(KubeObject requested, KubeObject current, Kind kind)
      throws ApiException {
    String rv = requested.metadata().resourceVersion();
    if (rv != null && !rv.isEmpty() && !rv.equals(current.metadata().resourceVersion())) {
      throw new ApiException(
          ApiException.Reason.Conflict,
          "Operation cannot be fulfilled on "
              + kind.qualifiedResource()
              + " \""
              + current.metadata().name()
              + "\": the object has been modified; please apply your changes to the latest version and try again");
    }
  }

  // ------------------------------------------------------------------ delete

  /**
   * DELETE. A pod bound to a node is marked for graceful deletion (its kubelet removes it); other
   * objects go at once. Owned objects follow through the garbage collector, unless the propagation
   * policy is Orphan, which removes the owner references instead.
   */
  public KubeObject delete(Kind kind, String namespace, String name, DeleteOptions options)
      throws ApiException {
    ObjectKey key =
        new ObjectKey(
            kind,
            kind.namespaced() ? Objects.requireNonNullElse(namespace, "default") : null,
            name);
    KubeObject current = existing(key);
    if (PriorityClass.system(name).isPresent() && PriorityClass.of(current).isPresent()) {
      // the scheduling storage's Delete: the built-in classes stay
      throw new ApiException(
          ApiException.Reason.Forbidden,
          kind.qualifiedResource()
              + " \""
              + name
              + "\" is forbidden: this is a system priority class and cannot be deleted");
    }
    if (kind == Kind.POD) {
      return deletePod((Pod) current, options);
    }
    if (kind == Kind.NAMESPACE) {
      return deleteNamespace((Namespace) current);
    }
    if (dryRun) {
      return current;
    }
    if (options.propagation() == DeleteOptions.Propagation.Orphan) {
      orphanDependents(current);
    }
    if (CustomResourceDefinition.is(current)) {
      return markDefinitionForDeletion((Unstructured) current);
    }
    store.remove(key);
    return current;
  }

  /**
   * A CRD is not removed at once: it is marked as deleted, with the finalizer that keeps it until
   * its custom resources are gone and the Terminating condition (apiextensions-apiserver's
   * registry/customresourcedefinition/etcd.go Delete); the finalizer controller does the rest.
   */
  private KubeObject markDefinitionForDeletion(Unstructured crd) {
    if (crd.metadata().isDeleting()) {
      return crd;
    }
    List<String> finalizers = new java.util.ArrayList<>(crd.metadata().finalizers());
    if (!finalizers.contains(CustomResourceDefinition.CLEANUP_FINALIZER)) {
      finalizers.add(CustomResourceDefinition.CLEANUP_FINALIZER);
    }
    Unstructured marked =
        dev.dslab.model.apiextensions.DefinitionStatus.withCondition(
                crd,
                "Terminating",
                "True",
                "InstanceDeletionInProgress",
                "CustomResource deletion is in progress",
                now())
            .withMetadata(
                crd.metadata()
                    .withFinalizers(finalizers)
                    .withDeletion(now(), 0L)
                    .withResourceVersion(nextResourceVersion(crd)));
    write(marked);
    return marked;
  }

  /**
   * A namespace is not removed at once (pkg/registry/core/namespace/storage REST.Delete): the first
   * delete sets its deletionTimestamp and the Terminating phase, and the namespace controller
   * removes its content, then its {@code kubernetes} finalizer, then the namespace. default,
   * kube-system and kube-public may not be deleted (NamespaceLifecycle).
   */
  private KubeObject deleteNamespace(Namespace namespace) throws ApiException {
    String name = namespace.metadata().name();
    if (IMMORTAL_NAMESPACES.contains(name)) {
      throw ApiException.forbidden(Kind.NAMESPACE, name, "this namespace may not be deleted", null);
    }
    if (namespace.metadata().isDeleting()) {
      return namespace;
    }
    Namespace marked =
        new Namespace(
            namespace
                .metadata()
                .withDeletion(now(), null)
                .withResourceVersion(nextResourceVersion(namespace)),
            Namespace.TERMINATING);
    write(marked);
    return marked;
  }

  /**
   * The namespace controller's last step (finalize, then delete): a Terminating namespace whose
   * content is gone is removed.
   */
  public void removeFinalizedNamespace(String name) {
    remove(new ObjectKey(Kind.NAMESPACE, null, name));
  }

  private KubeObject deletePod(Pod pod, DeleteOptions options) {
    long grace =
        options.gracePeriodSeconds() != null
            ? options.gracePeriodSeconds()
            : Objects.requireNonNullElse(
                pod.spec().terminationGracePeriodSeconds(),
                Defaults.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
    boolean bound = pod.spec().nodeName() != null;
    if (!bound || grace == 0 || pod.isTerminal()) {
      if (!dryRun) {
        store.remove(ObjectKey.of(pod));
      }
      return pod;
    }
    if (pod.metadata().isDeleting()) {
      return pod;
    }
    Pod marked =
        pod.withMetadata(
            pod.metadata()
                .withDeletion(now().plusSeconds(grace), grace)
                .withResourceVersion(nextResourceVersion(pod)));
    write(marked);
    return marked;
  }

  /** The kubelet's final word on a terminated pod (or a forced delete): the object goes. */
  public void remove(ObjectKey key) {
    if (!dryRun) {
      store.remove(key);
    }
  }

  /** Stores a written object; a dry run stores nothing. */
  private void write(KubeObject o) {
    if (!dryRun) {
      store.put(o);
    }
  }

  /**
   * The revision a change of {@code current} gets; a dry run spends none and answers with the
   * current one.
   */
  private String nextResourceVersion(KubeObject current) {
    return dryRun ? current.metadata().resourceVersion() : store.nextResourceVersion();
  }

  private void orphanDependents(KubeObject owner) {
    String uid = owner.metadata().uid();
    for (Kind k : List.of(Kind.POD, Kind.CONTROLLER_REVISION)) {
      for (KubeObject o : store.list(k, owner.metadata().namespace())) {
        List<OwnerReference> refs = o.metadata().ownerReferences();
        if (refs.stream().anyMatch(r -> uid.equals(r.uid()))) {
          List<OwnerReference> kept = refs.stream().filter(r -> !uid.equals(r.uid())).toList();
          store.put(
              o.withMetadata(
                  o.metadata()
                      .withOwnerReferences(kept)
                      .withResourceVersion(store.nextResourceVersion())));
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private KubeObject existing(ObjectKey key) throws ApiException {
    Optional<KubeObject> current = store.get(key);
    if (current.isEmpty()) {
      throw ApiException.notFound(key.kind(), key.name());
    }
    return current.get();
  }

  private static KubeObject withDefaultNamespace(KubeObject o, Kind kind) {
    String ns = o.metadata().namespace();
    if (kind.namespaced() && (ns == null || ns.isEmpty())) {
      return o.withMetadata(o.metadata().withNamespace("default"));
    }
    if (!kind.namespaced() && ns != null) {
      return o.withMetadata(o.metadata().withNamespace(null));
    }
    return o;
  }

  /**
   * NamespaceLifecycle on create: the namespace must exist, and a Terminating one takes nothing new
   * (admission.NewForbidden with the NamespaceTerminating cause, which controllers test for).
   */
  private void requireNamespace(Kind kind, ObjectMeta meta) throws ApiException {
    String namespace = meta.namespace();
    Optional<Namespace> ns = store.get(Kind.NAMESPACE, null, namespace);
    if (ns.isEmpty()) {
      throw ApiException.notFound(Kind.NAMESPACE, namespace);
    }
    if (Namespace.TERMINATING.equals(ns.get().phase())) {
      throw ApiException.forbidden(
          kind,
          ApiException.nameOrGenerateName(meta),
          "unable to create new content in namespace "
              + namespace
              + " because it is being terminated",
          ApiException.NAMESPACE_TERMINATING_CAUSE);
    }
  }

  private static void requireValid(KubeObject o, List<FieldError> errors) throws ApiException {
    if (!errors.isEmpty()) {
      throw new ApiException(new Invalid(o.kind(), o.metadata().name(), errors));
    }
  }
}
