package dev.dslab.yaml.codec;

import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.List;
import java.util.Map;

/** core/v1 Service: stored and listed only, so most of its spec is accepted and dropped. */
final class ServiceCodec {
  static final KindCodec<Service> CODEC =
      new KindCodec<>(
          "v1", Service.KIND, Service.class, ServiceCodec::decode, ServiceCodec::encode);

  private static final ServiceSpec EMPTY_SPEC = new ServiceSpec(null, null, null, null, null);

  private ServiceCodec() {}

  static Service decode(Fields f) {
    // The model carries no service status (a load balancer's ingress points).
    f.ignore("status");
    ServiceSpec spec = f.object("spec", ServiceCodec::spec);
    return new Service(MetaCodec.metadata(f), spec == null ? EMPTY_SPEC : spec);
  }

  static Map<String, Object> encode(Service service) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(service.metadata()))
        .put("spec", encode(service.spec()))
        .put("status", ObjectBuilder.object().put("loadBalancer", ObjectBuilder.object()))
        .build();
  }

  private static ServiceSpec spec(Fields f) {
    f.ignore(
        "clusterIPs",
        "sessionAffinity",
        "sessionAffinityConfig",
        "ipFamilies",
        "ipFamilyPolicy",
        "internalTrafficPolicy",
        "externalTrafficPolicy",
        "loadBalancerIP",
        "loadBalancerSourceRanges",
        "loadBalancerClass",
        "externalName",
        "healthCheckNodePort",
        "publishNotReadyAddresses",
        "allocateLoadBalancerNodePorts",
        "trafficDistribution");
    return new ServiceSpec(
        f.string("type"),
        f.stringMap("selector"),
        f.objects("ports", ServiceCodec::port),
        f.string("clusterIP"),
        f.strings("externalIPs"));
  }

  private static Map<String, Object> encode(ServiceSpec s) {
    return ObjectBuilder.object()
        .put("type", s.type())
        .putNonEmpty("selector", s.selector())
        .putObjects("ports", s.ports(), ServiceCodec::encode)
        .put("clusterIP", s.clusterIP())
        .put("clusterIPs", s.clusterIP() == null ? null : List.of(s.clusterIP()))
        .putNonEmpty("externalIPs", s.externalIPs())
        .build();
  }

  private static ServicePort port(Fields f) {
    f.ignore("appProtocol");
    return new ServicePort(
        f.string("name"),
        f.string("protocol"),
        f.int32("port"),
        f.intOrString("targetPort"),
        f.int32("nodePort"));
  }

  private static Map<String, Object> encode(ServicePort p) {
    return ObjectBuilder.object()
        .put("name", p.name())
        .put("protocol", p.protocol())
        .put("port", p.port())
        .putIntOrString("targetPort", p.targetPort())
        .putNonZero("nodePort", p.nodePort())
        .build();
  }
}
