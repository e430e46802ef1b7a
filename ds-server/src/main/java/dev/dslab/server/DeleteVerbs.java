package dev.dslab.server;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** delete (DELETE of one object) and evict (POST pods/NAME/eviction), each a dry run when asked. */
record DeleteVerbs(EngineLoop engine, ApiEndpoint.WriteListener listener) {
  void delete(ResourceRequest r) throws ApiException, BadRequest, IOException {
    if (r.name() == null) {
      deleteCollection(r);
      return;
    }
    DeleteOptionsDecoder.Decoded decoded =
        DeleteOptionsDecoder.ofDelete(r.bodies().bytes(), r.query());
    KubeObject deleted = engine.call(cluster -> deleted(r, cluster, "delete", decoded));
    r.send(200, ManifestWriter.toTree(deleted));
  }

  /**
   * deletecollection (DELETE of a collection): every selected object deleted with the request's
   * options, answered as the list of what was deleted at the listing's resourceVersion, as
   * upstream's registry Store.DeleteCollection does
   * (k8s.io/apiserver/pkg/registry/generic/registry/ store.go). A resource without the verb is 405.
   */
  private void deleteCollection(ResourceRequest r) throws ApiException, BadRequest, IOException {
    if (!r.resource().verbs().contains("deletecollection")) {
      throw VerbDispatch.notAllowed();
    }
    Selectors selectors = Selectors.of(r.query(), r.kind());
    DeleteOptionsDecoder.Decoded decoded =
        DeleteOptionsDecoder.ofDelete(r.bodies().bytes(), r.query());
    record Deleted(List<KubeObject> items, long resourceVersion) {}
    Deleted deleted =
        engine.call(
            cluster -> {
              long listedAt = cluster.store().resourceVersion();
              WriteTarget to = new WriteTarget(decoded.dryRun(), listener);
              List<KubeObject> gone = new ArrayList<>();
              for (KubeObject o : cluster.<KubeObject>list(r.kind(), r.namespace())) {
                if (!selectors.matches(o)) {
                  continue;
                }
                try {
                  gone.add(
                      to.told(
                          "delete",
                          to.api(cluster)
                              .delete(
                                  r.kind(),
                                  o.metadata().namespace(),
                                  o.metadata().name(),
                                  decoded.options()),
                          false));
                } catch (ApiException e) {
                  // gone meanwhile (an owner's deletion took it): upstream skips a NotFound too
                  if (e.reason() != ApiException.Reason.NotFound) {
                    throw e;
                  }
                }
              }
              return new Deleted(gone, listedAt);
            });
    r.send(
        200,
        ReadVerbs.listBody(
            r,
            Map.of("resourceVersion", Long.toString(deleted.resourceVersion())),
            deleted.items()));
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
