package dev.dslab.session.exec;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Selector;
import dev.dslab.session.CommandException;
import dev.dslab.session.LabelSelectors;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code label} and {@code annotate}: kubectl's rules (a changed value needs --overwrite, a
 * resourceVersion that must be the current one, client and server dry runs) and messages, after
 * k8s.io/kubectl/pkg/cmd/label/label.go and annotate/annotate.go.
 */
final class Labels {
  private Labels() {}

  /** The annotation kubectl lets annotate overwrite without --overwrite. */
  private static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

  static void label(Session session, Request.Label request) throws CommandException {
    Kind kind = request.kind();
    List<String> errors = new ArrayList<>();
    for (KubeObject current : objects(session, request, errors)) {
      try {
        change(session, request, current);
      } catch (CommandException e) {
        // kubectl's visitor goes on with the other objects and reports every error at the end
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new CommandException(String.join("\n", errors));
    }
  }

  /** The objects named (a missing one is an error), or those the selector or --all picks. */
  private static List<KubeObject> objects(
      Session session, Request.Label request, List<String> errors) throws CommandException {
    Kind kind = request.kind();
    if (request.names().isEmpty()) {
      String ns =
          !kind.namespaced() || request.allNamespaces()
              ? null
              : Executor.namespace(request.namespace());
      Selector selector = LabelSelectors.parse(request.selector());
      return session.cluster().<KubeObject>list(kind, ns).stream()
          .filter(o -> selector.matches(o.metadata().labels()))
          .toList();
    }
    String ns = kind.namespaced() ? Executor.namespace(request.namespace()) : null;
    List<KubeObject> found = new ArrayList<>();
    for (String name : request.names()) {
      session
          .cluster()
          .store()
          .<KubeObject>get(kind, ns, name)
          .ifPresentOrElse(
              found::add,
              () ->
                  errors.add(
                      "Error from server (NotFound): "
                          + kind.qualifiedResource()
                          + " \""
                          + name
                          + "\" not found"));
    }
    return found;
  }

  private static void change(Session session, Request.Label request, KubeObject current)
      throws CommandException {
    boolean annotations = request.annotations();
    Map<String, String> before =
        annotations ? current.metadata().annotations() : current.metadata().labels();
    refuseOverwrites(request, before);
    boolean clientDryRun = "client".equals(request.dryRun());
    if (!annotations && !clientDryRun) {
      for (String key : request.remove()) {
        if (!before.containsKey(key)) {
          session.out().println("label \"" + key + "\" not found.");
        }
      }
    }
    TreeMap<String, String> after = new TreeMap<>(before);
    after.putAll(request.set());
    request.remove().forEach(after::remove);
    boolean changed = !after.equals(before) || request.resourceVersion() != null;
    if (changed && !clientDryRun) {
      ObjectMeta meta =
          annotations
              ? current.metadata().withAnnotations(after)
              : current.metadata().withLabels(after);
      if (request.resourceVersion() != null) {
        meta = meta.withResourceVersion(request.resourceVersion());
      }
      ApiServer api = session.cluster().api();
      try {
        ("server".equals(request.dryRun()) ? api.dryRun() : api).update(current.withMetadata(meta));
      } catch (ApiException e) {
        throw new CommandException(e.kubectlMessage());
      } finally {
        session.cluster().reconcile();
      }
    }
    session
        .out()
        .println(
            ResourceType.qualifiedName(request.kind(), current.metadata().name())
                + " "
                + message(request, before, after, changed)
                + dryRunSuffix(request.dryRun()));
  }

  /**
   * validateNoOverwrites (label: {@code 'k' already has a value (v), and --overwrite is false}, one
   * error per key) and validateNoAnnotationOverwrites (one message for all keys); the keys in
   * order, where kubectl ranges over a map.
   */
  private static void refuseOverwrites(Request.Label request, Map<String, String> before)
      throws CommandException {
    if (request.overwrite()) {
      return;
    }
    List<String> clashes = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(request.set()).entrySet()) {
      String old = before.get(e.getKey());
      if (old == null || old.equals(e.getValue())) {
        continue;
      }
      if (request.annotations() && e.getKey().equals(CHANGE_CAUSE)) {
        continue;
      }
      clashes.add(
          "'"
              + e.getKey()
              + "' already has a value ("
              + old
              + ")"
              + (request.annotations() ? "" : ", and --overwrite is false"));
    }
    if (clashes.isEmpty()) {
      return;
    }
    if (request.annotations()) {
      throw new CommandException(
          "error: --overwrite is false but found the following declared annotation(s): "
              + String.join("; ", clashes));
    }
    // utilerrors.NewAggregate: one error as it is, several in brackets
    throw new CommandException(
        "error: "
            + (clashes.size() == 1 ? clashes.get(0) : "[" + String.join(", ", clashes) + "]"));
  }

  /**
   * annotate always says "annotated"; label's updateDataChangeMsg says "not labeled" when nothing
   * changed and "unlabeled" when, without --overwrite, the object got shorter.
   */
  private static String message(
      Request.Label request,
      Map<String, String> before,
      Map<String, String> after,
      boolean changed) {
    if (request.annotations()) {
      return "annotated";
    }
    if (!changed) {
      return "not labeled";
    }
    return !request.overwrite() && after.size() < before.size() ? "unlabeled" : "labeled";
  }

  /** PrintFlagsWithDryRunStrategy. */
  private static String dryRunSuffix(String dryRun) {
    if (dryRun == null) {
      return "";
    }
    return dryRun.equals("server") ? " (server dry run)" : " (dry run)";
  }
}
