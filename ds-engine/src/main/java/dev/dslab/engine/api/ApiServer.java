package dev.dslab.engine.api;

import dev.dslab.engine.clock.SimClock;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.defaults.Defaults;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Invalid;
import dev.dslab.model.validation.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated API server: the requests a client makes (create, update, update status, delete),
 * with the server's defaulting, validation, name generation, generations and deletion rules, written
 * to the {@link ObjectStore}. Controllers and users go through the same door.
 */
public final class ApiServer {
  /** Namespaces every cluster has. */
  public static final List<String> SYSTEM_NAMESPACES = List.of("default", "kube-node-lease", "kube-public",
      "kube-system");

  private final ObjectStore store;
  private final SimClock clock;
  private final Identities ids;
  private final Set<String> usedServiceIps;
  private final Set<Integer> usedNodePorts;
  /** Whether this door only answers what a request would do (dryRun=All): nothing is stored. */
  private final boolean dryRun;
  private final ApiServer dryRunDoor;

  public ApiServer(ObjectStore store, SimClock clock, Identities ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.usedServiceIps = new HashSet<>();
    this.usedNodePorts = new HashSet<>();
    this.dryRun = false;
    this.dryRunDoor = new ApiServer(this);
    store.watch(this::trackAllocations);
  }

  /**
   * The dry-run door of {@code real}: the same defaulting, admission and validation, the same answers,
   * but nothing written, no resourceVersion spent and no draw from the real identities (so later names
   * and uids are those of a session without the dry run).
   */
  private ApiServer(ApiServer real) {
    this.store = real.store;
    this.clock = real.clock;
    this.ids = real.ids.forDryRuns();
    this.usedServiceIps = real.usedServiceIps;
    this.usedNodePorts = real.usedNodePorts;
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

  // ------------------------------------------------------------------ create

  /** POST: defaults, generates the name, validates, and stores a new object. */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T create(T object) throws ApiException {
    Kind kind = Kind.of(object);
    KubeObject o = withDefaultNamespace(object, kind);
    if (kind.namespaced()) {
      requireNamespace(o.metadata().namespace());
    }
    o = defaults(o);
    ObjectMeta meta = o.metadata();
    if ((meta.name() == null || meta.name().isEmpty()) && meta.generateName() != null
        && !meta.generateName().isEmpty()) {
      String name;
      do {
        name = ids.generateName(meta.generateName());
      } while (store.get(kind, meta.namespace(), name).isPresent());
      o = o.withMetadata(meta.withName(name));
    }
    validate(o, null);
    if (store.get(ObjectKey.of(o)).isPresent()) {
      throw ApiException.alreadyExists(kind, o.metadata().name());
    }
    ObjectMeta m = o.metadata()
        .withUid(ids.uid())
        .withCreationTimestamp(now())
        .withDeletion(null, null)
        // a dry-run create has no revision: nothing was written (registry's DryRunnableStorage)
        .withResourceVersion(dryRun ? null : store.nextResourceVersion());
    if (kind == Kind.DAEMON_SET) {
      m = m.withGeneration(1).withAnnotation(DaemonSet.TEMPLATE_GENERATION_ANNOTATION, "1");
      o = ((DaemonSet) o).withStatus(null);
    }
    o = o.withMetadata(m);
    if (kind == Kind.SERVICE) {
      o = allocate((Service) o);
    }
    write(o);
    return (T) o;
  }

  // ------------------------------------------------------------------ update

  /**
   * PUT: replaces metadata (labels, annotations, owner references) and spec of an existing object;
   * the status, uid and creation time stay the server's. A resourceVersion that is set must be the
   * current one (optimistic concurrency). A DaemonSet's generation goes up with any spec change, its
   * template generation with any template change.
   */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T update(T object) throws ApiException {
    Kind kind = Kind.of(object);
    KubeObject o = withDefaultNamespace(object, kind);
    KubeObject current = existing(ObjectKey.of(o));
    checkResourceVersion(o, current);
    o = defaults(o);
    ObjectMeta cm = current.metadata();
    ObjectMeta m = o.metadata()
        .withUid(cm.uid())
        .withCreationTimestamp(cm.creationTimestamp())
        .withDeletion(cm.deletionTimestamp(), cm.deletionGracePeriodSeconds())
        .withGeneration(cm.generation());
    o = o.withMetadata(m);
    o = keepStatus(o, current);
    if (kind == Kind.DAEMON_SET) {
      o = bumpGenerations((DaemonSet) o, (DaemonSet) current);
    }
    validate(o, current);
    if (o.equals(current.withMetadata(current.metadata().withResourceVersion(o.metadata().resourceVersion())))) {
      return (T) current;
    }
    o = o.withMetadata(o.metadata().withResourceVersion(nextResourceVersion(current)));
    write(o);
    return (T) o;
  }

  private static KubeObject keepStatus(KubeObject o, KubeObject current) {
    if (o instanceof DaemonSet ds) {
      return ds.withStatus(((DaemonSet) current).status());
    }
    if (o instanceof Pod pod) {
      return pod.withStatus(((Pod) current).status());
    }
    if (o instanceof Node node) {
      return node.withStatus(((Node) current).status());
    }
    return o;
  }

  private static DaemonSet bumpGenerations(DaemonSet updated, DaemonSet current) {
    long generation = current.metadata().generation();
    long templateGeneration = current.templateGeneration();
    if (!Objects.equals(updated.spec(), current.spec())) {
      generation++;
    }
    if (!Objects.equals(updated.spec().template(), current.spec().template())) {
      templateGeneration++;
    }
    ObjectMeta m = updated.metadata().withGeneration(generation)
        .withAnnotation(DaemonSet.TEMPLATE_GENERATION_ANNOTATION, Long.toString(templateGeneration));
    return updated.withMetadata(m);
  }

  /**
   * PUT on the status subresource (or a system component's write): replaces the object as given
   * except uid, creation time and generation, without validation of the spec and without touching
   * generations.
   */
  @SuppressWarnings("unchecked")
  public <T extends KubeObject> T updateStatus(T object) throws ApiException {
    KubeObject current = existing(ObjectKey.of(object));
    checkResourceVersion(object, current);
    ObjectMeta cm = current.metadata();
    ObjectMeta m = object.metadata()
        .withUid(cm.uid())
        .withCreationTimestamp(cm.creationTimestamp())
        .withGeneration(cm.generation())
        .withResourceVersion(nextResourceVersion(current));
    KubeObject o = object.withMetadata(m);
    write(o);
    return (T) o;
  }

  private static void checkResourceVersion(KubeObject requested, KubeObject current) throws ApiException {
    String rv = requested.metadata().resourceVersion();
    if (rv != null && !rv.isEmpty() && !rv.equals(current.metadata().resourceVersion())) {
      Kind kind = Kind.of(current);
      throw new ApiException(ApiException.Reason.Conflict, "Operation cannot be fulfilled on "
          + kind.qualifiedResource() + " \"" + current.metadata().name()
          + "\": the object has been modified; please apply your changes to the latest version and try again");
    }
  }

  // ------------------------------------------------------------------ delete

  /**
   * DELETE. A pod bound to a node is marked for graceful deletion (its kubelet removes it); other
   * objects go at once. Owned objects follow through the garbage collector, unless the propagation
   * policy is Orphan, which removes the owner references instead.
   */
  public KubeObject delete(Kind kind, String namespace, String name, DeleteOptions options) throws ApiException {
    ObjectKey key = new ObjectKey(kind, kind.namespaced() ? Objects.requireNonNullElse(namespace, "default") : null,
        name);
    KubeObject current = existing(key);
    if (kind == Kind.POD) {
      return deletePod((Pod) current, options);
    }
    if (dryRun) {
      return current;
    }
    if (options.propagation() == DeleteOptions.Propagation.Orphan) {
      orphanDependents(current);
    }
    if (kind == Kind.NAMESPACE) {
      deleteNamespaceContents(name);
    }
    store.remove(key);
    return current;
  }

  private KubeObject deletePod(Pod pod, DeleteOptions options) {
    long grace = options.gracePeriodSeconds() != null
        ? options.gracePeriodSeconds()
        : Objects.requireNonNullElse(pod.spec().terminationGracePeriodSeconds(),
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
    Pod marked = pod.withMetadata(pod.metadata().withDeletion(now().plusSeconds(grace), grace)
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

  /** The revision a change of {@code current} gets; a dry run spends none and answers with the current one. */
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
          store.put(o.withMetadata(o.metadata().withOwnerReferences(kept)
              .withResourceVersion(store.nextResourceVersion())));
        }
      }
    }
  }

  private void deleteNamespaceContents(String namespace) {
    for (Kind k : Kind.values()) {
      if (k.namespaced()) {
        for (KubeObject o : store.list(k, namespace)) {
          store.remove(ObjectKey.of(o));
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

  private void requireNamespace(String namespace) throws ApiException {
    Optional<Namespace> ns = store.get(Kind.NAMESPACE, null, namespace);
    if (ns.isEmpty()) {
      throw ApiException.notFound(Kind.NAMESPACE, namespace);
    }
    if ("Terminating".equals(ns.get().phase())) {
      throw new ApiException(ApiException.Reason.Forbidden, "unable to create new content in namespace "
          + namespace + " because it is being terminated");
    }
  }

  private static KubeObject defaults(KubeObject o) {
    if (o instanceof DaemonSet ds) {
      return Defaults.daemonSet(ds);
    }
    if (o instanceof Pod pod) {
      return serviceAccount(defaultTolerationSeconds(Defaults.pod(pod)));
    }
    return o;
  }

  /** The ServiceAccount admission plugin: a pod that names no service account runs as {@code default}. */
  private static Pod serviceAccount(Pod pod) {
    PodSpec s = pod.spec();
    if (s.serviceAccountName() != null && !s.serviceAccountName().isEmpty()) {
      return pod;
    }
    return pod.withSpec(new PodSpec(s.nodeName(), s.nodeSelector(), s.affinity(), s.tolerations(), s.initContainers(),
        s.containers(), s.volumes(), s.hostNetwork(), s.terminationGracePeriodSeconds(), s.restartPolicy(),
        s.dnsPolicy(), "default", s.schedulerName(), s.priorityClassName(), s.activeDeadlineSeconds()));
  }

  /**
   * The DefaultTolerationSeconds admission plugin: a pod that does not tolerate the not-ready and
   * unreachable NoExecute taints gets tolerations for them of 300 s each. Daemon pods tolerate them
   * already (forever), so they are left as they are.
   */
  private static Pod defaultTolerationSeconds(Pod pod) {
    List<Toleration> tolerations = new ArrayList<>(pod.spec().tolerations());
    for (String key : List.of("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable")) {
      Taint taint = Taint.of(key, "", TaintEffect.NoExecute);
      if (tolerations.stream().noneMatch(t -> t.tolerates(taint))) {
        tolerations.add(new Toleration(key, Toleration.EXISTS, null, TaintEffect.NoExecute, 300L));
      }
    }
    return tolerations.size() == pod.spec().tolerations().size() ? pod
        : pod.withSpec(pod.spec().withTolerations(tolerations));
  }

  private static void validate(KubeObject o, KubeObject old) throws ApiException {
    List<FieldError> errors;
    if (o instanceof DaemonSet ds) {
      errors = old != null ? Validation.daemonSetUpdate(ds, (DaemonSet) old) : Validation.daemonSet(ds);
    } else if (o instanceof Pod pod) {
      errors = Validation.pod(pod);
    } else if (o instanceof Node node) {
      errors = Validation.node(node);
    } else if (o instanceof Service svc) {
      errors = Validation.service(svc);
    } else if (o instanceof Namespace ns) {
      errors = Validation.namespace(ns);
    } else {
      errors = List.of();
    }
    if (!errors.isEmpty()) {
      throw new ApiException(new Invalid(o.kind(), o.metadata().name(), errors));
    }
  }

  /** Gives a new service its cluster IP and node ports, drawn from the seed; set values are kept. */
  private Service allocate(Service svc) {
    var spec = svc.spec();
    if (!"ExternalName".equals(spec.type()) && (spec.clusterIP() == null || spec.clusterIP().isEmpty())) {
      String ip;
      do {
        ip = ids.serviceIp();
      } while (usedServiceIps.contains(ip));
      spec = spec.withClusterIP(ip);
    }
    if ("NodePort".equals(spec.type()) || "LoadBalancer".equals(spec.type())) {
      List<ServicePort> ports = new ArrayList<>();
      // ports taken by this service's earlier ports; the store's watcher notes them all once it is written
      Set<Integer> taken = new HashSet<>();
      for (ServicePort p : spec.ports()) {
        if (p.nodePort() == 0) {
          int port;
          do {
            port = ids.nodePort();
          } while (usedNodePorts.contains(port) || taken.contains(port));
          taken.add(port);
          p = p.withNodePort(port);
        }
        ports.add(p);
      }
      spec = spec.withPorts(ports);
    }
    return svc.withSpec(spec);
  }

  private void trackAllocations(WatchEvent e) {
    if (e.object() instanceof Service svc) {
      if (e.type() == WatchEvent.Type.DELETED) {
        usedServiceIps.remove(svc.spec().clusterIP());
        svc.spec().ports().forEach(p -> usedNodePorts.remove(p.nodePort()));
      } else {
        if (svc.spec().clusterIP() != null) {
          usedServiceIps.add(svc.spec().clusterIP());
        }
        svc.spec().ports().forEach(p -> usedNodePorts.add(p.nodePort()));
      }
    }
  }
}
