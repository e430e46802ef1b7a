package dev.dslab.engine.crd;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.model.apiextensions.CustomResourceDefinition;
import dev.dslab.model.apiextensions.CustomResourceDefinition.Names;
import dev.dslab.model.apiextensions.CustomResourceDefinition.Version;
import dev.dslab.model.apiextensions.DefinitionStatus;
import dev.dslab.model.apiextensions.PrinterColumn;
import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The apiextensions controllers of one cluster, reconciling one CRD at a time:
 *
 * <ul>
 *   <li>naming (pkg/controller/status/naming_controller.go, calculateNamesAndConditions): each
 *       requested name is accepted unless another CRD of the same group already holds it, and
 *       NamesAccepted says which one conflicts;
 *   <li>establishing (pkg/controller/establish/establishing_controller.go): once its names are
 *       accepted the CRD is Established and its served versions are served;
 *   <li>finalizer (pkg/controller/finalizer/crd_finalizer.go): a deleted CRD's custom resources are
 *       deleted, then its finalizer is removed and it goes, with its resources.
 * </ul>
 *
 * The cluster's {@link KindRegistry} is set again after every change, from the CRDs stored then.
 */
public final class DefinitionController implements Controller {
  /** The kind of CustomResourceDefinitions. */
  public static final Kind DEFINITIONS =
      Kind.find(CustomResourceDefinition.API_VERSION, CustomResourceDefinition.KIND).orElseThrow();

  private final ApiServer api;
  private final Set<String> queue = new LinkedHashSet<>();

  public DefinitionController(ApiServer api) {
    this.api = api;
    api.store().watch(this::onChange);
  }

  private void onChange(WatchEvent e) {
    if (e.kind() == DEFINITIONS) {
      queue.add(e.object().metadata().name());
    }
  }

  @Override
  public boolean hasWork() {
    return !queue.isEmpty();
  }

  @Override
  public void processNext() {
    String name = queue.iterator().next();
    queue.remove(name);
    api.store()
        .<Unstructured>get(DEFINITIONS, null, name)
        .ifPresent(crd -> reconcile(crd.metadata().isDeleting() ? finalize(crd) : name(crd)));
    api.kinds().define(definedKinds());
  }

  private void reconcile(Unstructured crd) {
    // a CRD that changed is written back through the status door: its spec is the user's
    Unstructured stored =
        api.store().<Unstructured>get(DEFINITIONS, null, crd.metadata().name()).orElse(null);
    if (stored == null || stored.equals(crd)) {
      return;
    }
    try {
      if (crd.metadata().isDeleting() && crd.metadata().finalizers().isEmpty()) {
        api.remove(new ObjectKey(DEFINITIONS, null, crd.metadata().name()));
      } else {
        api.updateStatus(crd.withMetadata(crd.metadata().withResourceVersion(null)));
      }
    } catch (ApiException e) {
      throw new IllegalStateException("the CRD was read from the store a moment ago", e);
    }
  }

  /** The naming and establishing controllers' status for a CRD. */
  private Unstructured name(Unstructured crd) {
    CustomResourceDefinition d = CustomResourceDefinition.of(crd);
    Names requested = d.names();
    Names accepted = CustomResourceDefinition.acceptedNames(crd);
    Set<String> resources = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (Unstructured other : api.store().<Unstructured>list(DEFINITIONS, null)) {
      CustomResourceDefinition o = CustomResourceDefinition.of(other);
      if (o.name().equals(d.name()) || !o.group().equals(d.group())) {
        continue;
      }
      Names taken = CustomResourceDefinition.acceptedNames(other);
      resources.add(taken.plural());
      resources.add(taken.singular());
      resources.addAll(taken.shortNames());
      kinds.add(taken.kind());
      kinds.add(taken.listKind());
    }
    String status = "Unknown";
    String reason = "";
    String message = "";
    String plural = accepted.plural();
    String singular = accepted.singular();
    List<String> shortNames = accepted.shortNames();
    String kind = accepted.kind();
    String listKind = accepted.listKind();
    String conflict = conflict(requested.plural(), accepted.plural(), resources);
    if (conflict != null) {
      status = "False";
      reason = "PluralConflict";
      message = conflict;
    } else {
      plural = requested.plural();
    }
    conflict = conflict(requested.singular(), accepted.singular(), resources);
    if (conflict != null) {
      status = "False";
      reason = "SingularConflict";
      message = conflict;
    } else {
      singular = requested.singular();
    }
    if (!requested.shortNames().equals(accepted.shortNames())) {
      List<String> problems = new ArrayList<>();
      for (String shortName : requested.shortNames()) {
        if (!accepted.shortNames().contains(shortName)) {
          String c = conflict(shortName, "", resources);
          if (c != null) {
            problems.add(c);
          }
        }
      }
      if (!problems.isEmpty()) {
        status = "False";
        reason = "ShortNamesConflict";
        // utilerrors.NewAggregate's message: one error as is, several in brackets
        message = problems.size() == 1 ? problems.get(0) : "[" + String.join(", ", problems) + "]";
      } else {
        shortNames = requested.shortNames();
      }
    }
    conflict = conflict(requested.kind(), accepted.kind(), kinds);
    if (conflict != null) {
      status = "False";
      reason = "KindConflict";
      message = conflict;
    } else {
      kind = requested.kind();
    }
    conflict = conflict(requested.listKind(), accepted.listKind(), kinds);
    if (conflict != null) {
      status = "False";
      reason = "ListKindConflict";
      message = conflict;
    } else {
      listKind = requested.listKind();
    }
    if (status.equals("Unknown")) {
      status = "True";
      reason = "NoConflicts";
      message = "no conflicts found";
    }
    Names names = new Names(plural, singular, kind, listKind, shortNames, requested.categories());
    Unstructured out = DefinitionStatus.withAcceptedNames(crd, names);
    out = DefinitionStatus.withCondition(out, "NamesAccepted", status, reason, message, api.now());
    if (status.equals("True")) {
      // the establishing controller follows the naming controller's Installing at once here
      out =
          DefinitionStatus.withCondition(
              out,
              "Established",
              "True",
              "InitialNamesAccepted",
              "the initial names have been accepted",
              api.now());
    } else if (!CustomResourceDefinition.conditionTrue(crd, "Established")) {
      out =
          DefinitionStatus.withCondition(
              out, "Established", "False", "NotAccepted", "not all names are accepted", api.now());
    }
    return out;
  }

  /** naming_controller.go's equalToAcceptedOrFresh. */
  private static String conflict(String requested, String accepted, Set<String> used) {
    if (requested.equals(accepted) || !used.contains(requested)) {
      return null;
    }
    return "\"" + requested + "\" is already in use";
  }

  /**
   * The finalizer controller: the CRD's custom resources are deleted, then the finalizer is removed
   * (and the CRD, marked for deletion, goes).
   */
  private Unstructured finalize(Unstructured crd) {
    if (!crd.metadata().finalizers().contains(CustomResourceDefinition.CLEANUP_FINALIZER)) {
      return crd;
    }
    for (KindRegistry.CustomKind c : api.kinds().customKinds()) {
      if (!c.definition().equals(crd.metadata().name())) {
        continue;
      }
      for (KubeObject o : api.store().list(c.kind(), null)) {
        try {
          api.delete(
              c.kind(), o.metadata().namespace(), o.metadata().name(), DeleteOptions.DEFAULT);
        } catch (ApiException e) {
          // already gone
        }
      }
    }
    Unstructured done =
        DefinitionStatus.withCondition(
            crd,
            "Terminating",
            "False",
            "InstanceDeletionCompleted",
            "removed all instances",
            api.now());
    List<String> finalizers = new ArrayList<>(crd.metadata().finalizers());
    finalizers.remove(CustomResourceDefinition.CLEANUP_FINALIZER);
    return done.withMetadata(done.metadata().withFinalizers(finalizers));
  }

  /** The kinds the established CRDs stored now define, by CRD name. */
  private List<KindRegistry.CustomKind> definedKinds() {
    List<KindRegistry.CustomKind> defined = new ArrayList<>();
    for (Unstructured crd : api.store().<Unstructured>list(DEFINITIONS, null)) {
      if (!CustomResourceDefinition.conditionTrue(crd, "Established")) {
        continue;
      }
      CustomResourceDefinition d = CustomResourceDefinition.of(crd);
      if (d.versions().isEmpty()) {
        continue;
      }
      Names accepted = CustomResourceDefinition.acceptedNames(crd);
      List<ApiResource> served = new ArrayList<>();
      Map<String, List<PrinterColumn>> columns = new LinkedHashMap<>();
      Map<String, Object> schemas = new LinkedHashMap<>();
      for (Version v : d.versions()) {
        if (v.served()) {
          served.add(d.resource(v, accepted));
          columns.put(v.name(), v.printerColumns());
          if (v.schema() != null) {
            schemas.put(v.name(), v.schema());
          }
        }
      }
      Version storage = d.storageVersion();
      defined.add(
          new KindRegistry.CustomKind(
              Kind.custom(d.resource(storage, accepted)),
              d.name(),
              served,
              storage.statusSubresource(),
              columns,
              crd.metadata().isDeleting(),
              schemas));
    }
    return defined;
  }
}
