package dev.dslab.session.exec;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.CommandException;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.util.Map;
import java.util.TreeMap;

/** {@code label}: kubectl's rules (a changed value needs --overwrite) and messages. */
final class Labels {
  private Labels() {}

  static void label(Session session, Request.Label request) throws CommandException {
    Kind kind = request.kind();
    String ns = kind.namespaced() ? Executor.namespace(request.namespace()) : null;
    for (String name : request.names()) {
      KubeObject current =
          session
              .cluster()
              .store()
              .<KubeObject>get(kind, ns, name)
              .orElseThrow(
                  () ->
                      new CommandException(
                          "Error from server (NotFound): "
                              + kind.qualifiedResource()
                              + " \""
                              + name
                              + "\" not found"));
      TreeMap<String, String> labels = new TreeMap<>(current.metadata().labels());
      for (Map.Entry<String, String> e : request.set().entrySet()) {
        String old = labels.get(e.getKey());
        if (old != null && !request.overwrite() && !old.equals(e.getValue())) {
          throw new CommandException(
              "error: '"
                  + e.getKey()
                  + "' already has a value ("
                  + old
                  + "), and --overwrite is false");
        }
        labels.put(e.getKey(), e.getValue());
      }
      for (String key : request.remove()) {
        if (labels.remove(key) == null) {
          session.out().println("label \"" + key + "\" not found.");
        }
      }
      String message;
      if (labels.equals(current.metadata().labels())) {
        message = "not labeled";
      } else {
        message =
            !request.overwrite() && labels.size() < current.metadata().labels().size()
                ? "unlabeled"
                : "labeled";
        try {
          session
              .cluster()
              .api()
              .update(current.withMetadata(current.metadata().withLabels(labels)));
        } catch (ApiException e) {
          throw new CommandException(e.kubectlMessage());
        } finally {
          session.cluster().reconcile();
        }
      }
      session.out().println(ResourceType.qualifiedName(kind, name) + " " + message);
    }
  }
}
