package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables of networking.k8s.io and discovery.k8s.io, after printers.go: printIngress (with
 * formatHosts, formatPorts, ingressLoadBalancerStatusStringer), printIngressClass,
 * printNetworkPolicy, printEndpointSlice (formatDiscoveryPorts, formatDiscoveryEndpoints).
 */
final class NetworkingTables {
  private NetworkingTables() {}

  /** loadBalancerWidth: an address column is cut to this many characters unless -o wide. */
  private static final int LOAD_BALANCER_WIDTH = 16;

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("Ingress", table(Scope.NAMESPACED, NetworkingTables::ingress));
    tables.put("IngressClass", table(Scope.CLUSTER, NetworkingTables::ingressClass));
    tables.put("NetworkPolicy", table(Scope.NAMESPACED, NetworkingTables::networkPolicy));
    tables.put("EndpointSlice", table(Scope.NAMESPACED, NetworkingTables::endpointSlice));
  }

  /**
   * printIngress. The API server prints its tables wide, so ADDRESS is never cut there; dsctl
   * prints the same cells.
   */
  static List<Column<Unstructured>> ingress(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Class",
            o ->
                o.get("spec", "ingressClassName") == null
                    ? "<none>"
                    : Fields.text(o, "spec", "ingressClassName")),
        cell("Hosts", NetworkingTables::hosts),
        cell("Address", o -> address(o, true)),
        cell("Ports", o -> Fields.list(o, "spec", "tls").isEmpty() ? "80" : "80, 443"),
        Column.age(now));
  }

  /** formatHosts: up to three rule hosts, {@code *} when no rule names one. */
  private static String hosts(Unstructured o) {
    List<Object> rules = Fields.list(o, "spec", "rules");
    List<String> list = new ArrayList<>();
    int max = 3;
    boolean more = false;
    for (Object rule : rules) {
      if (list.size() == max) {
        more = true;
      }
      String host = Fields.text(Fields.at(rule, "host"));
      if (!more && !host.isEmpty()) {
        list.add(host);
      }
    }
    if (list.isEmpty()) {
      return "*";
    }
    String joined = String.join(",", list);
    return more ? joined + " + " + (rules.size() - max) + " more..." : joined;
  }

  /** ingressLoadBalancerStatusStringer: the sorted, distinct IPs (or hostnames). */
  static String address(Unstructured o, boolean wide) {
    TreeSet<String> result = new TreeSet<>();
    for (Object ingress : Fields.list(o, "status", "loadBalancer", "ingress")) {
      String ip = Fields.text(Fields.at(ingress, "ip"));
      String hostname = Fields.text(Fields.at(ingress, "hostname"));
      if (!ip.isEmpty()) {
        result.add(ip);
      } else if (!hostname.isEmpty()) {
        result.add(hostname);
      }
    }
    String r = String.join(",", result);
    if (!wide && r.length() > LOAD_BALANCER_WIDTH) {
      r = r.substring(0, LOAD_BALANCER_WIDTH - 3) + "...";
    }
    return r;
  }

  /** printIngressClass: PARAMETERS as {@code Kind[.apiGroup]/name}. */
  static List<Column<Unstructured>> ingressClass(Instant now) {
    return List.of(
        Column.name(),
        cell("Controller", o -> Fields.text(o, "spec", "controller")),
        cell("Parameters", NetworkingTables::parameters),
        Column.age(now));
  }

  private static String parameters(Unstructured o) {
    Object p = o.get("spec", "parameters");
    if (p == null) {
      return "<none>";
    }
    String text = Fields.text(Fields.at(p, "kind"));
    if (Fields.at(p, "apiGroup") != null) {
      text = text + "." + Fields.text(Fields.at(p, "apiGroup"));
    }
    return text + "/" + Fields.text(Fields.at(p, "name"));
  }

  /** printNetworkPolicy: the pod selector, {@code <none>} when it selects every pod. */
  static List<Column<Unstructured>> networkPolicy(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Pod-Selector",
            o ->
                Fields.formatSelector(
                    o.get("spec", "podSelector") == null
                        ? Map.of()
                        : o.get("spec", "podSelector"))),
        Column.age(now));
  }

  /** printEndpointSlice. */
  static List<Column<Unstructured>> endpointSlice(Instant now) {
    return List.of(
        Column.name(),
        cell("AddressType", o -> Fields.text(o, "addressType")),
        cell("Ports", NetworkingTables::discoveryPorts),
        cell("Endpoints", NetworkingTables::discoveryEndpoints),
        Column.age(now));
  }

  /** formatDiscoveryPorts: the port, else its name, else {@code *}. */
  private static String discoveryPorts(Unstructured o) {
    List<String> ports = new ArrayList<>();
    for (Object port : Fields.list(o, "ports")) {
      if (Fields.at(port, "port") != null) {
        ports.add(Long.toString(Fields.integer(Fields.at(port, "port"))));
      } else if (Fields.at(port, "name") != null) {
        ports.add(Fields.text(Fields.at(port, "name")));
      } else {
        ports.add("*");
      }
    }
    return UnstructuredTables.withMore(ports, 3, ",", "<unset>");
  }

  /** formatDiscoveryEndpoints: every endpoint's addresses. */
  private static String discoveryEndpoints(Unstructured o) {
    List<String> addresses = new ArrayList<>();
    for (Object endpoint : Fields.list(o, "endpoints")) {
      for (Object address : Fields.list(Fields.at(endpoint, "addresses"))) {
        addresses.add(Fields.text(address));
      }
    }
    return UnstructuredTables.withMore(addresses, 3, ",", "<unset>");
  }
}
