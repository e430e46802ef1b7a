package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.server.fieldmanager.ManagedFields;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * create (POST), update (PUT) and patch (PATCH: JSON, merge and strategic merge), of the object or
 * of its status subresource, each a dry run when the query says {@code dryRun=All}.
 */
record WriteVerbs(EngineLoop engine, ApiEndpoint.WriteListener listener, FieldOwnership ownership) {
  void create(ResourceRequest r) throws ApiException, BadRequest, IOException {
    WriteTarget to = target(r, "CreateOptions");
    KubeObject object = r.bodies().object();
    Map<String, Object> created =
        engine.call(
            cluster -> {
              KubeObject made = to.told("create", to.api(cluster).create(object), false);
              return owned(r, to, cluster, null, made);
            });
    r.send(201, created);
  }

  void update(ResourceRequest r) throws ApiException, BadRequest, IOException {
    WriteTarget to = target(r, "UpdateOptions");
    RequestBodies bodies = r.bodies();
    KubeObject object = bodies.object();
    if (!r.name().equals(object.metadata().name())) {
      throw BadRequest.of(
          "the name of the object ("
              + object.metadata().name()
              + ") does not match the name on the URL ("
              + r.name()
              + ")");
    }
    boolean status = r.onStatus();
    Map<String, Object> updated =
        engine.call(
            cluster -> {
              KubeObject current = r.existing(cluster);
              KubeObject written =
                  to.told(
                      "update",
                      status
                          ? to.api(cluster).updateStatus(statusOnly(bodies, current, object))
                          : to.api(cluster).update(object),
                      status);
              return owned(r, to, cluster, current, written);
            });
    r.send(200, updated);
  }

  @SuppressWarnings("unchecked")
  void patch(ResourceRequest r) throws ApiException, BadRequest, IOException {
    WriteTarget to = target(r, "PatchOptions");
    String type = Optional.ofNullable(r.header("Content-Type")).orElse("");
    RequestBodies bodies = r.bodies();
    Object patch =
        type.startsWith(ServerSideApply.MEDIA_TYPE_PREFIX)
            ? RequestBodies.parseApplyPatch(bodies.bytes())
            : RequestBodies.parseJson(bodies.bytes());
    if (r.query().containsKey("force") && !type.startsWith(ServerSideApply.MEDIA_TYPE_PREFIX)) {
      // ValidatePatchOptions in apimachinery's metav1 validation
      throw new ApiException(
          ApiException.Reason.Invalid,
          "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for"
              + " non-apply patch");
    }
    if (type.startsWith(ServerSideApply.MEDIA_TYPE_PREFIX)) {
      new ServerSideApply(engine, ownership).apply(r, to, patch);
      return;
    }
    Map<String, Object> patched =
        engine.call(
            cluster -> {
              KubeObject current = r.existing(cluster);
              // the patch sees the managedFields too: kubectl's upgrade from client-side apply
              // patches them
              Map<String, Object> served = ownership.served(r.resource(), current);
              Map<String, Object> after = applied(type, served, patch);
              Object fieldsAfter =
                  ((Map<String, Object>) after.getOrDefault("metadata", Map.of()))
                      .get("managedFields");
              ManagedFields fieldsPatched = null;
              if (fieldsAfter instanceof List<?> list
                  && !list.equals(
                      ((Map<String, Object>) served.get("metadata")).get("managedFields"))) {
                try {
                  // read before the write: bad managedFields change nothing
                  fieldsPatched = ManagedFields.fromTree(current.metadata().uid(), list);
                } catch (IllegalArgumentException e) {
                  throw new ApiException(ApiException.Reason.Invalid, e.getMessage());
                }
              }
              Object patchedRv =
                  ((Map<String, Object>) after.getOrDefault("metadata", Map.of()))
                      .get("resourceVersion");
              // a patch that names a resourceVersion is a precondition; otherwise it applies to the
              // current object
              KubeObject object = bodies.decode(after);
              if (patchedRv == null || patchedRv.equals(current.metadata().resourceVersion())) {
                object = object.withMetadata(object.metadata().withResourceVersion(null));
              }
              KubeObject written =
                  r.onStatus()
                      ? to.told(
                          "patch",
                          to.api(cluster).updateStatus(statusOnly(bodies, current, object)),
                          true)
                      : to.told("patch", to.api(cluster).update(object), false);
              if (fieldsPatched != null && !to.dryRun()) {
                ownership.put(r.resource(), written, fieldsPatched);
                return ownership.served(r.resource(), written);
              }
              return owned(r, to, cluster, current, written);
            });
    r.send(200, patched);
  }

  /**
   * A write's answer: the written object with its managedFields, the writer's changes recorded as
   * an Update by its field manager (a dry run records nothing).
   */
  private Map<String, Object> owned(
      ResourceRequest r,
      WriteTarget to,
      dev.dslab.engine.Cluster cluster,
      KubeObject before,
      KubeObject written) {
    if (!to.dryRun()) {
      ownership.updated(r.resource(), FieldOwnership.updater(r), before, written, cluster.now());
    }
    return ownership.served(r.resource(), written);
  }

  private WriteTarget target(ResourceRequest r, String options) throws BadRequest {
    return new WriteTarget(DryRun.requested(r.query(), options), listener);
  }

  /** The object after the patch, in the form the Content-Type names. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> applied(String type, Map<String, Object> tree, Object patch)
      throws ApiException {
    Object result;
    try {
      if (type.startsWith("application/json-patch+json")) {
        if (!(patch instanceof List<?> ops)) {
          throw new ApiException(
              ApiException.Reason.BadRequest,
              "json: cannot unmarshal object into Go value " + "of type jsonpatch.Patch");
        }
        result = Patches.jsonPatch(tree, (List<Object>) ops);
      } else if (type.startsWith("application/merge-patch+json")) {
        result = Patches.mergePatch(tree, patch);
      } else if (type.startsWith("application/strategic-merge-patch+json")) {
        result = Patches.strategic(tree, patch);
      } else {
        throw new ApiException(
            ApiException.Reason.BadRequest,
            "the body of the request was in an unknown "
                + "format - accepted media types include: application/json-patch+json, "
                + "application/merge-patch+json, application/strategic-merge-patch+json, "
                + "application/apply-patch+yaml");
      }
    } catch (Patches.PatchException e) {
      throw new ApiException(ApiException.Reason.Invalid, e.getMessage());
    }
    if (!(result instanceof Map<?, ?> m)) {
      throw new ApiException(ApiException.Reason.BadRequest, "the patch did not give an object");
    }
    return (Map<String, Object>) m;
  }

  /** PUT or PATCH of /status changes the status only, whatever else the body says. */
  private static KubeObject statusOnly(
      RequestBodies bodies, KubeObject current, KubeObject requested) throws ApiException {
    Map<String, Object> tree = new LinkedHashMap<>(ManifestWriter.toTree(current));
    Object status = ManifestWriter.toTree(requested).get("status");
    if (status != null) {
      tree.put("status", status);
    }
    return bodies.decode(tree);
  }
}
