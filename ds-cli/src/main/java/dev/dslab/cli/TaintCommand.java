package dev.dslab.cli;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.meta.LabelValues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taint node NAME K[=V]:EFFECT... K[:EFFECT]-... [--overwrite]} with kubectl's rules: a taint of
 * the same key and effect needs --overwrite; removing without an effect removes every effect of the key.
 */
@Command(name = "taint", description = "Update the taints on one or more nodes.")
final class TaintCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "node NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N-")
  List<String> args;

  @Option(names = "--overwrite", description = "allow taints to be overwritten")
  boolean overwrite;

  private final Session session;

  TaintCommand(Session session) {
    this.session = session;
  }

  /** A taint to add or remove, as parsed from one argument; effect null means "every effect". */
  record Change(String key, String value, TaintEffect effect, boolean remove) {
    static Change parse(String spec) throws CliException {
      boolean remove = spec.endsWith("-");
      String s = remove ? spec.substring(0, spec.length() - 1) : spec;
      int colon = s.lastIndexOf(':');
      TaintEffect effect = null;
      String kv = s;
      if (colon >= 0) {
        String effectText = s.substring(colon + 1);
        effect = TaintEffect.parse(effectText);
        if (effect == null) {
          throw new CliException("error: invalid taint effect: " + effectText + ", unsupported taint effect");
        }
        kv = s.substring(0, colon);
      } else if (!remove) {
        throw new CliException("error: invalid taint spec: " + spec + ", unknown taint spec");
      }
      int eq = kv.indexOf('=');
      String key = eq < 0 ? kv : kv.substring(0, eq);
      String value = eq < 0 ? "" : kv.substring(eq + 1);
      if (!LabelValues.isValidKey(key) || !LabelValues.isValidValue(value)) {
        throw new CliException("error: invalid taint spec: " + spec);
      }
      return new Change(key, value, effect, remove);
    }

    boolean matches(Taint t) {
      return t.key().equals(key) && (effect == null || t.effect() == effect);
    }
  }

  @Override
  public Integer call() throws CliException {
    ObjectArgs target = ObjectArgs.parse(args,
        a -> a.contains("=") || a.contains(":") || a.endsWith("-"), "taint");
    if (target.kind() != Kind.NODE) {
      throw new CliException("error: invalid resource type " + target.kind().resource() + ", only node types are "
          + "supported");
    }
    List<Change> changes = new ArrayList<>();
    for (String c : target.changes()) {
      changes.add(Change.parse(c));
    }
    if (changes.isEmpty()) {
      throw new CliException("error: at least one taint update is required");
    }
    for (String name : target.names()) {
      Node node = session.cluster().store().<Node>get(Kind.NODE, null, name)
          .orElseThrow(() -> new CliException("Error from server (NotFound): nodes \"" + name + "\" not found"));
      List<Taint> taints = new ArrayList<>(node.spec().taints());
      boolean added = false;
      boolean removed = false;
      for (Change c : changes) {
        if (c.remove()) {
          if (!taints.removeIf(c::matches)) {
            throw new CliException("error: taint \"" + c.key() + (c.effect() == null ? "" : ":" + c.effect())
                + "\" not found");
          }
          removed = true;
        } else {
          Taint taint = new Taint(c.key(), c.value(), c.effect(),
              c.effect() == TaintEffect.NoExecute ? session.cluster().now() : null);
          int existing = indexOf(taints, taint);
          if (existing >= 0) {
            if (!overwrite) {
              throw new CliException("error: node " + name + " already has " + c.key()
                  + " taint(s) with same effect(s) and --overwrite is false");
            }
            taints.set(existing, taint);
          } else {
            taints.add(taint);
          }
          added = true;
        }
      }
      try {
        session.cluster().api().update(node.withSpec(node.spec().withTaints(taints)));
      } catch (ApiException e) {
        throw new CliException(e.kubectlMessage());
      } finally {
        session.cluster().reconcile();
      }
      String verb = overwrite && added ? "modified" : added ? "tainted" : removed ? "untainted" : "tainted";
      session.out().println("node/" + name + " " + verb);
    }
    return 0;
  }

  private static int indexOf(List<Taint> taints, Taint taint) {
    for (int i = 0; i < taints.size(); i++) {
      if (taints.get(i).sameKeyAndEffect(taint)) {
        return i;
      }
    }
    return -1;
  }
}
