package dev.dslab.server;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.util.Map;

/** delete (DELETE of one object) and evict (POST pods/NAME/eviction), each a dry run when asked. */
record DeleteVerbs(EngineLoop engine, ApiEndpoint.WriteListener listener) {
  void delete(ResourceRequest r) throws ApiException, BadRequest, IOException {
    if (r.name() == null) {
      throw VerbDispatch.notAllowed();
    }
    DeleteOptionsDecoder.Decoded decoded =
        DeleteOptionsDecoder.ofDelete(r.bodies().bytes(), r.query());
    KubeObject deleted = engine.call(cluster -> deleted(r, cluster, "delete", decoded));
    r.send(200, ManifestWriter.toTree(deleted));
  }

  /** The pod is deleted as a drain asks (no disruption budgets here). */
  void evict(ResourceRequest r) throws ApiException, BadRequest, IOException {
    DeleteOptionsDecoder.Decoded decoded =
        new DeleteOptionsDecoder.Decoded(
            DeleteOptions.DEFAULT, DryRun.requested(r.query(), "CreateOptions"));
    if (r.bodies().jsonOrNull() instanceof Map<?, ?> m
        && m.get("deleteOptions") instanceof Map<?, ?> d) {
      decoded = DeleteOptionsDecoder.of(d, r.query(), decoded.dryRun());
    }
    DeleteOptionsDecoder.Decoded chosen = decoded;
    engine.call(cluster -> deleted(r, cluster, "evict", chosen));
    r.send(201, StatusObjects.success(r.resource(), r.name()));
  }

  private KubeObject deleted(
      ResourceRequest r, Cluster cluster, String verb, DeleteOptionsDecoder.Decoded decoded)
      throws ApiException {
    WriteTarget to = new WriteTarget(decoded.dryRun(), listener);
    return to.told(
        verb, to.api(cluster).delete(r.kind(), r.namespace(), r.name(), decoded.options()), false);
  }
}
