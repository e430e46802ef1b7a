package dev.dslab.engine.presets;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a kubelet and the node IPAM controller add to a node that is only a manifest: the standard
 * labels, an address, a pod CIDR, capacity and a Ready status. A node that already reports a status
 * (a {@code kubectl get nodes -o yaml} dump) keeps it.
 */
public final class NodeRegistration {
  private NodeRegistration() {}

  /** A new worker named {@code name}, with the next free address and pod CIDR of the cluster. */
  public static NodeSpecs nextWorker(Cluster cluster, String name) {
    return nextWorkers(cluster, List.of(name)).get(0);
  }

  /** New workers with consecutive free addresses and pod CIDRs, looked up once for all of them. */
  public static List<NodeSpecs> nextWorkers(Cluster cluster, List<String> names) {
    Set<String> ips = new HashSet<>();
    Set<String> cidrs = new HashSet<>();
    for (Node n : cluster.store().<Node>list(Kind.NODE, null)) {
      n.status().address(NodeAddress.INTERNAL_IP).ifPresent(ips::add);
      if (n.spec().podCIDR() != null) {
        cidrs.add(n.spec().podCIDR());
      }
    }
    int index = cluster.store().count(Kind.NODE);
    List<NodeSpecs> workers = new ArrayList<>(names.size());
    for (String name : names) {
      while (ips.contains(ip(index)) || cidrs.contains(cidr(index))) {
        index++;
      }
      workers.add(NodeSpecs.worker(name, ip(index), cidr(index)));
      index++;
    }
    return workers;
  }

  /** 172.18.0.2 upwards, as kind numbers its node containers. */
  static String ip(int index) {
    int n = index + 2;
    return "172." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
  }

  /** 10.244.0.0/24 upwards, the node IPAM controller's default cluster CIDR. */
  static String cidr(int index) {
    return "10." + ((244 + (index >> 8)) & 0xff) + "." + (index & 0xff) + ".0/24";
  }

  /** Completes a node manifest as registration would; a node that has a status keeps it. */
  public static Node complete(Cluster cluster, Node node) {
    NodeSpecs defaults = nextWorker(cluster, node.metadata().name());
    Node built = defaults.build(cluster.now());
    TreeMap<String, String> labels = new TreeMap<>(built.metadata().labels());
    labels.putAll(node.metadata().labels());
    NodeSpec spec =
        node.spec().podCIDR() == null ? node.spec().withPodCIDR(defaults.podCidr()) : node.spec();
    NodeStatus status = node.status();
    if (status.conditions().isEmpty()) {
      status =
          new NodeStatus(
              status.capacity().isEmpty() ? built.status().capacity() : status.capacity(),
              status.allocatable().isEmpty() ? built.status().allocatable() : status.allocatable(),
              built.status().conditions(),
              status.addresses().isEmpty() ? built.status().addresses() : status.addresses(),
              status.nodeInfo() == null ? built.status().nodeInfo() : status.nodeInfo());
    }
    if (status.addresses().isEmpty()) {
      status =
          new NodeStatus(
              status.capacity(),
              status.allocatable(),
              status.conditions(),
              List.copyOf(built.status().addresses()),
              status.nodeInfo());
    }
    return node.withMetadata(node.metadata().withLabels(labels)).withSpec(spec).withStatus(status);
  }
}
