package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.ObjectStore;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pod IPs as the host-local IPAM plugin hands them out: from the node's pod CIDR, starting at .2,
 * each time the next address after the last one given (wrapping around), skipping addresses that
 * running pods hold.
 */
final class PodAddresses {
  private final ObjectStore store;
  private final Map<String, Integer> lastOffset = new HashMap<>();

  PodAddresses(ObjectStore store) {
    this.store = store;
  }

  /** The next address for a pod on this node, or null when the node has no usable pod CIDR. */
  String allocate(Node node) {
    String cidr = node.spec().podCIDR();
    if (cidr == null || !cidr.contains("/")) {
      return null;
    }
    int slash = cidr.indexOf('/');
    int base = toInt(cidr.substring(0, slash));
    int prefix = Integer.parseInt(cidr.substring(slash + 1));
    if (prefix > 30) {
      return null;
    }
    int size = 1 << (32 - prefix);
    String name = node.metadata().name();
    Set<String> taken = new HashSet<>();
    for (Pod p : store.podsOnNode(name)) {
      if (p.status().podIP() != null) {
        taken.add(p.status().podIP());
      }
    }
    int last = lastOffset.getOrDefault(name, 1);
    for (int i = 1; i < size - 2; i++) {
      int offset = 2 + ((last - 2 + i) % (size - 3) + (size - 3)) % (size - 3);
      String ip = toText(base + offset);
      if (!taken.contains(ip)) {
        lastOffset.put(name, offset);
        return ip;
      }
    }
    return null;
  }

  private static int toInt(String ip) {
    String[] o = ip.split("\\.");
    return (Integer.parseInt(o[0]) << 24)
        | (Integer.parseInt(o[1]) << 16)
        | (Integer.parseInt(o[2]) << 8)
        | Integer.parseInt(o[3]);
  }

  private static String toText(int ip) {
    return ((ip >>> 24) & 0xff)
        + "."
        + ((ip >>> 16) & 0xff)
        + "."
        + ((ip >>> 8) & 0xff)
        + "."
        + (ip & 0xff);
  }
}
