package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.deployment.DeploymentRules;
import dev.dslab.engine.rollout.DeploymentRollouts;
import dev.dslab.engine.why.Explainer;
import dev.dslab.engine.why.Explanation;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.Describers;
import dev.dslab.print.UnstructuredDescribers;
import dev.dslab.print.WorkloadDescribers;
import dev.dslab.session.CommandException;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.yaml.ManifestWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code describe TYPE [NAME…]}: kubectl's describe pages (its own for DaemonSets, pods, nodes and
 * the common kinds kept unstructured, its generic one for the rest); without names, every object of
 * the type.
 */
@Command(name = "describe", description = "Show details of a resource.")
final class DescribeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "TYPE [NAME...]")
  List<String> args;

  @Option(
      names = {"-l", "--selector"},
      description = "label selector: describe the objects it selects")
  String selector;

  private final Session session;

  DescribeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    dev.dslab.session.Target target =
        dev.dslab.session.Target.parse(args, session.cluster().api().kinds());
    Kind kind = target.kind();
    Cluster cluster = session.cluster();
    String namespace = kind.namespaced() ? common.defaultNamespace() : null;
    if (selector != null && !target.names().isEmpty()) {
      throw new CommandException("error: name cannot be provided when a selector is specified");
    }
    dev.dslab.model.meta.Selector labels = dev.dslab.session.LabelSelectors.parse(selector);
    List<String> names =
        target.names().isEmpty()
            ? cluster.<KubeObject>list(kind, namespace).stream()
                .filter(o -> labels.matches(o.metadata().labels()))
                .map(o -> o.metadata().name())
                .toList()
            : target.names();
    if (names.isEmpty() && selector != null) {
      session
          .err()
          .println(
              namespace == null
                  ? "No resources found"
                  : "No resources found in " + namespace + " namespace.");
      return 0;
    }
    List<String> pages = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      KubeObject o = cluster.store().<KubeObject>get(kind, namespace, name).orElse(null);
      if (o == null) {
        missing.add(
            "Error from server (NotFound): "
                + kind.qualifiedResource()
                + " \""
                + name
                + "\" not found");
        continue;
      }
      List<Event> events =
          cluster.<Event>list(Kind.EVENT, null).stream()
              .filter(e -> o.metadata().uid().equals(e.involvedObject().uid()))
              .toList();
      pages.add(page(cluster, o, events));
    }
    session.out().print(String.join("\n\n", pages));
    if (!missing.isEmpty()) {
      throw new CommandException(String.join("\n", missing));
    }
    return 0;
  }

  private String page(Cluster cluster, KubeObject o, List<Event> events) throws CommandException {
    if (o instanceof DaemonSet ds) {
      List<Pod> pods =
          cluster.store().podsControlledBy(ds.metadata().uid()).stream()
              .filter(p -> ds.spec().selector().matches(p.metadata().labels()))
              .toList();
      return Describers.daemonSet(ds, pods, events, cluster.now());
    }
    if (o instanceof Pod pod) {
      return Describers.pod(pod, events, cluster.now());
    }
    if (o instanceof Deployment d) {
      List<ReplicaSet> history = DeploymentRollouts.history(cluster, d);
      ReplicaSet newRS =
          history.stream()
              .filter(
                  rs -> DeploymentRules.equalIgnoreHash(rs.spec().template(), d.spec().template()))
              .findFirst()
              .orElse(null);
      List<ReplicaSet> old =
          history.stream().filter(rs -> rs != newRS && rs.replicas() != 0).toList();
      return WorkloadDescribers.deployment(d, old, newRS, events, cluster.now());
    }
    if (o instanceof ReplicaSet rs) {
      List<Pod> pods = cluster.store().podsControlledBy(rs.metadata().uid());
      return WorkloadDescribers.replicaSet(rs, pods, events, cluster.now());
    }
    if (!(o instanceof Node node)) {
      // kubectl's own describers of the kinds kept unstructured, its generic one for the rest
      return UnstructuredDescribers.describe(
          o,
          ManifestWriter.toTree(o),
          o instanceof Unstructured u && u.kind().equals("ServiceAccount")
              ? cluster.<Unstructured>list(ResourceType.require("secrets"), o.namespace())
              : List.of(),
          events,
          cluster.now());
    }
    List<Describers.DaemonSetOnNode> daemonSets = new ArrayList<>();
    for (DaemonSet ds : cluster.<DaemonSet>list(Kind.DAEMON_SET, null)) {
      try {
        Explanation e =
            Explainer.explain(
                    cluster,
                    ds.metadata().namespace(),
                    ds.metadata().name(),
                    node.metadata().name())
                .get(0);
        daemonSets.add(
            new Describers.DaemonSetOnNode(
                ds.metadata().namespace(),
                ds.metadata().name(),
                e.running(),
                e.reasons().stream()
                    .map(Explanation.Reason::message)
                    .collect(Collectors.joining("; "))));
      } catch (ApiException ex) {
        throw new CommandException(ex.kubectlMessage());
      }
    }
    return Describers.node(
        node,
        cluster.store().podsOnNode(node.metadata().name()),
        events,
        daemonSets,
        cluster.now());
  }
}
