package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.FieldSelector;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.session.CommandException;
import dev.dslab.session.FieldSelectors;
import dev.dslab.session.LabelSelectors;
import dev.dslab.session.Manifests;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code delete}: by name, by selector or --all, or the objects of manifests; kubectl's line per
 * object.
 */
final class Deletes {
  private Deletes() {}

  static void delete(Session session, Request.Delete request) throws CommandException {
    DeleteOptions options = request.options();
    String defaultNamespace = Executor.namespace(request.namespace());
    List<String> errors = new ArrayList<>();
    if (!request.files().isEmpty()) {
      LoadResult loaded = Manifests.load(session, request.files());
      for (ManifestProblem p : loaded.problemsButUnmapped()) {
        errors.add("error: " + p.render());
      }
      KindRegistry kinds = session.cluster().api().kinds();
      for (LoadedObject lo : loaded.all()) {
        KubeObject o = lo.object();
        if (!kinds.serves(o)) {
          errors.add("error: " + lo.noMatch().render());
          continue;
        }
        String ns = o.metadata().namespace() == null ? defaultNamespace : o.metadata().namespace();
        deleteOne(
            session, request, kinds.of(o), ns, o.metadata().name(), options, errors, lo.source());
      }
    } else {
      Kind kind = request.kind();
      String ns = kind.namespaced() ? defaultNamespace : null;
      if (!request.names().isEmpty()) {
        for (String name : request.names()) {
          deleteOne(session, request, kind, ns, name, options, errors, null);
        }
      } else {
        // by selector or --all: each object where it is (-A: in every namespace)
        Selector labels = LabelSelectors.parse(request.selector());
        FieldSelector fields =
            FieldSelectors.parse(request.fieldSelector(), kind, request.selector());
        List<KubeObject> chosen = new ArrayList<>();
        for (KubeObject o :
            session.cluster().<KubeObject>list(kind, request.allNamespaces() ? null : ns)) {
          if (labels.matches(o.metadata().labels()) && fields.test(o)) {
            chosen.add(o);
          }
        }
        if (chosen.isEmpty()) {
          session.err().println("No resources found");
        }
        for (KubeObject o : chosen) {
          deleteOne(
              session,
              request,
              kind,
              o.metadata().namespace(),
              o.metadata().name(),
              options,
              errors,
              null);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new CommandException(String.join("\n", errors));
    }
  }

  private static void deleteOne(
      Session session,
      Request.Delete request,
      Kind kind,
      String ns,
      String name,
      DeleteOptions options,
      List<String> errors,
      String source) {
    Cluster cluster = session.cluster();
    try {
      cluster.api().delete(kind, ns, name, options);
      String qualified = ResourceType.qualifiedName(kind, name);
      session
          .out()
          .println(qualified.substring(0, qualified.indexOf('/')) + " \"" + name + "\" deleted");
    } catch (ApiException e) {
      if (!(request.ignoreNotFound() && e.reason() == ApiException.Reason.NotFound)) {
        // of a manifest's object, kubectl names the file: error when deleting "FILE": ...
        errors.add(e.kubectlMessage("deleting", source));
      }
    } finally {
      cluster.reconcile();
    }
  }
}
