package dev.dslab.print;

import static dev.dslab.print.Fixtures.ALL_NAMESPACES;
import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.SHOW_LABELS;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NodeTableTest {
  private static final NodeSystemInfo UBUNTU_1_13 =
      new NodeSystemInfo(
          "v1.13.4",
          "Ubuntu 16.04.5 LTS",
          "4.4.0-131-generic",
          "docker://18.6.1",
          "linux",
          "amd64");

  private static NodeCondition ready(ConditionStatus status) {
    return new NodeCondition(NodeCondition.READY, status, null, null, null, null);
  }

  private static Node node(String name, String age, Map<String, String> labels, NodeStatus status) {
    return new Node(meta(null, name, age).withLabels(labels), NodeSpec.empty(), status);
  }

  private static NodeStatus readyWith(NodeSystemInfo info, String internalIp) {
    return new NodeStatus(
        null,
        null,
        List.of(ready(ConditionStatus.True)),
        List.of(
            new NodeAddress(NodeAddress.INTERNAL_IP, internalIp),
            new NodeAddress(NodeAddress.HOSTNAME, "host")),
        info);
  }

  private static NodeStatus withConditions(NodeSystemInfo info, NodeCondition... conditions) {
    return new NodeStatus(null, null, List.of(conditions), null, info);
  }

  /** The labels kubeadm 1.13 gave its nodes, plus extras. */
  private static Map<String, String> kubeadmLabels(String hostname, Map<String, String> extra) {
    Map<String, String> labels = new TreeMap<>(extra);
    labels.put("beta.kubernetes.io/arch", "amd64");
    labels.put("beta.kubernetes.io/os", "linux");
    labels.put("kubernetes.io/hostname", hostname);
    return labels;
  }

  private static List<Node> kubeadmCluster(String masterAge, String worker1Age, String worker2Age) {
    NodeStatus status = readyWith(UBUNTU_1_13, "10.0.2.15");
    return List.of(
        node(
            "kube-master",
            masterAge,
            kubeadmLabels("kube-master", Map.of("node-role.kubernetes.io/master", "")),
            status),
        node("kube-worker1", worker1Age, kubeadmLabels("kube-worker1", Map.of()), status),
        node(
            "kube-worker2",
            worker2Age,
            kubeadmLabels("kube-worker2", Map.of("ec2InstanceType", "M3")),
            status));
  }

  private static Node withLabels(Map<String, String> labels) {
    return node("n", "1d", labels, NodeStatus.empty());
  }

  @Test
  void wideNodeTableMatchesKubectlLayout() {
    assertThat(Printers.table(kubeadmCluster("6m50s", "4m24s", "2m56s"), NOW, WIDE))
        .isEqualTo(
            """
        NAME           STATUS   ROLES    AGE     VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION      CONTAINER-RUNTIME
        kube-master    Ready    master   6m50s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        kube-worker1   Ready    <none>   4m24s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        kube-worker2   Ready    <none>   2m56s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        """);
  }

  @Test
  void showLabelsListsEveryLabelSortedByKey() {
    assertThat(Printers.table(kubeadmCluster("81m", "77m", "75m"), NOW, SHOW_LABELS))
        .isEqualTo(
            """
        NAME           STATUS   ROLES    AGE   VERSION   LABELS
        kube-master    Ready    master   81m   v1.13.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/hostname=kube-master,node-role.kubernetes.io/master=
        kube-worker1   Ready    <none>   77m   v1.13.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/hostname=kube-worker1
        kube-worker2   Ready    <none>   75m   v1.13.4   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,ec2InstanceType=M3,kubernetes.io/hostname=kube-worker2
        """);
  }

  @Test
  void aControlPlaneNodeShowsItsRole() {
    Node desktop =
        node(
            "docker-desktop",
            "20d",
            Map.of("node-role.kubernetes.io/control-plane", ""),
            readyWith(
                new NodeSystemInfo(
                    "v1.30.2",
                    "Docker Desktop",
                    "6.6.32-linuxkit",
                    "docker://26.1.4",
                    "linux",
                    "arm64"),
                "192.168.65.3"));

    assertThat(Printers.table(List.of(desktop), NOW, PLAIN))
        .isEqualTo(
            """
        NAME             STATUS   ROLES           AGE   VERSION
        docker-desktop   Ready    control-plane   20d   v1.30.2
        """);
  }

  @Test
  void statusReflectsTheReadyConditionAndCordoning() {
    NodeSystemInfo info = new NodeSystemInfo("v1.30.0", null, null, null, "linux", "amd64");
    Node notReady =
        node("kind-worker", "10d", Map.of(), withConditions(info, ready(ConditionStatus.False)));
    Node cordoned =
        node("kind-worker2", "10d", Map.of(), withConditions(info, ready(ConditionStatus.True)))
            .withSpec(NodeSpec.empty().withUnschedulable(true));
    Node silent = node("kind-worker3", "10d", Map.of(), withConditions(info));
    Node unreachable =
        node("kind-worker4", "10d", Map.of(), withConditions(info, ready(ConditionStatus.Unknown)));

    assertThat(Printers.table(List.of(notReady, cordoned, silent, unreachable), NOW, PLAIN))
        .isEqualTo(
            """
        NAME           STATUS                     ROLES    AGE   VERSION
        kind-worker    NotReady                   <none>   10d   v1.30.0
        kind-worker2   Ready,SchedulingDisabled   <none>   10d   v1.30.0
        kind-worker3   Unknown                    <none>   10d   v1.30.0
        kind-worker4   NotReady                   <none>   10d   v1.30.0
        """);
  }

  @Test
  void aCordonedNodeThatIsNotReadySaysBoth() {
    Node node =
        node("n", "1d", Map.of(), withConditions(null, ready(ConditionStatus.False)))
            .withSpec(NodeSpec.empty().withUnschedulable(true));

    assertThat(NodeTable.status(node)).isEqualTo("NotReady,SchedulingDisabled");
  }

  @Test
  void rolesComeFromBothLabelFormsSortedAndDeduplicated() {
    assertThat(
            NodeTable.roles(
                withLabels(
                    Map.of("node-role.kubernetes.io/worker", "", "kubernetes.io/role", "ingress"))))
        .isEqualTo("ingress,worker");
    assertThat(
            NodeTable.roles(
                withLabels(
                    Map.of("node-role.kubernetes.io/master", "", "kubernetes.io/role", "master"))))
        .isEqualTo("master");
    assertThat(
            NodeTable.roles(
                withLabels(
                    Map.of(
                        "node-role.kubernetes.io/master",
                        "true",
                        "node-role.kubernetes.io/control-plane",
                        ""))))
        .isEqualTo("control-plane,master");
  }

  @Test
  void labelsThatNameNoRoleGiveNone() {
    assertThat(
            NodeTable.roles(
                withLabels(Map.of("node-role.kubernetes.io/", "x", "kubernetes.io/role", ""))))
        .isEqualTo("<none>");
  }

  @Test
  void unreportedNodeInfoAndAddressesShowAsUnknownAndNone() {
    Node bare = node("bare", "5s", Map.of(), NodeStatus.empty());

    assertThat(Printers.table(List.of(bare), NOW, WIDE))
        .isEqualTo(
            """
        NAME   STATUS    ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE    KERNEL-VERSION   CONTAINER-RUNTIME
        bare   Unknown   <none>   5s              <none>        <none>        <unknown>   <unknown>        <unknown>
        """);
  }

  @Test
  void nodesGetNoNamespaceColumnEvenForAllNamespaces() {
    List<Node> nodes = kubeadmCluster("81m", "77m", "75m");

    assertThat(Printers.table(nodes, NOW, ALL_NAMESPACES))
        .isEqualTo(Printers.table(nodes, NOW, PLAIN));
  }
}
