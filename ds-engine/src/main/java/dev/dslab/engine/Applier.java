package dev.dslab.engine;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code kubectl apply} (and {@code create}) of one object from a manifest: created when it does
 * not exist — a bare Node manifest completed as a kubelet's registration would — else replaced. The
 * controllers then run, as they would react to the request.
 */
public final class Applier {
  /** What apply did, in kubectl's words. */
  public enum Outcome {
    created,
    configured,
    unchanged
  }

  private Applier() {}

  /**
   * Applies one object, in {@code defaultNamespace} when it names none.
   *
   * @param createOnly {@code kubectl create}: an existing object is AlreadyExists
   */
  public static Outcome apply(
      Cluster cluster, KubeObject object, String defaultNamespace, boolean createOnly)
      throws ApiException {
    return applied(cluster, object, defaultNamespace, createOnly).outcome();
  }

  /** What apply did and the object as stored, whose name the server may have generated. */
  public record Applied(Outcome outcome, KubeObject object) {}

  /** {@link #apply}, returning the stored object too. */
  public static Applied applied(
      Cluster cluster, KubeObject object, String defaultNamespace, boolean createOnly)
      throws ApiException {
    KindRegistry kinds = cluster.api().kinds();
    KubeObject o =
        kinds.serves(object) ? inNamespace(object, kinds.of(object), defaultNamespace) : object;
    try {
      String name = o.metadata().name();
      // Without a name there is nothing to look up: create validates it (or generates one); a kind
      // the cluster does not serve is create's 404
      Optional<KubeObject> existing =
          name == null || name.isEmpty() || !kinds.serves(o)
              ? Optional.empty()
              : cluster.store().get(kinds.keyOf(o));
      if (existing.isEmpty()) {
        KubeObject toCreate = o instanceof Node node ? NodeRegistration.complete(cluster, node) : o;
        KubeObject created =
            cluster
                .api()
                .create(toCreate.withMetadata(toCreate.metadata().withResourceVersion(null)));
        return new Applied(Outcome.created, created);
      }
      if (createOnly) {
        throw ApiException.alreadyExists(kinds.of(o), o.metadata().name());
      }
      KubeObject before = existing.get();
      KubeObject kept = keepAllocations(o, before);
      KubeObject after =
          cluster.api().update(kept.withMetadata(kept.metadata().withResourceVersion(null)));
      return new Applied(
          after.metadata().resourceVersion().equals(before.metadata().resourceVersion())
              ? Outcome.unchanged
              : Outcome.configured,
          after);
    } finally {
      cluster.reconcile();
    }
  }

  /**
   * kubectl apply patches the live object rather than replacing it: what the server allocated and
   * the manifest leaves unset — a service's cluster IP, the node ports of its ports — stays as it
   * is (a replace would drop them, and re-applying an unchanged Service would change it); so does a
   * Deployment's revision annotation.
   */
  static KubeObject keepAllocations(KubeObject applied, KubeObject live) {
    if (applied instanceof Deployment d && live instanceof Deployment current) {
      // the revision the controller wrote is not the manifest's to remove
      String revision = current.metadata().annotations().get(Deployment.REVISION_ANNOTATION);
      if (revision != null
          && !d.metadata().annotations().containsKey(Deployment.REVISION_ANNOTATION)) {
        return d.withMetadata(
            d.metadata().withAnnotation(Deployment.REVISION_ANNOTATION, revision));
      }
      return applied;
    }
    if (!(applied instanceof Service svc) || !(live instanceof Service current)) {
      return applied;
    }
    ServiceSpec spec = svc.spec();
    if ((spec.clusterIP() == null || spec.clusterIP().isEmpty())
        && current.spec().clusterIP() != null) {
      spec = spec.withClusterIP(current.spec().clusterIP());
    }
    List<ServicePort> ports = new ArrayList<>();
    for (ServicePort p : spec.ports()) {
      ServicePort port = p;
      if (p.nodePort() == 0) {
        port =
            current.spec().ports().stream()
                .filter(c -> c.port() == p.port() && Objects.equals(c.protocol(), p.protocol()))
                .filter(c -> c.nodePort() != 0)
                .findFirst()
                .map(c -> p.withNodePort(c.nodePort()))
                .orElse(p);
      }
      ports.add(port);
    }
    return svc.withSpec(spec.withPorts(ports));
  }

  /** The object in the default namespace when it is namespaced and names none. */
  public static KubeObject inNamespace(KubeObject o, String defaultNamespace) {
    return inNamespace(o, Kind.of(o), defaultNamespace);
  }

  private static KubeObject inNamespace(KubeObject o, Kind kind, String defaultNamespace) {
    if (kind.namespaced()
        && (o.metadata().namespace() == null || o.metadata().namespace().isEmpty())) {
      return o.withMetadata(o.metadata().withNamespace(defaultNamespace));
    }
    return o;
  }
}
