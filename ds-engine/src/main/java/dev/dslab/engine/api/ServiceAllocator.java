package dev.dslab.engine.api;

import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The service registry's allocators (pkg/registry/core/service/ipallocator and portallocator): a
 * new service gets a cluster IP from the service range and, if it is a NodePort or LoadBalancer,
 * node ports, drawn from the seed and never one in use. What is in use is read off the store's
 * watch, so only stored services hold addresses: a dry run's answer allocates nothing.
 */
final class ServiceAllocator {
  private final Set<String> usedServiceIps = new HashSet<>();
  private final Set<Integer> usedNodePorts = new HashSet<>();

  ServiceAllocator(ObjectStore store) {
    store.watch(this::track);
  }

  /**
   * The service with its cluster IP and node ports, drawn from {@code ids}; values already set are
   * kept.
   */
  Service allocate(Service svc, Identities ids) {
    var spec = svc.spec();
    if (!"ExternalName".equals(spec.type())
        && (spec.clusterIP() == null || spec.clusterIP().isEmpty())) {
      String ip;
      do {
        ip = ids.serviceIp();
      } while (usedServiceIps.contains(ip));
      spec = spec.withClusterIP(ip);
    }
    if ("NodePort".equals(spec.type()) || "LoadBalancer".equals(spec.type())) {
      List<ServicePort> ports = new ArrayList<>();
      // ports taken by this service's earlier ports; the store's watcher notes them all once it is
      // written
      Set<Integer> taken = new HashSet<>();
      for (ServicePort p : spec.ports()) {
        if (p.nodePort() == 0) {
          int port;
          do {
            port = ids.nodePort();
          } while (usedNodePorts.contains(port) || taken.contains(port));
          taken.add(port);
          p = p.withNodePort(port);
        }
        ports.add(p);
      }
      spec = spec.withPorts(ports);
    }
    return svc.withSpec(spec);
  }

  private void track(WatchEvent e) {
    if (e.object() instanceof Service svc) {
      if (e.type() == WatchEvent.Type.DELETED) {
        usedServiceIps.remove(svc.spec().clusterIP());
        svc.spec().ports().forEach(p -> usedNodePorts.remove(p.nodePort()));
      } else {
        if (svc.spec().clusterIP() != null) {
          usedServiceIps.add(svc.spec().clusterIP());
        }
        svc.spec().ports().forEach(p -> usedNodePorts.add(p.nodePort()));
      }
    }
  }
}
