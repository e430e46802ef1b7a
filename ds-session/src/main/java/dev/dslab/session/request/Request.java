package dev.dslab.session.request;

import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.kubelet.ImageBehaviour;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a front end asks of the session: one record per action that changes the cluster or its
 * clock, with typed values (a {@link Taint}, a {@link Duration}, a map of labels), never text to be
 * parsed again. Each knows its dsctl words ({@link #words()}); {@link RequestParser} reads them
 * back, which is how the state file keeps and replays a session. dsctl's commands, the desktop's
 * gestures and the API server's write log all become these.
 */
public sealed interface Request
    permits Request.Apply,
        Request.Delete,
        Request.Label,
        Request.TaintNodes,
        Request.Cordon,
        Request.Drain,
        Request.SetImage,
        Request.RolloutUndo,
        Request.RolloutRestart,
        Request.RolloutStatus,
        Request.Advance,
        Request.Settle,
        Request.UsePreset,
        Request.AddNodes,
        Request.GenerateNodes,
        Request.Kubelets,
        Request.SetImageBehaviour,
        Request.Scale,
        Request.DeploymentSetImage,
        Request.DeploymentRolloutUndo,
        Request.DeploymentRolloutRestart,
        Request.DeploymentRolloutStatus {
  /** The dsctl command line that makes this request. */
  List<String> words();

  /**
   * {@code apply -f ...} or {@code create -f ...}: the manifests the arguments name (read when it
   * runs).
   */
  record Apply(List<String> files, String namespace, boolean createOnly) implements Request {
    public Apply {
      files = List.copyOf(files);
    }

    @Override
    public List<String> words() {
      Words w = new Words(createOnly ? "create" : "apply");
      files.forEach(f -> w.add("-f", f));
      return w.namespace(namespace).list();
    }
  }

  /**
   * {@code delete}: objects by name ({@code kind} and {@code names}), by selector or {@code --all}
   * (names empty), or those of manifests ({@code files}).
   */
  record Delete(
      Kind kind,
      List<String> names,
      List<String> files,
      String namespace,
      boolean allNamespaces,
      String selector,
      String fieldSelector,
      boolean all,
      DeleteOptions options,
      boolean ignoreNotFound)
      implements Request {
    public Delete {
      names = List.copyOf(names);
      files = List.copyOf(files);
    }

    @Override
    public List<String> words() {
      Words w = new Words("delete");
      if (kind != null) {
        w.add(kind.resource()).addAll(names);
      }
      files.forEach(f -> w.add("-f", f));
      w.optional("-l", selector).optional("--field-selector", fieldSelector).flag("--all", all);
      if (options.propagation() != null
          && options.propagation() != DeleteOptions.Propagation.Background) {
        w.add("--cascade=" + options.propagation().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (options.gracePeriodSeconds() != null) {
        w.add("--grace-period=" + options.gracePeriodSeconds());
      }
      return w.flag("--ignore-not-found", ignoreNotFound)
          .namespace(namespace)
          .flag("-A", allNamespaces)
          .list();
    }
  }

  /**
   * {@code label} or {@code annotate} {@code TYPE NAME... K=V... K-...}: labels (or annotations)
   * set, in order, and removed, on the objects named, or on those a selector or {@code --all} picks
   * (names empty); with kubectl's {@code --overwrite}, {@code --resource-version} and {@code
   * --dry-run}.
   *
   * @param dryRun {@code client} or {@code server}, or null for a real change
   */
  record Label(
      Kind kind,
      List<String> names,
      String namespace,
      Map<String, String> set,
      List<String> remove,
      boolean overwrite,
      String selector,
      boolean all,
      boolean allNamespaces,
      String resourceVersion,
      String dryRun,
      boolean annotations)
      implements Request {
    public Label {
      names = List.copyOf(names);
      set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
      remove = List.copyOf(remove);
    }

    /** Labels of the objects named. */
    public Label(
        Kind kind,
        List<String> names,
        String namespace,
        Map<String, String> set,
        List<String> remove,
        boolean overwrite) {
      this(kind, names, namespace, set, remove, overwrite, null, false, false, null, null, false);
    }

    @Override
    public List<String> words() {
      Words w = new Words(annotations ? "annotate" : "label").add(kind.resource()).addAll(names);
      set.forEach((k, v) -> w.add(k + "=" + v));
      remove.forEach(k -> w.add(k + "-"));
      w.flag("--overwrite", overwrite).optional("-l", selector).flag("--all", all);
      if (resourceVersion != null) {
        w.add("--resource-version=" + resourceVersion);
      }
      if (dryRun != null) {
        w.add("--dry-run=" + dryRun);
      }
      return w.namespace(namespace).flag("-A", allNamespaces).list();
    }
  }

  /**
   * One argument of {@code taint}: a taint to add, or the taints of a key (one effect, or every
   * effect: null) to remove.
   */
  record TaintChange(String key, String value, TaintEffect effect, boolean remove) {
    public static TaintChange add(Taint taint) {
      return new TaintChange(
          taint.key(), taint.value() == null ? "" : taint.value(), taint.effect(), false);
    }

    public static TaintChange removal(String key, TaintEffect effect) {
      return new TaintChange(key, "", effect, true);
    }

    public boolean matches(Taint t) {
      return t.key().equals(key) && (effect == null || t.effect() == effect);
    }

    /** kubectl's spelling: {@code k=v:Effect}, {@code k:Effect-}, {@code k-}. */
    public String spec() {
      String kv = value == null || value.isEmpty() ? key : key + "=" + value;
      if (remove) {
        return (effect == null ? key : key + ":" + effect) + "-";
      }
      return kv + ":" + effect;
    }
  }

  /** {@code taint nodes NAME... SPEC... [--overwrite]}. */
  record TaintNodes(List<String> nodes, List<TaintChange> changes, boolean overwrite)
      implements Request {
    public TaintNodes {
      nodes = List.copyOf(nodes);
      changes = List.copyOf(changes);
    }

    @Override
    public List<String> words() {
      Words w = new Words("taint").add("nodes").addAll(nodes);
      changes.forEach(c -> w.add(c.spec()));
      return w.flag("--overwrite", overwrite).list();
    }
  }

  /** {@code cordon NODE...} or {@code uncordon NODE...}. */
  record Cordon(List<String> nodes, boolean cordon) implements Request {
    public Cordon {
      nodes = List.copyOf(nodes);
    }

    @Override
    public List<String> words() {
      return new Words(cordon ? "cordon" : "uncordon").addAll(nodes).list();
    }
  }

  /**
   * {@code drain NODE [--ignore-daemonsets]}: cordon, then evict every pod a DaemonSet does not
   * manage.
   */
  record Drain(String node, boolean ignoreDaemonSets) implements Request {
    @Override
    public List<String> words() {
      return new Words("drain").add(node).flag("--ignore-daemonsets", ignoreDaemonSets).list();
    }
  }

  /** {@code set image ds/NAME CONTAINER=IMAGE...}. */
  record SetImage(String namespace, String daemonSet, Map<String, String> images)
      implements Request {
    public SetImage {
      images = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(images));
    }

    @Override
    public List<String> words() {
      Words w = new Words("set").add("image", "ds/" + daemonSet);
      images.forEach((c, i) -> w.add(c + "=" + i));
      return w.namespace(namespace).list();
    }
  }

  /** {@code rollout undo ds/NAME [--to-revision N]} (0: the previous revision). */
  record RolloutUndo(String namespace, String daemonSet, long toRevision) implements Request {
    @Override
    public List<String> words() {
      Words w = new Words("rollout").add("undo", "ds/" + daemonSet);
      if (toRevision > 0) {
        w.add("--to-revision=" + toRevision);
      }
      return w.namespace(namespace).list();
    }
  }

  /** {@code rollout restart ds/NAME}. */
  record RolloutRestart(String namespace, String daemonSet) implements Request {
    @Override
    public List<String> words() {
      return new Words("rollout").add("restart", "ds/" + daemonSet).namespace(namespace).list();
    }
  }

  /**
   * {@code rollout status ds/NAME}: with {@code watch} it advances the virtual clock until the
   * rollout is done or {@code timeout} (zero: no limit) has passed, so it belongs to the session's
   * history.
   */
  record RolloutStatus(String namespace, String daemonSet, boolean watch, Duration timeout)
      implements Request {
    @Override
    public List<String> words() {
      Words w = new Words("rollout").add("status", "ds/" + daemonSet);
      if (!watch) {
        w.add("--watch=false");
      }
      if (!timeout.isZero()) {
        w.add("--timeout", Words.duration(timeout));
      }
      return w.namespace(namespace).list();
    }
  }

  /** {@code sim advance DURATION}. */
  record Advance(Duration duration) implements Request {
    @Override
    public List<String> words() {
      return List.of("sim", "advance", Words.duration(duration));
    }
  }

  /** {@code sim settle [--max D]}. */
  record Settle(Duration max) implements Request {
    @Override
    public List<String> words() {
      return List.of("sim", "settle", "--max", Words.duration(max));
    }
  }

  /** {@code sim preset NAME}: the cluster replaced by a preset that starts at the current time. */
  record UsePreset(String name) implements Request {
    @Override
    public List<String> words() {
      return List.of("sim", "preset", name);
    }
  }

  /** {@code sim nodes add NAME... [--label K=V]... [--taint SPEC]... [--role ROLE]}. */
  record AddNodes(List<String> names, Map<String, String> labels, List<Taint> taints, String role)
      implements Request {
    public AddNodes {
      names = List.copyOf(names);
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      taints = List.copyOf(taints);
    }

    @Override
    public List<String> words() {
      Words w = new Words("sim").add("nodes", "add").addAll(names);
      labels.forEach((k, v) -> w.add("--label", k + "=" + v));
      taints.forEach(t -> w.add("--taint", TaintChange.add(t).spec()));
      return w.optional("--role", role).list();
    }
  }

  /** {@code sim nodes generate COUNT [--prefix P] [--zones Z]}. */
  record GenerateNodes(int count, String prefix, int zones) implements Request {
    @Override
    public List<String> words() {
      return List.of(
          "sim",
          "nodes",
          "generate",
          Integer.toString(count),
          "--prefix",
          prefix,
          "--zones",
          Integer.toString(zones));
    }
  }

  /**
   * {@code sim node down NAME...} / {@code sim node up NAME...}: the kubelets stop or resume
   * reporting.
   */
  record Kubelets(List<String> nodes, boolean up) implements Request {
    public Kubelets {
      nodes = List.copyOf(nodes);
    }

    @Override
    public List<String> words() {
      return new Words("sim").add("node", up ? "up" : "down").addAll(nodes).list();
    }
  }

  /**
   * {@code sim image IMAGE ...}: how containers of an image behave from now on, and the lines they
   * print ({@code --log TEXT}, repeatable, in order).
   */
  record SetImageBehaviour(String image, ImageBehaviour behaviour) implements Request {
    @Override
    public List<String> words() {
      Words w =
          new Words("sim")
              .add(
                  "image",
                  image,
                  "--start",
                  Words.duration(behaviour.start()),
                  "--stop",
                  Words.duration(behaviour.stop()));
      w.flag("--never-ready", behaviour.neverReady());
      if (behaviour.failAfter() != null) {
        w.add("--fail-after", Words.duration(behaviour.failAfter()));
      }
      w.flag("--pull-error", behaviour.pullError());
      behaviour.log().forEach(line -> w.add("--log", line));
      return w.list();
    }
  }

  /** Builds a command line. */
  /** {@code scale deployment/NAME --replicas=N} (a Deployment or a ReplicaSet). */
  record Scale(Kind kind, String namespace, String name, int replicas) implements Request {
    @Override
    public List<String> words() {
      return new Words("scale")
          .add(kind.apiResource().singular() + "/" + name, "--replicas=" + replicas)
          .namespace(namespace)
          .list();
    }
  }

  /** {@code set image deployment/NAME CONTAINER=IMAGE...}. */
  record DeploymentSetImage(String namespace, String deployment, Map<String, String> images)
      implements Request {
    public DeploymentSetImage {
      images = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(images));
    }

    @Override
    public List<String> words() {
      Words w = new Words("set").add("image", "deployment/" + deployment);
      images.forEach((c, i) -> w.add(c + "=" + i));
      return w.namespace(namespace).list();
    }
  }

  /** {@code rollout undo deployment/NAME [--to-revision N]} (0: the previous revision). */
  record DeploymentRolloutUndo(String namespace, String deployment, long toRevision)
      implements Request {
    @Override
    public List<String> words() {
      Words w = new Words("rollout").add("undo", "deployment/" + deployment);
      if (toRevision > 0) {
        w.add("--to-revision=" + toRevision);
      }
      return w.namespace(namespace).list();
    }
  }

  /** {@code rollout restart deployment/NAME}. */
  record DeploymentRolloutRestart(String namespace, String deployment) implements Request {
    @Override
    public List<String> words() {
      return new Words("rollout")
          .add("restart", "deployment/" + deployment)
          .namespace(namespace)
          .list();
    }
  }

  /**
   * {@code rollout status deployment/NAME}: with {@code watch} it advances the virtual clock until
   * the rollout is done or {@code timeout} (zero: no limit) has passed.
   */
  record DeploymentRolloutStatus(
      String namespace, String deployment, boolean watch, Duration timeout) implements Request {
    @Override
    public List<String> words() {
      Words w = new Words("rollout").add("status", "deployment/" + deployment);
      if (!watch) {
        w.add("--watch=false");
      }
      if (!timeout.isZero()) {
        w.add("--timeout", Words.duration(timeout));
      }
      return w.namespace(namespace).list();
    }
  }

  final class Words {
    private final List<String> words = new ArrayList<>();

    Words(String verb) {
      words.add(verb);
    }

    Words add(String... more) {
      words.addAll(List.of(more));
      return this;
    }

    Words addAll(List<String> more) {
      words.addAll(more);
      return this;
    }

    Words flag(String name, boolean on) {
      if (on) {
        words.add(name);
      }
      return this;
    }

    Words optional(String name, String value) {
      if (value != null) {
        words.add(name);
        words.add(value);
      }
      return this;
    }

    Words namespace(String namespace) {
      return optional("--namespace", namespace);
    }

    List<String> list() {
      return List.copyOf(words);
    }

    /** A duration as Go's time.ParseDuration reads it, exact to the nanosecond. */
    static String duration(Duration d) {
      if (d.getNano() == 0) {
        return d.getSeconds() + "s";
      }
      return d.toNanos() + "ns";
    }
  }
}
