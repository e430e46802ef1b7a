package dev.dslab.print;

import static dev.dslab.print.Fixtures.ALL_NAMESPACES;
import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.NO_HEADERS;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonSetTableTest {

  /** A DaemonSet whose pods are all scheduled, ready, up to date and available. */
  private static DaemonSet settled(
      String namespace,
      String name,
      String age,
      int pods,
      PodSpec podSpec,
      Map<String, String> selector) {
    DaemonSetSpec spec =
        new DaemonSetSpec(
            LabelSelector.ofLabels(selector),
            new PodTemplateSpec(ObjectMeta.named(null).withLabels(selector), podSpec),
            null,
            0,
            10);
    return new DaemonSet(
        meta(namespace, name, age),
        spec,
        new DaemonSetStatus(pods, 0, pods, pods, 1, pods, pods, 0, null));
  }

  private static DaemonSet greet() {
    return settled(
        "default",
        "greet",
        "104s",
        1,
        PodSpec.of(Container.of("greet", "hashicorp/http-echo")),
        Map.of("app", "greet"));
  }

  @Test
  void daemonSetTableMatchesKubectlLayout() {
    assertThat(Printers.table(List.of(greet()), NOW, PLAIN))
        .isEqualTo(
            """
        NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
        greet   1         1         1       1            1           <none>          104s
        """);
  }

  @Test
  void wideDaemonSetTableAddsContainersImagesAndSelector() {
    DaemonSet httpd =
        settled(
            "default",
            "ds-httpd",
            "47s",
            2,
            PodSpec.of(Container.of("cntr-httpd", "httpd:latest")),
            Map.of("app", "httpd_webserver"));

    assertThat(Printers.table(List.of(httpd), NOW, WIDE))
        .isEqualTo(
            """
        NAME       DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES         SELECTOR
        ds-httpd   2         2         2       2            2           <none>          47s   cntr-httpd   httpd:latest   app=httpd_webserver
        """);
  }

  @Test
  void nodeSelectorColumnShowsTheTemplateNodeSelectorAndWidensToIt() {
    DaemonSet calico =
        settled(
            "kube-system",
            "calico-node",
            "4m",
            3,
            PodSpec.of(Container.of("calico-node", "calico/node:v3.4.0"))
                .withNodeSelector(Map.of("beta.kubernetes.io/os", "linux")),
            Map.of("k8s-app", "calico-node"));
    DaemonSet proxy =
        settled(
            "kube-system",
            "kube-proxy",
            "4m45s",
            3,
            PodSpec.of(Container.of("kube-proxy", "k8s.gcr.io/kube-proxy:v1.13.4")),
            Map.of("k8s-app", "kube-proxy"));

    assertThat(Printers.table(List.of(calico, proxy), NOW, PLAIN))
        .isEqualTo(
            """
        NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR                 AGE
        calico-node   3         3         3       3            3           beta.kubernetes.io/os=linux   4m
        kube-proxy    3         3         3       3            3           <none>                        4m45s
        """);
  }

  @Test
  void wideColumnsCommaJoinEveryContainer() {
    DaemonSet fluentd =
        settled(
            "logging",
            "fluentd",
            "3h",
            2,
            PodSpec.of(
                Container.of("fluentd", "fluentd:v1.16"),
                Container.of("exporter", "fluent-exporter:0.4")),
            Map.of("app", "fluentd", "tier", "logging"));

    assertThat(Printers.table(List.of(fluentd), NOW, WIDE))
        .isEqualTo(
            """
        NAME      DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS         IMAGES                              SELECTOR
        fluentd   2         2         2       2            2           <none>          3h    fluentd,exporter   fluentd:v1.16,fluent-exporter:0.4   app=fluentd,tier=logging
        """);
  }

  @Test
  void aDaemonSetWithoutSelectorShowsNone() {
    DaemonSet noSelector =
        greet().withSpec(new DaemonSetSpec(null, greet().spec().template(), null, 0, 10));

    assertThat(Printers.table(List.of(noSelector), NOW, WIDE))
        .isEqualTo(
            """
        NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE    CONTAINERS   IMAGES                SELECTOR
        greet   1         1         1       1            1           <none>          104s   greet        hashicorp/http-echo   <none>
        """);
  }

  @Test
  void allNamespacesAddsALeadingNamespaceColumn() {
    DaemonSet proxy =
        settled(
            "kube-system",
            "kube-proxy",
            "4m45s",
            3,
            PodSpec.of(Container.of("kube-proxy", "k8s.gcr.io/kube-proxy:v1.13.4")),
            Map.of("k8s-app", "kube-proxy"));

    assertThat(Printers.table(List.of(proxy), NOW, ALL_NAMESPACES))
        .isEqualTo(
            """
        NAMESPACE     NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
        kube-system   kube-proxy   3         3         3       3            3           <none>          4m45s
        """);
  }

  @Test
  void noHeadersPrintsOnlyTheRowsAlignedAmongThemselves() {
    assertThat(Printers.table(List.of(greet()), NOW, NO_HEADERS))
        .isEqualTo(
            """
        greet   1     1     1     1     1     <none>   104s
        """);
  }
}
