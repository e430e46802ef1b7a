package dev.dslab.session.exec;

import dev.dslab.engine.Applier;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ResourceCatalog;
import dev.dslab.session.CommandException;
import dev.dslab.session.Manifests;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;

/**
 * {@code apply -f} and {@code create -f}: each object of the manifests is created, or (apply)
 * replaced when it exists; a bad document or a refused object is reported and the others go on.
 */
final class Applies {
  private Applies() {}

  static void apply(Session session, Request.Apply request) throws CommandException {
    LoadResult loaded = Manifests.load(session, request.files());
    boolean createOnly = request.createOnly();
    boolean failed = false;
    for (ManifestProblem p : loaded.problemsButUnmapped()) {
      session.err().println("error: " + p.render());
      failed = true;
    }
    Cluster cluster = session.cluster();
    KindRegistry kinds = cluster.api().kinds();
    // kubectl apply maps every object to a served resource before it applies any
    // (ApplyOptions.GetObjects): a custom resource whose CRD comes earlier in the same files is not
    // served yet. kubectl create maps each object when its turn comes, after the CRD was created.
    ResourceCatalog servedAtStart = kinds.catalog();
    if (!createOnly) {
      for (LoadedObject lo : loaded.all()) {
        if (lo.unmapped() && !served(servedAtStart, lo.object())) {
          session.err().println("error: " + lo.noMatch().render());
          failed = true;
        }
      }
    }
    for (LoadedObject lo : loaded.all()) {
      KubeObject object = lo.object();
      if (lo.unmapped() && !served(createOnly ? kinds.catalog() : servedAtStart, object)) {
        if (createOnly) {
          session.err().println("error: " + lo.noMatch().render());
          failed = true;
        }
        continue;
      }
      String generateName = object.metadata().generateName();
      if (!createOnly && isEmpty(object.metadata().name()) && !isEmpty(generateName)) {
        // kubectl refuses this on the client: apply needs a name to find the object next time
        session
            .err()
            .println("error: from " + generateName + ": cannot use generate name with apply");
        failed = true;
        continue;
      }
      try {
        Applier.Applied applied =
            Applier.applied(cluster, object, Executor.namespace(request.namespace()), createOnly);
        session
            .out()
            .println(
                ResourceType.qualifiedName(kinds.of(object), applied.object().metadata().name())
                    + " "
                    + applied.outcome());
      } catch (ApiException e) {
        // kubectl apply creates an object it did not find, and says so: error when creating
        String ns =
            isEmpty(object.metadata().namespace())
                ? Executor.namespace(request.namespace())
                : object.metadata().namespace();
        boolean existed =
            !isEmpty(object.metadata().name())
                && cluster
                    .store()
                    .get(
                        kinds.of(object),
                        kinds.of(object).namespaced() ? ns : null,
                        object.metadata().name())
                    .isPresent();
        session
            .err()
            .println(
                e.kubectlMessage(createOnly || !existed ? "creating" : "applying", lo.source()));
        failed = true;
      }
    }
    if (failed) {
      throw new CommandException("");
    }
  }

  private static boolean served(ResourceCatalog catalog, KubeObject object) {
    return catalog.find(object.apiVersion(), object.kind()).isPresent();
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
