package dev.dslab.print;

import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.meta.IntOrString;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServiceTableTest {

  private static ServicePort port(int port, String protocol, int nodePort) {
    return new ServicePort(null, protocol, port, IntOrString.of(port), nodePort);
  }

  private static Service service(
      String name,
      String age,
      String type,
      String clusterIp,
      Map<String, String> selector,
      List<String> externalIps,
      ServicePort... ports) {
    SortedMap<String, String> sortedSelector = selector == null ? null : new TreeMap<>(selector);
    return new Service(
        meta("default", name, age),
        new ServiceSpec(type, sortedSelector, List.of(ports), clusterIp, externalIps));
  }

  @Test
  void serviceTableMatchesKubectlLayout() {
    Service greet =
        service(
            "greet",
            "44s",
            "NodePort",
            "10.105.186.30",
            Map.of("app", "greet"),
            null,
            port(80, "TCP", 30566));

    assertThat(Printers.table(List.of(greet), NOW, PLAIN))
        .isEqualTo(
            """
        NAME    TYPE       CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE
        greet   NodePort   10.105.186.30   <none>        80:30566/TCP   44s
        """);
  }

  @Test
  void wideServiceTableShowsExternalIpsPortsAndSelectors() {
    List<Service> services =
        List.of(
            service("kubernetes", "20d", "ClusterIP", "10.96.0.1", null, null, port(443, "TCP", 0)),
            service(
                "web",
                "5m",
                "LoadBalancer",
                "10.96.12.34",
                Map.of("app", "web"),
                null,
                port(80, "TCP", 31080),
                port(443, "TCP", 31443)),
            service("headless", "5m", "ClusterIP", "None", Map.of("app", "db"), null),
            service(
                "dns",
                "5m",
                "ClusterIP",
                "10.96.7.7",
                Map.of("app", "dns"),
                List.of("203.0.113.10", "203.0.113.11"),
                port(53, "UDP", 0)));

    assertThat(Printers.table(services, NOW, WIDE))
        .isEqualTo(
            """
        NAME         TYPE           CLUSTER-IP    EXTERNAL-IP                 PORT(S)                      AGE   SELECTOR
        kubernetes   ClusterIP      10.96.0.1     <none>                      443/TCP                      20d   <none>
        web          LoadBalancer   10.96.12.34   <pending>                   80:31080/TCP,443:31443/TCP   5m    app=web
        headless     ClusterIP      None          <none>                      <none>                       5m    app=db
        dns          ClusterIP      10.96.7.7     203.0.113.10,203.0.113.11   53/UDP                       5m    app=dns
        """);
  }

  @Test
  void aLoadBalancerWithExternalIpsShowsThem() {
    Service lb =
        service(
            "lb",
            "5m",
            "LoadBalancer",
            "10.96.1.1",
            null,
            List.of("198.51.100.7"),
            port(80, "TCP", 30080));

    assertThat(Printers.table(List.of(lb), NOW, PLAIN)).contains("   198.51.100.7   ");
  }

  @Test
  void aServiceWithoutClusterIpShowsNone() {
    Service pending = service("new", "1s", "ClusterIP", null, null, null, port(80, "TCP", 0));

    assertThat(Printers.table(List.of(pending), NOW, PLAIN))
        .isEqualTo(
            """
        NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
        new    ClusterIP   <none>       <none>        80/TCP    1s
        """);
  }
}
