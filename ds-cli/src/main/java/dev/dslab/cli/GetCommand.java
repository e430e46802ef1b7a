package dev.dslab.cli;

import dev.dslab.engine.api.FieldSelector;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.print.Printers;
import dev.dslab.print.TableOptions;
import dev.dslab.session.CommandException;
import dev.dslab.session.FieldSelectors;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.yaml.ManifestWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code get TYPE [NAME...]}, {@code get TYPE/NAME}: kubectl's tables, wide, labels, json, yaml,
 * name.
 */
@Command(name = "get", description = "Display one or many resources.")
final class GetCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(
      arity = "1..*",
      paramLabel = "TYPE [NAME...]",
      description = "resource type and names")
  List<String> args;

  @Option(
      names = {"-o", "--output"},
      description = "wide, json, yaml or name")
  String output;

  @Option(
      names = {"-l", "--selector"},
      description = "label selector, e.g. app=x,tier!=db")
  String selector;

  @Option(
      names = "--field-selector",
      description = "field selector: spec.nodeName, metadata.name, status.phase")
  String fieldSelector;

  @Option(names = "--show-labels", description = "show all labels as the last column")
  boolean showLabels;

  @Option(names = "--no-headers", description = "omit the header line")
  boolean noHeaders;

  @Option(
      names = {"-L", "--label-columns"},
      split = ",",
      description = "a column for each of these label keys")
  List<String> labelColumns = new ArrayList<>();

  private final Session session;

  GetCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    if (args.size() == 1 && args.get(0).contains(",") && !args.get(0).contains("/")) {
      List<Kind> kinds = new ArrayList<>();
      for (String typed : args.get(0).split(",")) {
        kinds.addAll(expand(typed, session.cluster().api().kinds()));
      }
      return several(kinds);
    }
    KindRegistry registry = session.cluster().api().kinds();
    if (args.size() == 1 && !ResourceType.category(args.get(0), registry).isEmpty()) {
      // a category ("all", "api-extensions"): its kinds in discovery order, as kubectl expands it
      return several(ResourceType.category(args.get(0), registry));
    }
    dev.dslab.session.Target target =
        dev.dslab.session.Target.parse(args, session.cluster().api().kinds());
    OutputFormat format = OutputFormat.parse(output);
    Kind kind = target.kind();
    String namespace = common.namespaceFor(kind);
    List<KubeObject> objects = new ArrayList<>();
    if (target.names().isEmpty()) {
      Selector labels = dev.dslab.session.LabelSelectors.parse(selector);
      FieldSelector fields = FieldSelectors.parse(fieldSelector, kind, selector);
      for (KubeObject o : session.cluster().<KubeObject>list(kind, namespace)) {
        if (labels.matches(o.metadata().labels()) && fields.test(o)) {
          objects.add(o);
        }
      }
    } else {
      List<String> missing = new ArrayList<>();
      for (String name : target.names()) {
        Optional<KubeObject> o =
            session.cluster().store().get(kind, namespace == null ? "default" : namespace, name);
        if (o.isPresent()) {
          objects.add(o.get());
        } else {
          missing.add(name);
        }
      }
      if (!objects.isEmpty()) {
        // kubectl prints no empty List for names it did not find, only their errors
        print(objects, format, kind, target.names().size() == 1);
      }
      if (!missing.isEmpty()) {
        throw new CommandException(
            String.join(
                "\n",
                missing.stream()
                    .map(
                        n ->
                            "Error from server (NotFound): "
                                + kind.qualifiedResource()
                                + " \""
                                + n
                                + "\" not found")
                    .toList()));
      }
      return 0;
    }
    if (objects.isEmpty() && format.isTable()) {
      session.err().println(noResources(kind, namespace));
      return 0;
    }
    print(objects, format, kind, false);
    return 0;
  }

  /**
   * {@code get ds,pods}: one table per type, names with their kind, separated by a blank line, as
   * kubectl prints several types; nothing at all found prints kubectl's single "No resources
   * found".
   */
  private int several(List<Kind> kinds) throws CommandException {
    OutputFormat format = OutputFormat.parse(output);
    Selector labels = dev.dslab.session.LabelSelectors.parse(selector);
    List<String> blocks = new ArrayList<>();
    List<KubeObject> all = new ArrayList<>();
    String namespace = null;
    for (Kind kind : kinds) {
      FieldSelector fields = FieldSelectors.parse(fieldSelector, kind, selector);
      namespace = namespace == null ? common.namespaceFor(kind) : namespace;
      List<KubeObject> objects =
          session.cluster().<KubeObject>list(kind, common.namespaceFor(kind)).stream()
              .filter(o -> labels.matches(o.metadata().labels()) && fields.test(o))
              .toList();
      all.addAll(objects);
      if (!objects.isEmpty() && format.isTable()) {
        blocks.add(
            table(
                objects,
                kind,
                new TableOptions(
                    format == OutputFormat.WIDE,
                    showLabels,
                    common.allNamespaces() && kind.namespaced(),
                    noHeaders,
                    true,
                    labelColumns)));
      }
    }
    if (all.isEmpty() && !format.isTable() && format != OutputFormat.NAME) {
      session
          .out()
          .print(format == OutputFormat.JSON ? ManifestWriter.json(all) : ManifestWriter.yaml(all));
      return 0;
    }
    if (all.isEmpty()) {
      session
          .err()
          .println(
              common.allNamespaces() || namespace == null
                  ? "No resources found"
                  : "No resources found in " + namespace + " namespace.");
      return 0;
    }
    session
        .out()
        .print(
            switch (format) {
              case TABLE, WIDE -> String.join("\n", blocks);
              case NAME -> Printers.names(all);
              case JSON -> ManifestWriter.json(all);
              case YAML -> ManifestWriter.yaml(all);
            });
    return 0;
  }

  /** A word of {@code get a,b}: a category's kinds, or the one kind it names. */
  private static List<Kind> expand(String typed, KindRegistry registry) throws CommandException {
    List<Kind> category = ResourceType.category(typed, registry);
    return category.isEmpty() ? List.of(ResourceType.require(typed, registry)) : category;
  }

  private void print(List<KubeObject> objects, OutputFormat format, Kind kind, boolean single) {
    if (objects.isEmpty() && (format == OutputFormat.JSON || format == OutputFormat.YAML)) {
      // kubectl's printGeneric coerces an empty listing into an empty List
      session
          .out()
          .print(
              format == OutputFormat.JSON
                  ? ManifestWriter.json(objects)
                  : ManifestWriter.yaml(objects));
      return;
    }
    if (objects.isEmpty()) {
      return;
    }
    String text =
        switch (format) {
          case TABLE, WIDE ->
              table(
                  objects,
                  kind,
                  new TableOptions(
                      format == OutputFormat.WIDE,
                      showLabels,
                      common.allNamespaces() && kind.namespaced(),
                      noHeaders,
                      false,
                      labelColumns));
          case NAME -> Printers.names(objects);
          case JSON -> single ? ManifestWriter.json(objects.get(0)) : ManifestWriter.json(objects);
          case YAML -> single ? ManifestWriter.yaml(objects.get(0)) : ManifestWriter.yaml(objects);
        };
    session.out().print(text);
  }

  /**
   * The table of objects of one kind: a custom resource's with its CRD version's printer columns.
   */
  private String table(List<KubeObject> objects, Kind kind, TableOptions options) {
    java.util.Optional<dev.dslab.engine.api.KindRegistry.CustomKind> custom =
        session.cluster().api().kinds().custom(kind);
    if (custom.isPresent() && !objects.isEmpty()) {
      return Printers.table(
          objects,
          session.cluster().now(),
          options,
          custom.get().columnsOf(objects.get(0).apiVersion()),
          kind.namespaced());
    }
    return Printers.table(objects, session.cluster().now(), options);
  }

  private static String noResources(Kind kind, String namespace) {
    if (!kind.namespaced() || namespace == null) {
      return "No resources found";
    }
    return "No resources found in " + namespace + " namespace.";
  }
}
