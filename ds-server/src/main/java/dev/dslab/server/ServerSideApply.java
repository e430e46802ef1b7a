package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.server.fieldmanager.ApplyResult;
import dev.dslab.server.fieldmanager.Conflict;
import dev.dslab.server.fieldmanager.LastApplied;
import dev.dslab.server.fieldmanager.ManagedFields;
import dev.dslab.server.fieldmanager.Manager;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PATCH with {@code application/apply-patch+yaml}: server-side apply, after the apiserver's patch
 * handler (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go, applyPatcher) and its
 * fieldmanager. A missing object is created from the applied configuration; an existing one gets
 * the configuration merged in, fields the manager gave up removed, and a field another manager set
 * to another value refused as a 409 Conflict unless {@code force=true}.
 */
record ServerSideApply(EngineLoop engine, FieldOwnership ownership) {
  static final String MEDIA_TYPE_PREFIX = "application/apply-patch";

  /** What the engine gave: the object's tree and whether it was created, or the conflicts. */
  private record Outcome(Map<String, Object> served, boolean created, ApplyResult refused) {}

  @SuppressWarnings("unchecked")
  void apply(ResourceRequest r, WriteTarget to, Object body)
      throws ApiException, BadRequest, IOException {
    String fieldManager = r.query().get("fieldManager");
    if (fieldManager == null || fieldManager.isEmpty()) {
      // ValidatePatchOptions in apimachinery's metav1 validation
      throw new ApiException(
          ApiException.Reason.Invalid,
          "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for"
              + " apply patch");
    }
    if (!(body instanceof Map<?, ?> config)) {
      throw BadRequest.of("error decoding YAML: the applied configuration is not an object");
    }
    Map<String, Object> applied = (Map<String, Object>) config;
    boolean force = Exchanges.isTrue(r.query().get("force"));
    Manager manager =
        new Manager(fieldManager, Manager.Operation.Apply, r.resource().groupVersion());
    RequestBodies bodies = r.bodies();
    Outcome outcome =
        engine.call(
            cluster -> {
              Optional<KubeObject> found =
                  cluster.store().get(new ObjectKey(r.kind(), r.namespace(), r.name()));
              if (found.isEmpty()) {
                KubeObject object = bodies.decode(applied);
                requireUrlName(r, object);
                KubeObject created = to.told("patch", to.api(cluster).create(object), false);
                ManagedFields fields =
                    ManagedFields.none(created.metadata().uid())
                        .afterApply(manager, applied, List.of(), cluster.now());
                return new Outcome(served(r, to, created, fields), true, null);
              }
              KubeObject current = found.get();
              ManagedFields before = ownership.of(r.resource(), current);
              Map<String, Object> live = ManifestWriter.toTree(current);
              ApplyResult result = before.apply(manager, live, applied, force);
              if (result.merged() == null
                  && LastApplied.allowsConflicts(
                      fieldManager, manager.apiVersion(), live, result.conflicts())) {
                result = before.apply(manager, live, applied, true);
              }
              if (result.merged() == null) {
                return new Outcome(null, false, result);
              }
              KubeObject object = bodies.decode(result.merged());
              requireUrlName(r, object);
              object = object.withMetadata(object.metadata().withResourceVersion(null));
              KubeObject updated = to.told("patch", to.api(cluster).update(object), false);
              ManagedFields after =
                  before.afterApply(manager, applied, result.conflicts(), cluster.now());
              return new Outcome(served(r, to, updated, after), false, null);
            });
    if (outcome.refused() != null) {
      r.send(409, conflictStatus(outcome.refused()));
      return;
    }
    r.send(outcome.created() ? 201 : 200, outcome.served());
  }

  private Map<String, Object> served(
      ResourceRequest r, WriteTarget to, KubeObject written, ManagedFields fields) {
    if (to.dryRun()) {
      // a dry run records nothing: the answer shows the fields it would have stored
      FieldOwnership scratch = new FieldOwnership();
      scratch.put(r.resource(), written, fields);
      return scratch.served(r.resource(), written);
    }
    ownership.put(r.resource(), written, fields);
    return ownership.served(r.resource(), written);
  }

  private static void requireUrlName(ResourceRequest r, KubeObject object) throws ApiException {
    if (!r.name().equals(object.metadata().name())) {
      throw new ApiException(
          ApiException.Reason.BadRequest,
          "the name of the object ("
              + object.metadata().name()
              + ") does not match the name on the URL ("
              + r.name()
              + ")");
    }
  }

  /**
   * The 409 Status of a refused apply (NewConflictError in the fieldmanager's
   * internal/conflict.go): reason Conflict, one FieldManagerConflict cause per field.
   */
  static Map<String, Object> conflictStatus(ApplyResult refused) {
    List<Object> causes = new ArrayList<>();
    for (Conflict c : refused.conflicts()) {
      Map<String, Object> cause = new LinkedHashMap<>();
      cause.put("reason", "FieldManagerConflict");
      cause.put("message", "conflict with " + c.printedOwner());
      cause.put("field", c.path().toString());
      causes.add(cause);
    }
    return StatusObjects.failure(refused.message(), "Conflict", 409, Map.of("causes", causes));
  }
}
