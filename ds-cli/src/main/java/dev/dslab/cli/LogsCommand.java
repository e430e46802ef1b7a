package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.kubelet.LogOptions;
import dev.dslab.engine.kubelet.PodLogs;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.session.CommandException;
import dev.dslab.session.GoDuration;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code logs POD|TYPE/NAME [CONTAINER]}: what a container wrote to its log, as kubectl's logs
 * command asks for it (staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go) and the API server and the
 * kubelet answer (the engine's {@link PodLogs}). For a DaemonSet, Deployment or ReplicaSet,
 * kubectl's pod choice (polymorphichelpers logsForObject, {@link PodsByLogging}).
 *
 * <p>{@code -f}: dsctl's virtual clock moves only with the commands that say so ({@code sim
 * advance}), so following prints the log as it stands and returns; {@code dsctl serve} streams it
 * as the clock runs.
 */
@Command(name = "logs", description = "Print the logs for a container in a pod.")
final class LogsCommand implements Callable<Integer> {
  /** kubectl's annotation naming the container its commands default to. */
  static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  @Mixin CommonOptions common;

  /** logs.go's default tail when pods are chosen by a selector. */
  static final long SELECTOR_TAIL = 10;

  @Parameters(arity = "0..2", paramLabel = "POD|TYPE/NAME [CONTAINER]")
  List<String> args = new ArrayList<>();

  @Option(
      names = {"-l", "--selector"},
      description = "the logs of every pod this label selector selects (last 10 lines of each)")
  String selector;

  @Option(
      names = "--max-log-requests",
      description = "with a selector and -f, at most this many pods (default 5)")
  int maxLogRequests = 5;

  @Option(
      names = {"-c", "--container"},
      description = "print the logs of this container")
  String container;

  @Option(
      names = {"-p", "--previous"},
      description = "the previous terminated instance of the container")
  boolean previous;

  @Option(names = "--tail", description = "lines of recent log to show (-1: all)")
  long tail = -1;

  @Option(names = "--timestamps", description = "prefix each line with its RFC3339Nano time")
  boolean timestamps;

  @Option(
      names = {"-f", "--follow"},
      description = "dsctl prints the log as it stands (the clock moves with sim advance)")
  boolean follow;

  @Option(names = "--all-containers", description = "the logs of every container of the pod")
  boolean allContainers;

  @Option(names = "--since", description = "only lines newer than this duration (5s, 2m, 3h)")
  String since;

  @Option(names = "--limit-bytes", description = "at most this many bytes of each log")
  long limitBytes;

  @Option(names = "--prefix", description = "prefix each line with [pod/NAME/CONTAINER]")
  boolean prefix;

  private final Session session;

  LogsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    Long sinceSeconds = validate();
    Cluster cluster = session.cluster();
    String namespace = common.defaultNamespace();
    List<Pod> pods =
        selector != null
            ? selected(cluster, namespace)
            : List.of(pod(cluster, namespace, args.get(0)));
    long lines = tail == -1 && selector != null ? SELECTOR_TAIL : tail;
    LogOptions base =
        new LogOptions(
            null,
            previous,
            lines < 0 ? null : lines,
            timestamps,
            sinceSeconds,
            limitBytes > 0 ? limitBytes : null,
            false);
    for (Pod pod : pods) {
      print(cluster, pod, base);
    }
    session.out().flush();
    return 0;
  }

  /** One pod's logs: the container named or defaulted, or with --all-containers each. */
  private void print(Cluster cluster, Pod pod, LogOptions base) throws CommandException {
    String named = container != null ? container : args.size() > 1 ? args.get(1) : null;
    List<String> containers = allContainers ? allNames(pod) : List.of(container(pod, named));
    for (String name : containers) {
      String text;
      try {
        text =
            new String(
                PodLogs.read(cluster.logs(), pod, base.withContainer(name), cluster.now()),
                StandardCharsets.UTF_8);
      } catch (ApiException e) {
        throw new CommandException(e.kubectlMessage());
      }
      String before = "[pod/" + pod.metadata().name() + "/" + name + "] ";
      session.out().print(prefix ? text.replaceAll("(?m)^(?=.)", before) : text);
    }
  }

  /** The pods a selector chooses, by name; none is said on stderr, as kubectl's builder says it. */
  private List<Pod> selected(Cluster cluster, String namespace) throws CommandException {
    dev.dslab.model.meta.Selector labels = dev.dslab.session.LabelSelectors.parse(selector);
    List<Pod> pods =
        cluster.<Pod>list(Kind.POD, namespace).stream()
            .filter(p -> labels.matches(p.metadata().labels()))
            .toList();
    if (pods.isEmpty()) {
      session.err().println("No resources found in " + namespace + " namespace.");
    }
    if (follow && pods.size() > maxLogRequests) {
      throw new CommandException(
          "error: you are attempting to follow "
              + pods.size()
              + " log streams, but maximum allowed concurrency is "
              + maxLogRequests
              + ", use --max-log-requests to increase the limit");
    }
    return pods;
  }

  /** logs.go Validate: kubectl's own refusals, before anything is asked of the server. */
  private Long validate() throws CommandException {
    if (args.isEmpty() && selector == null) {
      throw new CommandException(
          "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
              + "POD or TYPE/NAME is a required argument for the logs command\n"
              + "See 'dsctl logs -h' for help and examples");
    }
    if (!args.isEmpty() && selector != null) {
      throw new CommandException(
          "error: only a selector (-l) or a POD name is allowed\n"
              + "See 'dsctl logs -h' for help and examples");
    }
    if (limitBytes < 0) {
      throw new CommandException("error: --limit-bytes must be greater than 0");
    }
    if (tail < -1) {
      throw new CommandException("error: --tail must be greater than or equal to -1");
    }
    if (allContainers && (container != null || args.size() > 1)) {
      throw new CommandException(
          "error: --all-containers=true should not be specified with container name "
              + (container != null ? container : args.get(1)));
    }
    if (since == null) {
      return null;
    }
    // Go's durations may be negative; kubectl refuses them here
    Duration d = since.startsWith("-") ? Duration.ZERO : GoDuration.parse(since);
    if (d.isZero()) {
      throw new CommandException("error: --since must be greater than 0");
    }
    // logs.go: the duration in whole seconds, rounded up
    return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
  }

  /** The pod named, or kubectl's choice among a workload's pods. */
  private Pod pod(Cluster cluster, String namespace, String arg) throws CommandException {
    int slash = arg.indexOf('/');
    Kind kind =
        slash < 0 ? Kind.POD : ResourceType.require(arg.substring(0, slash), cluster.api().kinds());
    String name = slash < 0 ? arg : arg.substring(slash + 1);
    KubeObject object =
        cluster
            .store()
            .<KubeObject>get(kind, kind.namespaced() ? namespace : null, name)
            .orElseThrow(() -> notFound(kind, name, namespace));
    if (object instanceof Pod p) {
      return p;
    }
    LabelSelector selector = selector(object, kind);
    List<Pod> pods =
        cluster.<Pod>list(Kind.POD, namespace).stream()
            .filter(p -> selector.matches(p.metadata().labels()))
            .toList();
    if (pods.isEmpty()) {
      // GetFirstPod waits --pod-running-timeout for a pod; dsctl's clock does not move by itself
      throw new CommandException("error: timed out waiting for the condition");
    }
    Pod chosen = PodsByLogging.first(pods);
    if (pods.size() > 1) {
      session
          .err()
          .println("Found " + pods.size() + " pods, using pod/" + chosen.metadata().name());
    }
    return chosen;
  }

  /**
   * The resource builder's lookup of the named object fails with the server's NotFound, which
   * kubectl words as {@code error: error from server (NotFound): ... in namespace "NS"}.
   */
  private static CommandException notFound(Kind kind, String name, String namespace) {
    return new CommandException(
        "error: error from server (NotFound): "
            + ApiException.notFound(kind, name).getMessage()
            + (kind.namespaced() ? " in namespace \"" + namespace + "\"" : ""));
  }

  /** polymorphichelpers SelectorsForObject: the workloads whose pods kubectl can pick from. */
  private static LabelSelector selector(KubeObject object, Kind kind) throws CommandException {
    if (object instanceof DaemonSet ds) {
      return ds.spec().selector();
    }
    if (object instanceof Deployment d) {
      return d.spec().selector();
    }
    if (object instanceof ReplicaSet rs) {
      return rs.spec().selector();
    }
    String type = "*" + kind.apiResource().version() + "." + kind.kindName();
    throw new CommandException(
        "error: cannot get the logs from " + type + ": selector for " + type + " not implemented");
  }

  /**
   * logs.go logsForObjectWithClient: the container named, the pod's default-container annotation,
   * or the pod's first container, said on stderr when it has others (as kubectl exec does); a name
   * the pod does not have is kubectl's own error.
   */
  private String container(Pod pod, String named) throws CommandException {
    String chosen = named;
    if (chosen == null) {
      String annotated = pod.metadata().annotations().get(DEFAULT_CONTAINER);
      if (annotated != null && allNames(pod).contains(annotated)) {
        chosen = annotated;
      }
    }
    if (chosen == null && !pod.spec().containers().isEmpty()) {
      chosen = pod.spec().containers().get(0).name();
      if (pod.spec().containers().size() > 1 || !pod.spec().initContainers().isEmpty()) {
        session
            .err()
            .println("Defaulted container \"" + chosen + "\" out of: " + allContainerNames(pod));
      }
    }
    try {
      return PodLogs.container(pod, chosen);
    } catch (ApiException e) {
      // kubectl finds it itself: its own error, not the server's
      throw new CommandException("error: " + e.getMessage());
    }
  }

  /** podcmd.AllContainerNames: init containers marked (init), then the containers. */
  private static String allContainerNames(Pod pod) {
    List<String> names = new ArrayList<>();
    pod.spec().initContainers().forEach(c -> names.add(c.name() + " (init)"));
    pod.spec().containers().forEach(c -> names.add(c.name()));
    return String.join(", ", names);
  }

  /** Init containers, then containers: the order kubectl's --all-containers reads them. */
  private static List<String> allNames(Pod pod) {
    List<String> names = new ArrayList<>();
    pod.spec().initContainers().stream().map(Container::name).forEach(names::add);
    pod.spec().containers().stream().map(Container::name).forEach(names::add);
    return names;
  }
}
