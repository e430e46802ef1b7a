package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ManifestWriterTest {
  private static final Instant MAY_FIRST = Instant.parse("2024-05-01T10:00:00Z");

  private static DaemonSet web() {
    Map<String, String> labels = Map.of("app", "web", "ssd", "true");
    PodSpec pod =
        PodSpec.of(
                Container.of("web", "nginx:1.25")
                    .withPorts(List.of(new ContainerPort(null, 80, 8080, "TCP", null))))
            .withTolerations(
                List.of(
                    Toleration.exists(
                        "node-role.kubernetes.io/control-plane", TaintEffect.NoSchedule)));
    return new DaemonSet(
        ObjectMeta.named("default", "web")
            .withUid("u-1")
            .withResourceVersion("7")
            .withGeneration(1)
            .withCreationTimestamp(MAY_FIRST)
            .withLabels(labels),
        new DaemonSetSpec(
            LabelSelector.ofLabels(labels),
            new PodTemplateSpec(ObjectMeta.named(null).withLabels(labels), pod),
            new DaemonSetUpdateStrategy(
                "RollingUpdate",
                new RollingUpdateDaemonSet(IntOrString.of(1), IntOrString.of("25%"))),
            0,
            10),
        new DaemonSetStatus(2, 0, 2, 1, 1, 2, 1, 1, null));
  }

  @Test
  void printsJsonExactlyAsKubectlDoes() {
    assertThat(ManifestWriter.json(web()))
        .isEqualTo(
            """
        {
            "apiVersion": "apps/v1",
            "kind": "DaemonSet",
            "metadata": {
                "creationTimestamp": "2024-05-01T10:00:00Z",
                "generation": 1,
                "labels": {
                    "app": "web",
                    "ssd": "true"
                },
                "name": "web",
                "namespace": "default",
                "resourceVersion": "7",
                "uid": "u-1"
            },
            "spec": {
                "revisionHistoryLimit": 10,
                "selector": {
                    "matchLabels": {
                        "app": "web",
                        "ssd": "true"
                    }
                },
                "template": {
                    "metadata": {
                        "labels": {
                            "app": "web",
                            "ssd": "true"
                        }
                    },
                    "spec": {
                        "containers": [
                            {
                                "image": "nginx:1.25",
                                "name": "web",
                                "ports": [
                                    {
                                        "containerPort": 80,
                                        "hostPort": 8080,
                                        "protocol": "TCP"
                                    }
                                ],
                                "resources": {}
                            }
                        ],
                        "tolerations": [
                            {
                                "effect": "NoSchedule",
                                "key": "node-role.kubernetes.io/control-plane",
                                "operator": "Exists"
                            }
                        ]
                    }
                },
                "updateStrategy": {
                    "rollingUpdate": {
                        "maxSurge": "25%",
                        "maxUnavailable": 1
                    },
                    "type": "RollingUpdate"
                }
            },
            "status": {
                "currentNumberScheduled": 2,
                "desiredNumberScheduled": 2,
                "numberAvailable": 1,
                "numberMisscheduled": 0,
                "numberReady": 1,
                "numberUnavailable": 1,
                "observedGeneration": 1,
                "updatedNumberScheduled": 2
            }
        }
        """);
  }

  @Test
  void printsYamlAsKubectlDoes() {
    assertThat(ManifestWriter.yaml(web()))
        .isEqualTo(
            """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          creationTimestamp: "2024-05-01T10:00:00Z"
          generation: 1
          labels:
            app: web
            ssd: "true"
          name: web
          namespace: default
          resourceVersion: "7"
          uid: u-1
        spec:
          revisionHistoryLimit: 10
          selector:
            matchLabels:
              app: web
              ssd: "true"
          template:
            metadata:
              labels:
                app: web
                ssd: "true"
            spec:
              containers:
              - image: nginx:1.25
                name: web
                ports:
                - containerPort: 80
                  hostPort: 8080
                  protocol: TCP
                resources: {}
              tolerations:
              - effect: NoSchedule
                key: node-role.kubernetes.io/control-plane
                operator: Exists
          updateStrategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 1
            type: RollingUpdate
        status:
          currentNumberScheduled: 2
          desiredNumberScheduled: 2
          numberAvailable: 1
          numberMisscheduled: 0
          numberReady: 1
          numberUnavailable: 1
          observedGeneration: 1
          updatedNumberScheduled: 2
        """);
  }

  @Test
  void quotesStringsThatWouldReadBackAsAnotherType() {
    Namespace ns =
        new Namespace(
            ObjectMeta.named("demo")
                .withAnnotations(
                    Map.of(
                        "bool",
                        "true",
                        "yes",
                        "yes",
                        "int",
                        "1",
                        "version",
                        "1.10",
                        "hex",
                        "0x1F",
                        "empty",
                        "",
                        "null",
                        "null",
                        "tilde",
                        "~",
                        "time",
                        "2024-05-01T10:00:00Z",
                        "plain",
                        "nginx:1.25")),
            null);

    assertThat(ManifestWriter.yaml(ns))
        .startsWith(
            """
        apiVersion: v1
        kind: Namespace
        metadata:
          annotations:
            bool: "true"
            empty: ""
            hex: "0x1F"
            int: "1"
            "null": "null"
            plain: nginx:1.25
            tilde: "~"
            time: "2024-05-01T10:00:00Z"
            version: "1.10"
            "yes": "yes"
          name: demo
        """);
  }

  @Test
  void writesMultiLineStringsAsLiteralBlocks() {
    Namespace ns =
        new Namespace(ObjectMeta.named("n").withAnnotation("script", "echo one\necho two\n"), null);

    assertThat(ManifestWriter.yaml(ns))
        .contains(
            """
            script: |
              echo one
              echo two
        """);
  }

  @Test
  void escapesHtmlCharactersInJsonAsGoDoes() {
    Namespace ns =
        new Namespace(ObjectMeta.named("n").withAnnotation("expr", "a < b && c > d\u2028"), null);

    assertThat(ManifestWriter.json(ns))
        .contains("\"expr\": \"a \\u003c b \\u0026\\u0026 c \\u003e d\\u2028\"");
  }

  @Test
  void compactJsonAsBytesIsTheCompactStringInUtf8EscapesIncluded() throws Exception {
    java.util.Map<String, Object> tree =
        new java.util.TreeMap<>(
            java.util.Map.of(
                "b",
                "a < b && c > d\u2028 \u00e9\u4e2d\ud83d\ude00 \u0001",
                "a",
                java.util.List.of(1, 2.5, true)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    ManifestWriter.compactJson(tree, bytes);

    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(ManifestWriter.compactJson(tree))
        .contains("\\u003c b \\u0026\\u0026 c \\u003e d\\u2028 \u00e9\u4e2d\ud83d\ude00 \\u0001");
  }

  @Test
  void wrapsSeveralObjectsInAListAsKubectlDoes() {
    Namespace a = new Namespace(ObjectMeta.named("a"), null);

    assertThat(ManifestWriter.json(List.of(a)))
        .isEqualTo(
            """
        {
            "apiVersion": "v1",
            "items": [
                {
                    "apiVersion": "v1",
                    "kind": "Namespace",
                    "metadata": {
                        "name": "a"
                    },
                    "spec": {
                        "finalizers": [
                            "kubernetes"
                        ]
                    },
                    "status": {
                        "phase": "Active"
                    }
                }
            ],
            "kind": "List",
            "metadata": {
                "resourceVersion": ""
            }
        }
        """);
    assertThat(ManifestWriter.yaml(List.of()))
        .isEqualTo(
            """
        apiVersion: v1
        items: []
        kind: List
        metadata:
          resourceVersion: ""
        """);
    assertThat(ManifestWriter.json(List.of())).contains("\"items\": [],");
  }

  @Test
  void omitsUnsetFieldsButAlwaysShowsTheFourDaemonSetCounters() {
    DaemonSet bare =
        new DaemonSet(ObjectMeta.named("bare"), new DaemonSetSpec(null, null, null, 0, null), null);

    assertThat(ManifestWriter.yaml(bare))
        .isEqualTo(
            """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: bare
        spec: {}
        status:
          currentNumberScheduled: 0
          desiredNumberScheduled: 0
          numberMisscheduled: 0
          numberReady: 0
        """);
  }

  @Test
  void writesAPodAndItsStatusAsTheApiShowsThem() {
    Pod pod =
        new Pod(
            ObjectMeta.named("default", "web-x1")
                .withOwnerReferences(
                    List.of(
                        dev.dslab.model.meta.OwnerReference.controllerRef(
                            "apps/v1", "DaemonSet", "web", "u-1"))),
            PodSpec.of(Container.of("web", "nginx")).withNodeName("node-1"),
            new PodStatus(
                PodPhase.Running,
                List.of(new PodCondition("Ready", ConditionStatus.True, MAY_FIRST, null, null)),
                "10.0.0.1",
                "10.244.1.5",
                MAY_FIRST,
                List.of(
                    new ContainerStatus(
                        "web",
                        "nginx",
                        true,
                        0,
                        true,
                        new ContainerState.Running(MAY_FIRST),
                        null)),
                null,
                null));

    Map<String, Object> tree = ManifestWriter.toTree(pod);

    assertThat(tree)
        .containsEntry(
            "status",
            Map.of(
                "phase",
                "Running",
                "conditions",
                List.of(
                    Map.of(
                        "type",
                        "Ready",
                        "status",
                        "True",
                        "lastTransitionTime",
                        "2024-05-01T10:00:00Z")),
                "hostIP",
                "10.0.0.1",
                "hostIPs",
                List.of(Map.of("ip", "10.0.0.1")),
                "podIP",
                "10.244.1.5",
                "podIPs",
                List.of(Map.of("ip", "10.244.1.5")),
                "startTime",
                "2024-05-01T10:00:00Z",
                "containerStatuses",
                List.of(
                    Map.of(
                        "name",
                        "web",
                        "image",
                        "nginx",
                        "ready",
                        true,
                        "restartCount",
                        0,
                        "started",
                        true,
                        "state",
                        Map.of("running", Map.of("startedAt", "2024-05-01T10:00:00Z")),
                        "lastState",
                        Map.of()))));
    assertThat(ManifestWriter.yaml(pod))
        .contains(
            """
          ownerReferences:
          - apiVersion: apps/v1
            blockOwnerDeletion: true
            controller: true
            kind: DaemonSet
            name: web
            uid: u-1
        """);
  }

  @Test
  void writesAControllerRevisionsTemplateAsAReplacePatch() {
    ControllerRevision revision =
        new ControllerRevision(
            ObjectMeta.named("default", "web-5d4f"),
            new PodTemplateSpec(
                ObjectMeta.named(null).withLabels(Map.of("app", "web")),
                PodSpec.of(Container.of("web", "nginx"))),
            2);

    assertThat(ManifestWriter.yaml(revision))
        .isEqualTo(
            """
        apiVersion: apps/v1
        data:
          spec:
            template:
              $patch: replace
              metadata:
                labels:
                  app: web
              spec:
                containers:
                - image: nginx
                  name: web
                  resources: {}
        kind: ControllerRevision
        metadata:
          name: web-5d4f
          namespace: default
        revision: 2
        """);
  }

  @Test
  void writesAnEventWithItsSourceAsReportingComponent() {
    Event event =
        new Event(
            ObjectMeta.named("default", "web.17c3"),
            new ObjectReference("apps/v1", "DaemonSet", "default", "web", "u-1", null),
            Event.NORMAL,
            "SuccessfulCreate",
            "Created pod: web-x1",
            "daemonset-controller",
            null,
            1,
            MAY_FIRST,
            MAY_FIRST);

    assertThat(ManifestWriter.yaml(event))
        .isEqualTo(
            """
        apiVersion: v1
        count: 1
        firstTimestamp: "2024-05-01T10:00:00Z"
        involvedObject:
          apiVersion: apps/v1
          kind: DaemonSet
          name: web
          namespace: default
          uid: u-1
        kind: Event
        lastTimestamp: "2024-05-01T10:00:00Z"
        message: 'Created pod: web-x1'
        metadata:
          name: web.17c3
          namespace: default
        reason: SuccessfulCreate
        reportingComponent: daemonset-controller
        reportingInstance: ""
        source:
          component: daemonset-controller
        type: Normal
        """);
  }

  @Test
  void writesAServiceWithItsClusterIpsAndAnEmptyLoadBalancerStatus() {
    Service service =
        new Service(
            ObjectMeta.named("default", "greet"),
            new ServiceSpec(
                "NodePort",
                new TreeMap<>(Map.of("app", "greet")),
                List.of(new ServicePort(null, "TCP", 80, IntOrString.of(8080), 30566)),
                "10.105.186.30",
                null));

    assertThat(ManifestWriter.yaml(service))
        .isEqualTo(
            """
        apiVersion: v1
        kind: Service
        metadata:
          name: greet
          namespace: default
        spec:
          clusterIP: 10.105.186.30
          clusterIPs:
          - 10.105.186.30
          ports:
          - nodePort: 30566
            port: 80
            protocol: TCP
            targetPort: 8080
          selector:
            app: greet
          type: NodePort
        status:
          loadBalancer: {}
        """);
  }

  @Test
  void writesNodeTaintsCapacityAndSystemInfo() {
    Node node =
        new Node(
            ObjectMeta.named("node-1"),
            new NodeSpec(
                "10.244.1.0/24",
                List.of(new Taint("gpu", "", TaintEffect.NoExecute, MAY_FIRST)),
                true,
                null),
            new dev.dslab.model.core.NodeStatus(
                new TreeMap<>(Map.of("cpu", dev.dslab.model.core.Quantity.parse("4"))),
                null,
                null,
                List.of(new dev.dslab.model.core.NodeAddress("InternalIP", "10.0.0.1")),
                new dev.dslab.model.core.NodeSystemInfo(
                    "v1.30.0", "Ubuntu 22.04", "6.5.0", "containerd://1.7.15", "linux", "amd64")));

    assertThat(ManifestWriter.yaml(node))
        .isEqualTo(
            """
        apiVersion: v1
        kind: Node
        metadata:
          name: node-1
        spec:
          podCIDR: 10.244.1.0/24
          podCIDRs:
          - 10.244.1.0/24
          taints:
          - effect: NoExecute
            key: gpu
            timeAdded: "2024-05-01T10:00:00Z"
          unschedulable: true
        status:
          addresses:
          - address: 10.0.0.1
            type: InternalIP
          capacity:
            cpu: "4"
          nodeInfo:
            architecture: amd64
            bootID: ""
            containerRuntimeVersion: containerd://1.7.15
            kernelVersion: 6.5.0
            kubeProxyVersion: ""
            kubeletVersion: v1.30.0
            machineID: ""
            operatingSystem: linux
            osImage: Ubuntu 22.04
            systemUUID: ""
        """);
  }

  @Test
  void writesTimestampsInUtcWithSecondsPrecision() {
    Namespace ns =
        new Namespace(
            ObjectMeta.named("n")
                .withCreationTimestamp(Instant.parse("2024-05-01T10:00:00.987654Z")),
            null);

    assertThat(ManifestWriter.toTree(ns))
        .extracting(t -> ((Map<?, ?>) t.get("metadata")).get("creationTimestamp"))
        .isEqualTo("2024-05-01T10:00:00Z");
  }

  @Test
  void printsAnyPlainTreeInTheSameJsonStyle() {
    assertThat(
            ManifestWriter.jsonTree(
                Map.of("node", "node-1", "reasons", List.of(), "fits", true, "score", 7)))
        .isEqualTo(
            """
            {
                "fits": true,
                "node": "node-1",
                "reasons": [],
                "score": 7
            }
            """);
  }

  @Test
  void refusesAKindItDoesNotKnow() {
    KubeObject stranger =
        new KubeObject() {
          @Override
          public String apiVersion() {
            return "batch/v1";
          }

          @Override
          public String kind() {
            return "Job";
          }

          @Override
          public ObjectMeta metadata() {
            return ObjectMeta.named("j");
          }

          @Override
          public KubeObject withMetadata(ObjectMeta metadata) {
            return this;
          }
        };

    assertThatThrownBy(() -> ManifestWriter.json(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Job");
  }
}
