package dev.dslab.session.request;

import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import dev.dslab.engine.kubelet.ImageBehaviour;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.session.CommandException;
import dev.dslab.session.GoDuration;
import dev.dslab.session.ObjectArgs;
import dev.dslab.session.Target;
import dev.dslab.session.request.Request.TaintChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dsctl's words back into {@link Request}s: how the state file's lines are replayed without the
 * command line (the desktop and the API server have no dsctl). Flags stand anywhere, as {@code
 * --name value}, {@code --name=value}, {@code -n value} or {@code -nvalue}. The meaning of the
 * arguments (which word is a label change, what a taint spec says, how --cascade reads) is in the
 * public functions below, which dsctl's commands call too: both front ends read a command the same
 * way.
 */
public final class RequestParser {
  private RequestParser() {}

  /**
   * The words of a command that changes the cluster or its clock; empty for one that only reads.
   */
  public static Optional<Request> parse(List<String> words) throws CommandException {
    return parse(words, null);
  }

  /**
   * {@link #parse(List)} in a cluster whose {@code kinds} (its CRDs' resources too) name the types
   * a command may delete; null for the built-in ones only.
   */
  public static Optional<Request> parse(List<String> words, KindRegistry kinds)
      throws CommandException {
    List<String> w =
        !words.isEmpty() && (words.get(0).equals("kubectl") || words.get(0).equals("dsctl"))
            ? words.subList(1, words.size())
            : words;
    if (w.isEmpty()) {
      return Optional.empty();
    }
    String verb = w.get(0);
    String sub = w.size() > 1 ? w.get(1) : "";
    List<String> rest = w.subList(1, w.size());
    return Optional.ofNullable(
        switch (verb) {
          case "apply", "create" -> apply(verb, rest);
          case "delete" -> delete(rest, kinds);
          case "label", "annotate" -> label(verb, rest, kinds);
          case "taint" -> taint(rest);
          case "cordon", "uncordon" -> cordon(verb, rest);
          case "drain" -> drain(rest);
          case "set" -> sub.equals("image") ? setImage(w.subList(2, w.size())) : unknown(w, 2);
          case "rollout" -> rollout(sub, w.subList(Math.min(2, w.size()), w.size()));
          case "scale" -> scale(rest);
          case "sim" -> sim(sub, w.subList(Math.min(2, w.size()), w.size()));
          default -> null;
        });
  }

  private static Request unknown(List<String> words, int at) throws CommandException {
    String path = String.join(" ", words.subList(0, Math.min(at - 1, words.size())));
    throw new CommandException(
        "error: unknown command \""
            + (words.size() >= at ? words.get(at - 1) : "")
            + "\" for \"dsctl "
            + path
            + "\"");
  }

  // ------------------------------------------------------------------ verbs

  private static Request apply(String verb, List<String> args) throws CommandException {
    Flags f =
        Flags.scan("dsctl " + verb, args, Flags.NAMESPACE, Flags.repeated("-f", "--filename"));
    if (f.values("-f").isEmpty()) {
      throw new CommandException("error: Missing required option: '--filename=<files>'");
    }
    f.noPositionals();
    return new Request.Apply(f.values("-f"), f.value("-n"), verb.equals("create"));
  }

  private static Request delete(List<String> args, KindRegistry kinds) throws CommandException {
    Flags f =
        Flags.scan(
            "dsctl delete",
            args,
            Flags.NAMESPACE,
            Flags.repeated("-f", "--filename"),
            Flags.valued("-l", "--selector"),
            Flags.valued("--field-selector"),
            Flags.optional(
                List.of("background", "foreground", "orphan", "true", "false"),
                "background",
                "--cascade"),
            Flags.flag("--all"),
            Flags.valued("--grace-period"),
            Flags.flag("--now"),
            Flags.flag("--force"),
            Flags.optional(List.of("true", "false"), "true", "--wait"),
            Flags.flag("--ignore-not-found"));
    Long grace =
        f.value("--grace-period") == null
            ? null
            : longValue(f.value("--grace-period"), "--grace-period");
    return delete(
        kinds,
        f.positionals(),
        f.values("-f"),
        f.value("-n"),
        f.isSet("-A"),
        f.value("-l"),
        f.value("--field-selector"),
        Optional.ofNullable(f.value("--cascade")).orElse("background"),
        f.isSet("--all"),
        grace,
        f.isSet("--now"),
        f.isSet("--force"),
        f.isSet("--ignore-not-found"));
  }

  private static Request label(String verb, List<String> args, KindRegistry kinds)
      throws CommandException {
    Flags f =
        Flags.scan(
            "dsctl " + verb,
            args,
            Flags.NAMESPACE,
            Flags.flag("--overwrite"),
            Flags.valued("-l", "--selector"),
            Flags.flag("--all"),
            Flags.valued("--resource-version"),
            Flags.valued("--dry-run"));
    return label(
        verb.equals("annotate"),
        f.positionals(2),
        f.value("-n"),
        f.isSet("-A"),
        f.isSet("--overwrite"),
        f.value("-l"),
        f.isSet("--all"),
        f.value("--resource-version"),
        f.value("--dry-run"),
        kinds);
  }

  private static Request taint(List<String> args) throws CommandException {
    Flags f = Flags.scan("dsctl taint", args, Flags.flag("--overwrite"));
    return taint(f.positionals(2), f.isSet("--overwrite"));
  }

  private static Request cordon(String verb, List<String> args) throws CommandException {
    Flags f = Flags.scan("dsctl " + verb, args);
    return new Request.Cordon(nodeNames(f.positionals(1)), verb.equals("cordon"));
  }

  private static Request drain(List<String> args) throws CommandException {
    Flags f =
        Flags.scan(
            "dsctl drain",
            args,
            Flags.flag("--ignore-daemonsets"),
            Flags.flag("--delete-emptydir-data"),
            Flags.flag("--force"));
    List<String> node = f.positionals(1);
    if (node.size() > 1) {
      throw new CommandException(
          "error: unexpected argument \"" + node.get(1) + "\" for \"dsctl drain\"");
    }
    return new Request.Drain(nodeNames(node).get(0), f.isSet("--ignore-daemonsets"));
  }

  private static Request setImage(List<String> args) throws CommandException {
    Flags f = Flags.scan("dsctl set image", args, Flags.NAMESPACE);
    return setImage(f.positionals(2), f.value("-n"));
  }

  private static Request rollout(String sub, List<String> args) throws CommandException {
    return switch (sub) {
      case "undo" -> {
        Flags f =
            Flags.scan("dsctl rollout undo", args, Flags.NAMESPACE, Flags.valued("--to-revision"));
        long to =
            f.value("--to-revision") == null
                ? 0
                : longValue(f.value("--to-revision"), "--to-revision");
        List<String> target = f.positionals(1);
        Optional<String> deployment = deploymentName(target);
        yield deployment.isPresent()
            ? new Request.DeploymentRolloutUndo(f.value("-n"), deployment.get(), to)
            : new Request.RolloutUndo(f.value("-n"), daemonSetName(target), to);
      }
      case "restart" -> {
        Flags f = Flags.scan("dsctl rollout restart", args, Flags.NAMESPACE);
        List<String> target = f.positionals(1);
        Optional<String> deployment = deploymentName(target);
        yield deployment.isPresent()
            ? new Request.DeploymentRolloutRestart(f.value("-n"), deployment.get())
            : new Request.RolloutRestart(f.value("-n"), daemonSetName(target));
      }
      case "status" -> {
        Flags f =
            Flags.scan(
                "dsctl rollout status",
                args,
                Flags.NAMESPACE,
                Flags.optional(List.of("true", "false"), "true", "-w", "--watch"),
                Flags.valued("--timeout"));
        List<String> target = f.positionals(1);
        boolean watch = !"false".equals(f.value("-w"));
        Duration timeout = GoDuration.parse(Optional.ofNullable(f.value("--timeout")).orElse("0s"));
        Optional<String> deployment = deploymentName(target);
        yield deployment.isPresent()
            ? new Request.DeploymentRolloutStatus(f.value("-n"), deployment.get(), watch, timeout)
            : new Request.RolloutStatus(f.value("-n"), daemonSetName(target), watch, timeout);
      }
      default -> null; // history: reads only
    };
  }

  private static Request sim(String sub, List<String> args) throws CommandException {
    return switch (sub) {
      case "advance" -> {
        // a negative duration is an argument here, not a flag: the command refuses it with its own
        // words
        if (args.size() != 1) {
          throw new CommandException("error: sim advance takes one DURATION");
        }
        yield new Request.Advance(GoDuration.parse(args.get(0)));
      }
      case "settle" -> {
        Flags f = Flags.scan("dsctl sim settle", args, Flags.valued("--max"));
        f.noPositionals();
        yield new Request.Settle(
            GoDuration.parse(Optional.ofNullable(f.value("--max")).orElse("1h")));
      }
      case "preset" -> {
        Flags f = Flags.scan("dsctl sim preset", args);
        yield new Request.UsePreset(f.positionals(1).get(0));
      }
      case "image" -> {
        Flags f =
            Flags.scan(
                "dsctl sim image",
                args,
                Flags.valued("--start"),
                Flags.valued("--stop"),
                Flags.flag("--never-ready"),
                Flags.valued("--fail-after"),
                Flags.flag("--pull-error"),
                Flags.repeated("--log"));
        yield imageBehaviour(
            f.positionals(1).get(0),
            Optional.ofNullable(f.value("--start")).orElse("2s"),
            Optional.ofNullable(f.value("--stop")).orElse("1s"),
            f.isSet("--never-ready"),
            f.value("--fail-after"),
            f.isSet("--pull-error"),
            f.values("--log"));
      }
      case "nodes" -> nodes(args);
      case "node" -> {
        String action = args.isEmpty() ? "" : args.get(0);
        if (!action.equals("down") && !action.equals("up")) {
          throw new CommandException(
              "error: unknown command \"" + action + "\" for \"dsctl sim node\"");
        }
        Flags f = Flags.scan("dsctl sim node " + action, args.subList(1, args.size()));
        yield new Request.Kubelets(f.positionals(1), action.equals("up"));
      }
      default -> null; // now, log: read only
    };
  }

  private static Request nodes(List<String> args) throws CommandException {
    String action = args.isEmpty() ? "" : args.get(0);
    List<String> rest = args.subList(Math.min(1, args.size()), args.size());
    if (action.equals("add")) {
      Flags f =
          Flags.scan(
              "dsctl sim nodes add",
              rest,
              Flags.repeated("--label"),
              Flags.repeated("--taint"),
              Flags.valued("--role"));
      return addNodes(
          f.positionals(1), f.values("--label"), f.values("--taint"), f.value("--role"));
    }
    if (action.equals("generate")) {
      Flags f =
          Flags.scan(
              "dsctl sim nodes generate", rest, Flags.valued("--prefix"), Flags.valued("--zones"));
      List<String> count = f.positionals(1);
      return generateNodes(
          intValue(count.get(0), "COUNT"),
          Optional.ofNullable(f.value("--prefix")).orElse("node-"),
          f.value("--zones") == null ? 3 : intValue(f.value("--zones"), "--zones"));
    }
    throw new CommandException("error: unknown command \"" + action + "\" for \"dsctl sim nodes\"");
  }

  // ------------------------------------------------------------------ what the arguments mean
  // (dsctl's commands too)

  /**
   * {@code delete}'s arguments and flags, with kubectl's checks of them, in a cluster whose {@code
   * kinds} resolve the type (its custom resources too; null: the built-in types only).
   */
  public static Request.Delete delete(
      KindRegistry kinds,
      List<String> objects,
      List<String> files,
      String namespace,
      boolean allNamespaces,
      String selector,
      String fieldSelector,
      String cascade,
      boolean all,
      Long gracePeriod,
      boolean now,
      boolean force,
      boolean ignoreNotFound)
      throws CommandException {
    DeleteOptions.Propagation propagation =
        switch (cascade) {
          case "background", "true" -> DeleteOptions.Propagation.Background;
          case "foreground" -> DeleteOptions.Propagation.Foreground;
          case "orphan", "false" -> DeleteOptions.Propagation.Orphan;
          default ->
              throw new CommandException(
                  "error: invalid cascade value ("
                      + cascade
                      + "). Must be \"background\", \"foreground\", or \"orphan\"");
        };
    Long grace = gracePeriod;
    if (now) {
      grace = 1L;
    }
    if (force && (grace == null || grace == 0)) {
      grace = 0L;
    }
    DeleteOptions options = new DeleteOptions(propagation, grace);
    if (!files.isEmpty()) {
      return new Request.Delete(
          null,
          List.of(),
          files,
          namespace,
          allNamespaces,
          selector,
          fieldSelector,
          all,
          options,
          ignoreNotFound);
    }
    if (objects.isEmpty()) {
      throw new CommandException(
          "error: You must provide one or more resources by argument or filename.");
    }
    Target target = Target.parse(objects, kinds);
    if (target.names().isEmpty() && selector == null && fieldSelector == null && !all) {
      throw new CommandException("error: resource(s) were provided, but no name was specified");
    }
    return new Request.Delete(
        target.kind(),
        target.names(),
        List.of(),
        namespace,
        allNamespaces,
        selector,
        fieldSelector,
        all,
        options,
        ignoreNotFound);
  }

  /** {@code label TYPE NAME... K=V... K-...}: the objects first, then the changes. */
  public static Request.Label label(List<String> args, String namespace, boolean overwrite)
      throws CommandException {
    return label(false, args, namespace, false, overwrite, null, false, null, null, null);
  }

  /**
   * {@code label} or {@code annotate}: {@code TYPE NAME... CHANGE...}, or {@code TYPE CHANGE...}
   * with {@code -l SELECTOR} or {@code --all}; kubectl's checks and messages (label.go,
   * annotate.go: Validate, parseLabels, cmdutil.ParsePairs; GetDryRunStrategy).
   */
  public static Request.Label label(
      boolean annotations,
      List<String> args,
      String namespace,
      boolean allNamespaces,
      boolean overwrite,
      String selector,
      boolean all,
      String resourceVersion,
      String dryRun)
      throws CommandException {
    return label(
        annotations,
        args,
        namespace,
        allNamespaces,
        overwrite,
        selector,
        all,
        resourceVersion,
        dryRun,
        null);
  }

  /** The same in a cluster whose {@code kinds} serve its CRDs' resources too (null: built-in). */
  public static Request.Label label(
      boolean annotations,
      List<String> args,
      String namespace,
      boolean allNamespaces,
      boolean overwrite,
      String selector,
      boolean all,
      String resourceVersion,
      String dryRun,
      KindRegistry kinds)
      throws CommandException {
    String what = annotations ? "annotation" : "label";
    if (all && selector != null) {
      throw new CommandException("error: cannot set --all and --selector at the same time");
    }
    String strategy = dryRunStrategy(dryRun);
    boolean bySelection = all || selector != null;
    // GetResourcesAndPairs: a pair has a '=' after its first character, or ends in '-'
    java.util.function.Predicate<String> isPair =
        a -> (a.contains("=") && !a.startsWith("=")) || (a.endsWith("-") && !a.equals("-"));
    ObjectArgs target =
        bySelection
            ? ObjectArgs.parseType(args, isPair, what, kinds)
            : ObjectArgs.parse(args, isPair, what, kinds);
    Map<String, String> add = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (String change : target.changes()) {
      if (annotations) {
        // cmdutil.ParsePairs
        if (change.contains("=") && !change.startsWith("=")) {
          int eq = change.indexOf('=');
          add.put(change.substring(0, eq), change.substring(eq + 1));
        } else if (change.endsWith("-") && !change.equals("-")) {
          remove.add(change.substring(0, change.length() - 1));
        } else {
          invalid.add(change);
        }
        continue;
      }
      if (change.contains("=")) {
        String[] parts = change.split("=", -1);
        if (parts.length != 2 || !LabelValues.isValidKey(parts[0])) {
          throw new CommandException("error: invalid label spec: " + change);
        }
        if (!LabelValues.isValidValue(parts[1])) {
          throw new CommandException(
              "error: invalid label value: \""
                  + change
                  + "\": a valid label must be an empty string or consist of alphanumeric"
                  + " characters, '-', '_' or '.', and must start and end with an alphanumeric"
                  + " character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for"
                  + " validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
        }
        add.put(parts[0], parts[1]);
      } else {
        remove.add(change.substring(0, change.length() - 1));
      }
    }
    if (!invalid.isEmpty()) {
      throw new CommandException("error: invalid annotation format: " + String.join(", ", invalid));
    }
    List<String> both = remove.stream().filter(add::containsKey).toList();
    if (!both.isEmpty()) {
      throw new CommandException(
          annotations
              ? "error: can not both modify and remove the following annotation(s) in the same"
                  + " command: "
                  + String.join(", ", both)
              : "error: can not both modify and remove a label in the same command");
    }
    if (add.isEmpty() && remove.isEmpty()) {
      throw new CommandException("error: at least one " + what + " update is required");
    }
    if (resourceVersion != null && (bySelection || target.names().size() != 1)) {
      throw new CommandException(
          "error: --resource-version may only be used with a single resource");
    }
    return new Request.Label(
        target.kind(),
        target.names(),
        namespace,
        add,
        remove,
        overwrite,
        selector,
        all,
        allNamespaces,
        resourceVersion,
        strategy,
        annotations);
  }

  /** cmdutil.GetDryRunStrategy: client, server or none (null here). */
  private static String dryRunStrategy(String value) throws CommandException {
    if (value == null || value.equals("none")) {
      return null;
    }
    if (value.equals("client") || value.equals("server")) {
      return value;
    }
    throw new CommandException(
        "error: Invalid dry-run value ("
            + value
            + "). Must be \"none\", \"server\", or \"client\".");
  }

  /** {@code taint node NAME... SPEC...}. */
  public static Request.TaintNodes taint(List<String> args, boolean overwrite)
      throws CommandException {
    ObjectArgs target =
        ObjectArgs.parse(args, a -> a.contains("=") || a.contains(":") || a.endsWith("-"), "taint");
    if (target.kind() != Kind.NODE) {
      throw new CommandException(
          "error: invalid resource type "
              + target.kind().resource()
              + ", only node types are supported");
    }
    List<TaintChange> changes = new ArrayList<>();
    for (String c : target.changes()) {
      changes.add(taintChange(c));
    }
    if (changes.isEmpty()) {
      throw new CommandException("error: at least one taint update is required");
    }
    return new Request.TaintNodes(target.names(), changes, overwrite);
  }

  /** One taint spec: {@code k=v:Effect}, {@code k:Effect}, {@code k:Effect-}, {@code k-}. */
  public static TaintChange taintChange(String spec) throws CommandException {
    boolean remove = spec.endsWith("-");
    String s = remove ? spec.substring(0, spec.length() - 1) : spec;
    int colon = s.lastIndexOf(':');
    TaintEffect effect = null;
    String kv = s;
    if (colon >= 0) {
      String effectText = s.substring(colon + 1);
      effect = TaintEffect.parse(effectText);
      if (effect == null) {
        throw new CommandException(
            "error: invalid taint effect: " + effectText + ", unsupported taint effect");
      }
      kv = s.substring(0, colon);
    } else if (!remove) {
      throw new CommandException("error: invalid taint spec: " + spec + ", unknown taint spec");
    }
    int eq = kv.indexOf('=');
    String key = eq < 0 ? kv : kv.substring(0, eq);
    String value = eq < 0 ? "" : kv.substring(eq + 1);
    if (!LabelValues.isValidKey(key) || !LabelValues.isValidValue(value)) {
      throw new CommandException("error: invalid taint spec: " + spec);
    }
    return new TaintChange(key, value, effect, remove);
  }

  /** {@code set image ds/NAME CONTAINER=IMAGE...}. */
  public static Request setImage(List<String> args, String namespace) throws CommandException {
    ObjectArgs target = ObjectArgs.parse(args, a -> a.contains("="), "image");
    if (target.kind() == Kind.DEPLOYMENT
        && target.names().size() == 1
        && !target.changes().isEmpty()) {
      Map<String, String> images = new LinkedHashMap<>();
      for (String change : target.changes()) {
        int eq = change.indexOf('=');
        images.put(change.substring(0, eq), change.substring(eq + 1));
      }
      return new Request.DeploymentSetImage(namespace, target.names().get(0), images);
    }
    if (target.kind() != Kind.DAEMON_SET
        || target.names().size() != 1
        || target.changes().isEmpty()) {
      throw new CommandException("error: set image takes ds/NAME CONTAINER=IMAGE…");
    }
    Map<String, String> images = new LinkedHashMap<>();
    for (String change : target.changes()) {
      int eq = change.indexOf('=');
      images.put(change.substring(0, eq), change.substring(eq + 1));
    }
    return new Request.SetImage(namespace, target.names().get(0), images);
  }

  /** The Deployment a rollout command names ({@code deployment/NAME}, …); empty for other kinds. */
  public static Optional<String> deploymentName(List<String> args) throws CommandException {
    if (args.isEmpty()) {
      return Optional.empty();
    }
    Target target = Target.parse(args);
    if (target.kind() != Kind.DEPLOYMENT) {
      return Optional.empty();
    }
    if (target.names().size() != 1) {
      throw new CommandException("error: required resource not specified");
    }
    return Optional.of(target.names().get(0));
  }

  private static Request scale(List<String> args) throws CommandException {
    Flags f = Flags.scan("dsctl scale", args, Flags.NAMESPACE, Flags.valued("--replicas"));
    return scale(f.positionals(1), f.value("--replicas"), f.value("-n"));
  }

  /** {@code scale deployment/NAME --replicas=N} (Deployments and ReplicaSets). */
  public static Request.Scale scale(List<String> args, String replicas, String namespace)
      throws CommandException {
    if (args.isEmpty()) {
      throw new CommandException("error: required resource not specified");
    }
    if (replicas == null) {
      throw new CommandException("error: required flag(s) \"replicas\" not set");
    }
    Target target = Target.parse(args);
    if (target.kind() != Kind.DEPLOYMENT && target.kind() != Kind.REPLICA_SET) {
      throw new CommandException(
          "error: dsctl scales Deployments and ReplicaSets only, not " + target.kind().resource());
    }
    if (target.names().size() != 1) {
      throw new CommandException("error: dsctl scales one object at a time");
    }
    int n;
    try {
      n = Integer.parseInt(replicas);
    } catch (NumberFormatException e) {
      throw new CommandException(
          "error: invalid argument \""
              + replicas
              + "\" for \"--replicas\" flag: strconv.ParseInt: "
              + "parsing \""
              + replicas
              + "\": invalid syntax");
    }
    if (n < 0) {
      throw new CommandException(
          "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    }
    return new Request.Scale(target.kind(), namespace, target.names().get(0), n);
  }

  /** The DaemonSet a rollout command names: {@code ds/NAME}, {@code daemonset NAME}, … */
  public static String daemonSetName(List<String> args) throws CommandException {
    Target target = Target.parse(args);
    if (target.kind() != Kind.DAEMON_SET) {
      throw new CommandException(
          "error: dsctl rolls out DaemonSets only, not " + target.kind().resource());
    }
    if (target.names().size() != 1) {
      throw new CommandException("error: required resource not specified");
    }
    return target.names().get(0);
  }

  /** {@code sim nodes add}'s names, {@code --label K=V} and {@code --taint SPEC} flags and role. */
  public static Request.AddNodes addNodes(
      List<String> names, List<String> labels, List<String> taints, String role)
      throws CommandException {
    List<Taint> parsed = new ArrayList<>();
    for (String t : taints) {
      TaintChange c = taintChange(t);
      if (c.remove() || c.effect() == null) {
        throw new CommandException("error: invalid taint spec: " + t);
      }
      parsed.add(Taint.of(c.key(), c.value(), c.effect()));
    }
    Map<String, String> labelMap = new LinkedHashMap<>();
    for (String l : labels) {
      int eq = l.indexOf('=');
      if (eq <= 0) {
        throw new CommandException("error: invalid label spec: " + l);
      }
      labelMap.put(l.substring(0, eq), l.substring(eq + 1));
    }
    return new Request.AddNodes(names, labelMap, parsed, role);
  }

  /** Ten times the largest real clusters (5,000 nodes); more would only exhaust the heap. */
  public static final int MAX_GENERATED_NODES = 50_000;

  public static Request.GenerateNodes generateNodes(int count, String prefix, int zones)
      throws CommandException {
    if (count < 0 || zones < 1) {
      throw new CommandException("error: COUNT must be 0 or more and --zones at least 1");
    }
    if (count > MAX_GENERATED_NODES) {
      throw new CommandException("error: COUNT may be at most " + MAX_GENERATED_NODES);
    }
    return new Request.GenerateNodes(count, prefix, zones);
  }

  public static Request.SetImageBehaviour imageBehaviour(
      String image,
      String start,
      String stop,
      boolean neverReady,
      String failAfter,
      boolean pullError,
      List<String> log)
      throws CommandException {
    return new Request.SetImageBehaviour(
        image,
        new ImageBehaviour(
            GoDuration.parse(start),
            GoDuration.parse(stop),
            neverReady,
            failAfter == null ? null : GoDuration.parse(failAfter),
            pullError,
            log));
  }

  /** {@code NAME} or {@code node/NAME}, as cordon and drain take nodes. */
  public static List<String> nodeNames(List<String> args) {
    return args.stream().map(n -> n.startsWith("node/") ? n.substring(5) : n).toList();
  }

  private static long longValue(String text, String flag) throws CommandException {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new CommandException(
          "error: invalid argument \""
              + text
              + "\" for \""
              + flag
              + "\" flag: "
              + "strconv.ParseInt: parsing \""
              + text
              + "\": invalid syntax");
    }
  }

  private static int intValue(String text, String flag) throws CommandException {
    long v = longValue(text, flag);
    if (v != (int) v) {
      throw new CommandException(
          "error: invalid argument \"" + text + "\" for \"" + flag + "\": out of range");
    }
    return (int) v;
  }
}
