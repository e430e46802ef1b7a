package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;
import java.util.SortedMap;

/**
 * A service spec: type (ClusterIP, NodePort, LoadBalancer, ExternalName), selector, ports, cluster
 * IP.
 */
public record ServiceSpec(
    String type,
    SortedMap<String, String> selector,
    List<ServicePort> ports,
    String clusterIP,
    List<String> externalIPs) {
  public ServiceSpec {
    type = type == null || type.isEmpty() ? "ClusterIP" : type;
    selector = Collections2.sortedCopy(selector);
    ports = Collections2.copy(ports);
    externalIPs = Collections2.copy(externalIPs);
  }

  public ServiceSpec withClusterIP(String value) {
    return new ServiceSpec(type, selector, ports, value, externalIPs);
  }

  public ServiceSpec withPorts(List<ServicePort> value) {
    return new ServiceSpec(type, selector, value, clusterIP, externalIPs);
  }
}
