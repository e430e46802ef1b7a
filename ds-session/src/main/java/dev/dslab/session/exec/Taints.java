package dev.dslab.session.exec;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code taint} with kubectl's rules: a taint of the same key and effect needs --overwrite;
 * removing without an effect removes every effect of the key; a NoExecute taint is stamped with the
 * time it was added (the taint eviction controller counts tolerationSeconds from it).
 */
final class Taints {
  private Taints() {}

  static void taint(Session session, Request.TaintNodes request) throws CommandException {
    for (String name : request.nodes()) {
      Node node =
          session
              .cluster()
              .store()
              .<Node>get(Kind.NODE, null, name)
              .orElseThrow(
                  () ->
                      new CommandException(
                          "Error from server (NotFound): nodes \"" + name + "\" not found"));
      List<Taint> taints = new ArrayList<>(node.spec().taints());
      boolean added = false;
      boolean removed = false;
      for (Request.TaintChange c : request.changes()) {
        if (c.remove()) {
          if (!taints.removeIf(c::matches)) {
            throw new CommandException(
                "error: taint \""
                    + c.key()
                    + (c.effect() == null ? "" : ":" + c.effect())
                    + "\" not found");
          }
          removed = true;
        } else {
          Taint taint =
              new Taint(
                  c.key(),
                  c.value(),
                  c.effect(),
                  c.effect() == TaintEffect.NoExecute ? session.cluster().now() : null);
          int existing = indexOf(taints, taint);
          if (existing >= 0) {
            if (!request.overwrite()) {
              throw new CommandException(
                  "error: node "
                      + name
                      + " already has "
                      + c.key()
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
        throw new CommandException(e.kubectlMessage());
      } finally {
        session.cluster().reconcile();
      }
      String verb =
          request.overwrite() && added
              ? "modified"
              : added ? "tainted" : removed ? "untainted" : "tainted";
      session.out().println("node/" + name + " " + verb);
    }
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
