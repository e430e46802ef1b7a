package dev.dslab.cli;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.why.Explainer;
import dev.dslab.engine.why.Explanation;
import dev.dslab.print.TabWriter;
import dev.dslab.session.CommandException;
import dev.dslab.session.ResourceType;
import dev.dslab.session.Session;
import dev.dslab.yaml.ManifestWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code why ds/NAME [NODE]}: per node, whether the DaemonSet's pod should run, can run and does
 * run there, and every reason when not. A table for people, {@code -o json} for programs.
 */
@Command(
    name = "why",
    description = "Explain on which nodes a DaemonSet's pod runs, and why not elsewhere.")
final class WhyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "ds/NAME")
  String target;

  @Parameters(index = "1", arity = "0..1", paramLabel = "NODE")
  String node;

  @Option(
      names = {"-o", "--output"},
      description = "json for programs")
  String output;

  private final Session session;

  WhyCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws CommandException {
    int slash = target.indexOf('/');
    if (slash < 0 || ResourceType.require(target.substring(0, slash)) != Kind.DAEMON_SET) {
      throw new CommandException("error: why takes a DaemonSet as ds/NAME, e.g. why ds/fluentd");
    }
    if (output != null && !output.equals("json")) {
      throw new CommandException(
          "error: unable to match a printer suitable for the output format \""
              + output
              + "\", allowed formats are: json");
    }
    String name = target.substring(slash + 1);
    List<Explanation> explanations;
    try {
      explanations = Explainer.explain(session.cluster(), common.defaultNamespace(), name, node);
    } catch (ApiException e) {
      throw new CommandException(e.kubectlMessage());
    }
    session
        .out()
        .print(
            output == null
                ? table(explanations)
                : json(common.defaultNamespace(), name, explanations));
    return 0;
  }

  static String table(List<Explanation> explanations) {
    StringBuilder text = new StringBuilder("NODE\tSHOULD RUN\tCAN RUN\tRUNS\tPOD\tREASONS\n");
    for (Explanation e : explanations) {
      text.append(e.node())
          .append('\t')
          .append(e.shouldRun() ? "yes" : e.shouldContinueRunning() ? "no (may stay)" : "no")
          .append('\t')
          .append(e.canRun() ? "yes" : "no")
          .append('\t')
          .append(e.running() ? "yes" : "no")
          .append('\t')
          .append(e.pod() == null ? "<none>" : e.pod() + " (" + e.podStatus() + ")")
          .append('\t')
          .append(
              e.reasons().isEmpty()
                  ? "-"
                  : e.reasons().stream()
                      .map(Explanation.Reason::message)
                      .collect(Collectors.joining("; ")))
          .append('\n');
    }
    return TabWriter.KUBECTL.format(text.toString());
  }

  static String json(String namespace, String name, List<Explanation> explanations) {
    List<Object> nodes = new ArrayList<>();
    for (Explanation e : explanations) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("node", e.node());
      n.put("shouldRun", e.shouldRun());
      n.put("shouldContinueRunning", e.shouldContinueRunning());
      n.put("canRun", e.canRun());
      n.put("running", e.running());
      n.put("pod", e.pod());
      n.put("podStatus", e.podStatus());
      List<Object> reasons = new ArrayList<>();
      for (Explanation.Reason r : e.reasons()) {
        reasons.add(Map.of("type", r.type().name(), "message", r.message()));
      }
      n.put("reasons", reasons);
      nodes.add(n);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("daemonSet", namespace + "/" + name);
    root.put("nodes", nodes);
    return ManifestWriter.jsonTree(root);
  }
}
