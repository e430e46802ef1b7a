package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code scale} subresource of Deployments and ReplicaSets (pkg/registry/apps/deployment
 * ScaleREST, replicaset ScaleREST): GET answers an autoscaling/v1 Scale (spec.replicas,
 * status.replicas and the selector as a string); PUT and PATCH change spec.replicas only, which is
 * what {@code kubectl scale} sends.
 */
record ScaleSubresource(EngineLoop engine, ApiEndpoint.WriteListener listener) {
  static final String NAME = "scale";

  static boolean on(ResourceRequest r) {
    return NAME.equals(r.path().subresource());
  }

  void get(ResourceRequest r) throws ApiException, IOException {
    KubeObject o = engine.call(r::existing);
    r.send(200, scale(o));
  }

  void update(ResourceRequest r) throws ApiException, BadRequest, IOException {
    WriteTarget to = new WriteTarget(DryRun.requested(r.query(), "UpdateOptions"), listener);
    Object body = RequestBodies.parseJson(r.bodies().bytes());
    KubeObject updated =
        engine.call(
            cluster -> {
              KubeObject current = r.existing(cluster);
              KubeObject changed = withReplicas(current, replicasOf(body));
              return to.told("update", to.api(cluster).update(changed), false);
            });
    r.send(200, scale(updated));
  }

  @SuppressWarnings("unchecked")
  void patch(ResourceRequest r) throws ApiException, BadRequest, IOException {
    WriteTarget to = new WriteTarget(DryRun.requested(r.query(), "PatchOptions"), listener);
    Object patch = RequestBodies.parseJson(r.bodies().bytes());
    String type = Optional.ofNullable(r.header("Content-Type")).orElse("");
    KubeObject patched =
        engine.call(
            cluster -> {
              KubeObject current = r.existing(cluster);
              Map<String, Object> tree = scale(current);
              Object after;
              try {
                after =
                    type.startsWith("application/json-patch+json")
                        ? Patches.jsonPatch(tree, (java.util.List<Object>) patch)
                        : Patches.mergePatch(tree, patch);
              } catch (Patches.PatchException | ClassCastException e) {
                throw new ApiException(ApiException.Reason.Invalid, e.getMessage());
              }
              KubeObject changed = withReplicas(current, replicasOf(after));
              return to.told("patch", to.api(cluster).update(changed), false);
            });
    r.send(200, scale(patched));
  }

  /** spec.replicas of a Scale body; refused like the API server when missing or not a number. */
  @SuppressWarnings("unchecked")
  private static int replicasOf(Object body) throws ApiException {
    if (body instanceof Map<?, ?> m
        && m.get("spec") instanceof Map<?, ?> spec
        && spec.get("replicas") instanceof Number n) {
      return n.intValue();
    }
    throw new ApiException(
        ApiException.Reason.BadRequest, "the body of the request has no spec.replicas");
  }

  private static KubeObject withReplicas(KubeObject o, int replicas) throws ApiException {
    KubeObject changed;
    if (o instanceof Deployment d) {
      changed = d.withSpec(d.spec().withReplicas(replicas));
    } else if (o instanceof ReplicaSet rs) {
      changed = rs.withSpec(rs.spec().withReplicas(replicas));
    } else {
      throw VerbDispatch.notAllowed();
    }
    return changed.withMetadata(changed.metadata().withResourceVersion(null));
  }

  /** The autoscaling/v1 Scale of a Deployment or ReplicaSet. */
  static Map<String, Object> scale(KubeObject o) {
    int specReplicas;
    int statusReplicas;
    LabelSelector selector;
    if (o instanceof Deployment d) {
      specReplicas = d.replicas();
      statusReplicas = d.status().replicas();
      selector = d.spec().selector();
    } else {
      ReplicaSet rs = (ReplicaSet) o;
      specReplicas = rs.replicas();
      statusReplicas = rs.status().replicas();
      selector = rs.spec().selector();
    }
    Map<?, ?> objectMeta = (Map<?, ?>) ManifestWriter.toTree(o).get("metadata");
    Map<String, Object> meta = new LinkedHashMap<>();
    for (String key :
        new String[] {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"}) {
      if (objectMeta.get(key) != null) {
        meta.put(key, objectMeta.get(key));
      }
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("replicas", statusReplicas);
    if (selector != null) {
      status.put("selector", selector.format());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "Scale");
    m.put("apiVersion", "autoscaling/v1");
    m.put("metadata", meta);
    m.put("spec", Map.of("replicas", specReplicas));
    m.put("status", status);
    return m;
  }
}
