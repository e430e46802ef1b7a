package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code delete TYPE NAME...}, {@code delete TYPE/NAME}, {@code delete -f FILE}, {@code delete pod -l
 * SELECTOR}, {@code --field-selector}, {@code --cascade=orphan}. Prints kubectl's
 * {@code daemonset.apps "x" deleted} per object.
 */
@Command(name = "delete", description = "Delete resources by file names, stdin, resources and names, or by selectors.")
final class DeleteCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "TYPE [NAME...]")
  List<String> args = new ArrayList<>();

  @Option(names = {"-f", "--filename"}, description = "file, directory or - for stdin")
  List<String> files = new ArrayList<>();

  @Option(names = {"-l", "--selector"}, description = "label selector")
  String selector;

  @Option(names = "--field-selector", description = "field selector")
  String fieldSelector;

  @Option(names = "--cascade", arity = "0..1", fallbackValue = "background",
      description = "background (default), foreground or orphan")
  String cascade = "background";

  @Option(names = "--all", description = "delete all objects of the type in the namespace")
  boolean all;

  @Option(names = "--grace-period", description = "seconds to give the pod to terminate")
  Long gracePeriod;

  @Option(names = "--now", description = "same as --grace-period=1")
  boolean now;

  @Option(names = "--force", description = "delete at once (with --grace-period=0)")
  boolean force;

  @Option(names = "--wait", arity = "0..1", fallbackValue = "true", description = "ignored: the clock does not move")
  boolean waitForDeletion = true;

  @Option(names = "--ignore-not-found", description = "treat a missing object as success")
  boolean ignoreNotFound;

  private final Session session;

  DeleteCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CliException {
    DeleteOptions options = options();
    List<String> errors = new ArrayList<>();
    if (!files.isEmpty()) {
      LoadResult loaded = Manifests.load(session, files);
      for (ManifestProblem p : loaded.problems()) {
        errors.add("error: " + p.render());
      }
      for (LoadedObject lo : loaded.objects()) {
        KubeObject o = lo.object();
        Kind kind = Kind.of(o);
        String ns = o.metadata().namespace() == null ? common.defaultNamespace() : o.metadata().namespace();
        deleteOne(kind, ns, o.metadata().name(), options, errors);
      }
    } else {
      if (args.isEmpty()) {
        throw new CliException("error: You must provide one or more resources by argument or filename.");
      }
      GetCommand.Target target = GetCommand.Target.parse(args);
      Kind kind = target.kind();
      String ns = kind.namespaced() ? common.defaultNamespace() : null;
      List<String> names = new ArrayList<>(target.names());
      if (names.isEmpty()) {
        if (selector == null && fieldSelector == null && !all) {
          throw new CliException("error: resource(s) were provided, but no name was specified");
        }
        Selector labels = GetCommand.parseSelector(selector);
        FieldSelector fields = FieldSelector.parse(fieldSelector);
        for (KubeObject o : session.cluster().<KubeObject>list(kind, common.namespaceFor(kind))) {
          if (labels.matches(o.metadata().labels()) && fields.matches(o)) {
            names.add(o.metadata().name());
          }
        }
        if (names.isEmpty()) {
          session.err().println(kind.namespaced() ? "No resources found" : "No resources found");
        }
      }
      for (String name : names) {
        deleteOne(kind, ns, name, options, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new CliException(String.join("\n", errors));
    }
    return 0;
  }

  private void deleteOne(Kind kind, String ns, String name, DeleteOptions options, List<String> errors) {
    Cluster cluster = session.cluster();
    try {
      cluster.api().delete(kind, ns, name, options);
      String qualified = ResourceType.qualifiedName(kind, name);
      session.out().println(qualified.substring(0, qualified.indexOf('/')) + " \"" + name + "\" deleted");
    } catch (ApiException e) {
      if (!(ignoreNotFound && e.reason() == ApiException.Reason.NotFound)) {
        errors.add(e.kubectlMessage());
      }
    } finally {
      cluster.reconcile();
    }
  }

  private DeleteOptions options() throws CliException {
    DeleteOptions.Propagation propagation = switch (cascade) {
      case "background", "true" -> DeleteOptions.Propagation.Background;
      case "foreground" -> DeleteOptions.Propagation.Foreground;
      case "orphan", "false" -> DeleteOptions.Propagation.Orphan;
      default -> throw new CliException("error: invalid cascade value (" + cascade
          + "). Must be \"background\", \"foreground\", or \"orphan\"");
    };
    Long grace = gracePeriod;
    if (now) {
      grace = 1L;
    }
    if (force && (grace == null || grace == 0)) {
      grace = 0L;
    }
    return new DeleteOptions(propagation, grace);
  }
}
