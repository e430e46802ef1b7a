package dev.dslab.session.exec;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code sim …}: what kubectl has no command for — the clock, nodes and image behaviours. */
final class SimRequests {
  private SimRequests() {}

  /** RFC 3339 in UTC with seconds, and fractions only when there are any. */
  static String format(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  static void settle(Session session, Request.Settle r) {
    session.out().println(format(session.cluster().settle(r.max())));
  }

  static void addNodes(Session session, Request.AddNodes r) throws CommandException {
    for (String name : r.names()) {
      NodeSpecs specs = NodeRegistration.nextWorker(session.cluster(), name).withTaints(r.taints());
      for (Map.Entry<String, String> l : r.labels().entrySet()) {
        specs = specs.withLabel(l.getKey(), l.getValue());
      }
      if (r.role() != null) {
        specs = specs.withRole(r.role());
      }
      Cluster cluster = session.cluster();
      try {
        cluster.api().create(specs.build(cluster.now()));
        session.out().println("node/" + specs.name() + " created");
      } catch (ApiException e) {
        throw new CommandException(e.kubectlMessage());
      } finally {
        cluster.reconcile();
      }
    }
  }

  static void generateNodes(Session session, Request.GenerateNodes r) throws CommandException {
    int count = r.count();
    int width = Integer.toString(Math.max(count - 1, 0)).length();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(r.prefix() + String.format("%0" + width + "d", i));
    }
    Cluster cluster = session.cluster();
    List<NodeSpecs> workers = NodeRegistration.nextWorkers(cluster, names);
    for (int i = 0; i < count; i++) {
      NodeSpecs specs =
          workers.get(i).withLabel("topology.kubernetes.io/zone", zoneName(i % r.zones()));
      try {
        cluster.api().create(specs.build(cluster.now()));
      } catch (ApiException e) {
        throw new CommandException(e.kubectlMessage());
      }
    }
    cluster.reconcile();
    session.out().println(count + " nodes added");
  }

  /** zone-a … zone-z, then zone-26, zone-27 … */
  static String zoneName(int index) {
    return index < 26 ? "zone-" + (char) ('a' + index) : "zone-" + index;
  }

  static void imageBehaviour(Session session, Request.SetImageBehaviour r) {
    session.cluster().images().set(r.image(), r.behaviour());
    session.out().println("image/" + r.image() + " configured");
  }
}
