package dev.dslab.cli;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code label TYPE NAME K=V... K-... [--overwrite]}, with kubectl's messages. */
@Command(name = "label", description = "Update the labels on a resource.")
final class LabelCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "2..*", paramLabel = "TYPE NAME KEY=VAL... KEY-...")
  List<String> args;

  @Option(names = "--overwrite", description = "allow existing labels to be overwritten")
  boolean overwrite;

  private final Session session;

  LabelCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CliException {
    ObjectArgs target = ObjectArgs.parse(args, a -> a.contains("=") || a.endsWith("-"), "label");
    Map<String, String> add = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    for (String change : target.changes()) {
      if (change.endsWith("-") && !change.contains("=")) {
        remove.add(change.substring(0, change.length() - 1));
        continue;
      }
      int eq = change.indexOf('=');
      String key = change.substring(0, eq);
      String value = change.substring(eq + 1);
      if (!LabelValues.isValidKey(key) || !LabelValues.isValidValue(value)) {
        throw new CliException("error: invalid label spec: " + change);
      }
      add.put(key, value);
    }
    if (add.isEmpty() && remove.isEmpty()) {
      throw new CliException("error: at least one label update is required");
    }
    Kind kind = target.kind();
    String ns = kind.namespaced() ? common.defaultNamespace() : null;
    for (String name : target.names()) {
      KubeObject current = session.cluster().store().<KubeObject>get(kind, ns, name)
          .orElseThrow(() -> new CliException("Error from server (NotFound): " + kind.qualifiedResource() + " \""
              + name + "\" not found"));
      TreeMap<String, String> labels = new TreeMap<>(current.metadata().labels());
      for (Map.Entry<String, String> e : add.entrySet()) {
        String old = labels.get(e.getKey());
        if (old != null && !overwrite && !old.equals(e.getValue())) {
          throw new CliException("error: '" + e.getKey() + "' already has a value (" + old
              + "), and --overwrite is false");
        }
        labels.put(e.getKey(), e.getValue());
      }
      for (String key : remove) {
        if (labels.remove(key) == null) {
          session.out().println("label \"" + key + "\" not found.");
        }
      }
      String message;
      if (labels.equals(current.metadata().labels())) {
        message = "not labeled";
      } else {
        message = !overwrite && labels.size() < current.metadata().labels().size() ? "unlabeled" : "labeled";
        try {
          session.cluster().api().update(current.withMetadata(current.metadata().withLabels(labels)));
        } catch (ApiException e) {
          throw new CliException(e.kubectlMessage());
        } finally {
          session.cluster().reconcile();
        }
      }
      session.out().println(ResourceType.qualifiedName(kind, name) + " " + message);
    }
    return 0;
  }
}
