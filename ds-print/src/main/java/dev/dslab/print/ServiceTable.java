package dev.dslab.print;

import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.meta.Labels;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;

/** printService. */
final class ServiceTable {
  private ServiceTable() {}

  static final KindTable<Service> TABLE =
      new KindTable<>(Service.class, Scope.NAMESPACED, ServiceTable::columns);

  static List<Column<Service>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Type", service -> service.spec().type()),
        Column.of("Cluster-IP", service -> Cells.orNone(service.spec().clusterIP())),
        Column.of("External-IP", service -> externalIp(service.spec())),
        Column.of("Port(s)", service -> ports(service.spec().ports())),
        Column.age(now),
        Column.wide("Selector", service -> Labels.format(service.spec().selector())));
  }

  /**
   * getServiceExternalIP. The model has no status.loadBalancer, so a LoadBalancer's ingress is
   * never known (it stays {@code <pending>}), nor spec.externalName, so an ExternalName service
   * falls to upstream's default, {@code <unknown>}.
   */
  private static String externalIp(ServiceSpec spec) {
    String externalIps = String.join(",", spec.externalIPs());
    return switch (spec.type()) {
      case "ClusterIP", "NodePort" -> externalIps.isEmpty() ? "<none>" : externalIps;
      case "LoadBalancer" -> externalIps.isEmpty() ? "<pending>" : externalIps;
      default -> "<unknown>";
    };
  }

  /** makePortString: {@code 80/TCP}, {@code 80:30566/TCP} with a node port, comma-joined. */
  private static String ports(List<ServicePort> ports) {
    if (ports.isEmpty()) {
      return "<none>";
    }
    return String.join(
        ",",
        ports.stream()
            .map(
                p ->
                    p.nodePort() > 0
                        ? p.port() + ":" + p.nodePort() + "/" + p.protocol()
                        : p.port() + "/" + p.protocol())
            .toList());
  }
}
