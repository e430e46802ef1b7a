package dev.dslab.yaml;

import static dev.dslab.yaml.Fixtures.problems;
import static dev.dslab.yaml.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  private static final String NAMESPACE_A =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: a
      """;

  private static String daemonSet(String podSpecLines) {
    return """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: ds
        spec:
          selector:
            matchLabels:
              app: ds
          template:
            metadata:
              labels:
                app: ds
            spec:
        """
        + podSpecLines.indent(6);
  }

  // ---------------------------------------------------------------- documents

  @Test
  void loadsTheDocumentsAroundOneWithASyntaxError() {
    String text =
        NAMESPACE_A
            + """
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: [b
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: c
        """;

    LoadResult result = ManifestReader.read("ns.yaml", text);

    assertThat(result.objects())
        .extracting(LoadedObject::document, o -> o.object().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "a"),
            org.assertj.core.groups.Tuple.tuple(3, "c"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(2);
              assertThat(p.render())
                  .startsWith("error parsing ns.yaml: document 2, line 10: YAML syntax error: ")
                  .contains("flow sequence that starts on line 9");
            });
  }

  @Test
  void loadsTheDocumentsAroundOneWithAWrongTypedField() {
    String text =
        NAMESPACE_A
            + "---\n"
            + daemonSet(
                """
        containers:
        - name: web
          image: nginx
          ports:
          - containerPort: http
        """)
            + "---\n"
            + NAMESPACE_A.replace("name: a", "name: c");

    LoadResult result = ManifestReader.read("ds.yaml", text);

    assertThat(result.kubeObjects()).extracting(o -> o.name()).containsExactly("a", "c");
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing ds.yaml: document 2, line 23: spec.template.spec.containers[0].ports[0].containerPort: "
                + "expected an integer, got \"http\"");
    assertThat(result.problems().get(0).field())
        .isEqualTo("spec.template.spec.containers[0].ports[0].containerPort");
  }

  @Test
  void countsEmptyDocumentsButSkipsThem() {
    String text =
        "---\n# nothing here\n---\n" + NAMESPACE_A + "---\n---\nnull\n---\n" + NAMESPACE_A;

    LoadResult result = ManifestReader.read("ns.yaml", text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.objects())
        .extracting(LoadedObject::document, LoadedObject::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 4), org.assertj.core.groups.Tuple.tuple(5, 12));
  }

  @Test
  void commentsAboveTheFirstMarkerAreNotADocument() {
    LoadResult result = ManifestReader.read("ns.yaml", "# namespaces\n\n---\n" + NAMESPACE_A);

    assertThat(result.objects())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.document()).isEqualTo(1);
              assertThat(o.line()).isEqualTo(4);
            });
  }

  @Test
  void readsAnEmptyTextAsNothing() {
    assertThat(ManifestReader.read("empty.yaml", ""))
        .isEqualTo(new LoadResult(List.of(), List.of()));
    assertThat(ManifestReader.read("blank.yaml", "\n# just a comment\n"))
        .isEqualTo(new LoadResult(List.of(), List.of()));
  }

  @Test
  void flattensAListIntoItsItemsWhichKeepTheDocumentNumberAndTheirOwnLines() {
    String text =
        NAMESPACE_A
            + """
        ---
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: b
        - apiVersion: example.com/v1
          kind: Widget
          metadata:
            name: web
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: c
        metadata:
          resourceVersion: ""
        """;

    LoadResult result = ManifestReader.read("list.yaml", text);

    assertThat(result.objects())
        .extracting(LoadedObject::document, LoadedObject::line, o -> o.object().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1, "a"),
            org.assertj.core.groups.Tuple.tuple(2, 9, "b"),
            org.assertj.core.groups.Tuple.tuple(2, 17, "c"));
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "resource mapping not found for name: \"web\" namespace: \"\" from \"list.yaml\": "
                + "no matches for kind \"Widget\" in version \"example.com/v1\"\n"
                + "ensure CRDs are installed first");
  }

  @Test
  void flattensTypedListsWhoseItemsNameNoKindAsTheRawApiReturnsThem() {
    String text =
        """
        apiVersion: apps/v1
        kind: DaemonSetList
        metadata:
          resourceVersion: "812"
        items:
        - metadata:
            name: one
          spec: {}
        - metadata:
            name: two
        """;

    LoadResult result = ManifestReader.read("list.yaml", text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.kubeObjects())
        .allMatch(o -> o instanceof DaemonSet)
        .extracting(o -> o.name())
        .containsExactly("one", "two");
  }

  @Test
  void keepsTheFileOrderOfListItemsWithAndWithoutTheirOwnKind() {
    String text =
        """
        apiVersion: v1
        kind: NamespaceList
        items:
        - apiVersion: v1
          kind: Namespace
          metadata: {name: a}
        - metadata: {name: b}
        - apiVersion: v1
          kind: Namespace
          metadata: {name: c}
        """;

    assertThat(ManifestReader.read("list.yaml", text).kubeObjects())
        .extracting(o -> o.name())
        .containsExactly("a", "b", "c");
  }

  @Test
  void loadsNoItemOfAListWhoseDocumentIsBroken() {
    String text =
        """
        apiVersion: v1
        items:
        - apiVersion: v1
          kind: Namespace
          metadata: {name: a}
        - apiVersion: v1
          kind: Namespace
          metadata: {name: [b}
        kind: List
        """;

    LoadResult result = ManifestReader.read("list.yaml", text);

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("YAML syntax error"));
  }

  @Test
  void loadsNothingFromTheItemsFieldOfAnObjectThatIsNotAList() {
    String text =
        """
        apiVersion: v1
        kind: Namespace
        metadata: {name: outer}
        items:
        - apiVersion: v1
          kind: Namespace
          metadata: {name: inner}
        """;

    LoadResult result = ManifestReader.read("ns.yaml", text);

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly("error parsing ns.yaml: document 1, line 4: unknown field \"items\"");
  }

  @Test
  void readsBytesCheckingThatTheyAreUtf8() {
    byte[] latin1 =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: caf\u00e9\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(ManifestReader.read("STDIN", latin1).problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing STDIN: document 1, line 4: not UTF-8 text (byte 0xE9 at offset 52): "
                + "manifests must be UTF-8");
    assertThat(
            ManifestReader.read(
                    "STDIN", NAMESPACE_A.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .kubeObjects())
        .hasSize(1);
  }

  @Test
  void namesAFileAsTheUserTypedIt() {
    LoadResult result =
        ManifestReader.read(Fixtures.seed("001-fragment-metadata.yaml"), "fragment.yaml");

    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing fragment.yaml: document 1, line 1: not a Kubernetes object (apiVersion not set, kind not set): skipped");
  }

  @Test
  void loadsANodeListDumpOfKubectlGetNodes() {
    LoadResult result = ManifestReader.read(Fixtures.manifest("kubectl-get-nodes.yaml"));

    assertThat(result.problems()).extracting(ManifestProblem::render).isEmpty();
    assertThat(result.objects()).extracting(LoadedObject::line).containsExactly(3, 165);
    Node control = (Node) result.objects().get(0).object();
    assertThat(control.name()).isEqualTo("kind-control-plane");
    assertThat(control.metadata().creationTimestamp())
        .isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(control.metadata().labels())
        .containsEntry("node-role.kubernetes.io/control-plane", "");
    assertThat(control.spec().taints())
        .containsExactly(
            Taint.of("node-role.kubernetes.io/control-plane", "", TaintEffect.NoSchedule));
    assertThat(control.spec().podCIDR()).isEqualTo("10.244.0.0/24");
    assertThat(control.status().capacity())
        .containsEntry("cpu", Quantity.parse("8"))
        .containsEntry("memory", Quantity.parse("16272600Ki"));
    assertThat(control.status().condition("Ready"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.status()).isEqualTo(dev.dslab.model.core.ConditionStatus.True);
              assertThat(c.reason()).isEqualTo("KubeletReady");
              assertThat(c.lastHeartbeatTime()).isEqualTo(Instant.parse("2024-05-01T10:05:12Z"));
            });
    assertThat(control.status().address("InternalIP")).hasValue("172.18.0.3");
    assertThat(control.status().nodeInfo().kubeletVersion()).isEqualTo("v1.30.0");
    assertThat(control.status().nodeInfo().containerRuntimeVersion())
        .isEqualTo("containerd://1.7.15");
    Node worker = (Node) result.objects().get(1).object();
    assertThat(worker.metadata().labels()).containsEntry("disk", "ssd");
    assertThat(worker.spec().taints()).isEmpty();
  }

  @Test
  void loadsTheJsonOfKubectlGetDaemonSet() {
    DaemonSet ds = single(Fixtures.manifest("kubectl-get-ds.json"), DaemonSet.class);

    assertThat(ds.namespace()).isEqualTo("default");
    assertThat(ds.metadata().generation()).isEqualTo(1);
    assertThat(ds.templateGeneration()).isEqualTo(1);
    assertThat(ds.metadata().annotations().get("kubectl.kubernetes.io/last-applied-configuration"))
        .startsWith("{\"apiVersion\":\"apps/v1\"")
        .endsWith("}\n");
    assertThat(ds.spec().updateStrategy().rollingUpdate().maxSurge()).isEqualTo(IntOrString.of(0));
    assertThat(ds.spec().updateStrategy().rollingUpdate().maxUnavailable())
        .isEqualTo(IntOrString.of(1));
    assertThat(ds.spec().revisionHistoryLimit()).isEqualTo(10);
    assertThat(ds.spec().template().metadata().creationTimestamp()).isNull();
    assertThat(ds.spec().template().spec().hostNetwork()).isTrue();
    assertThat(ds.status().numberReady()).isEqualTo(2);
    assertThat(ds.status().observedGeneration()).isEqualTo(1);
  }

  @Test
  void loadsAFullPodDumpIgnoringWhatTheModelDoesNotCarry() {
    Pod pod = single(Fixtures.manifest("kubectl-get-pod.yaml"), Pod.class);

    assertThat(pod.metadata().controllerRef())
        .hasValueSatisfying(
            ref -> {
              assertThat(ref.kind()).isEqualTo("DaemonSet");
              assertThat(ref.blockOwnerDeletion()).isTrue();
            });
    assertThat(pod.spec().nodeName()).isEqualTo("kind-worker");
    assertThat(pod.spec().serviceAccountName()).isEqualTo("default");
    assertThat(
            pod.spec()
                .affinity()
                .nodeAffinity()
                .required()
                .nodeSelectorTerms()
                .get(0)
                .matchFields()
                .get(0)
                .values())
        .containsExactly("kind-worker");
    assertThat(pod.spec().tolerations())
        .contains(Toleration.exists("node.kubernetes.io/not-ready", TaintEffect.NoExecute));
    assertThat(pod.status().phase()).isEqualTo(dev.dslab.model.core.PodPhase.Running);
    assertThat(pod.status().isReady()).isTrue();
    assertThat(pod.status().conditions()).hasSize(5);
    assertThat(pod.status().containerStatuses())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.state())
                  .isEqualTo(new ContainerState.Running(Instant.parse("2024-05-01T10:10:02Z")));
              assertThat(s.lastState()).isNull();
              assertThat(s.started()).isTrue();
            });
  }

  @Test
  void keepsVolumeSourcesTheModelDoesNotTypeAsPlainTrees() {
    Pod pod = single(Fixtures.manifest("kubectl-get-pod.yaml"), Pod.class);

    VolumeSource source = pod.spec().volumes().get(0).source();
    assertThat(source).isInstanceOf(VolumeSource.Other.class);
    VolumeSource.Other projected = (VolumeSource.Other) source;
    assertThat(projected.type()).isEqualTo("projected");
    assertThat(projected.fields()).containsEntry("defaultMode", 420);
    assertThat(projected.fields().get("sources")).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> token =
        (Map<String, Object>)
            ((List<Map<String, Object>>) projected.fields().get("sources"))
                .get(0)
                .get("serviceAccountToken");
    assertThat(token)
        .containsExactly(Map.entry("expirationSeconds", 3607), Map.entry("path", "token"));
  }

  @Test
  void loadsAServiceDumpIgnoringServerFields() {
    dev.dslab.model.core.Service service =
        single(Fixtures.manifest("kubectl-get-svc.yaml"), dev.dslab.model.core.Service.class);

    assertThat(service.spec().clusterIP()).isEqualTo("10.105.186.30");
    assertThat(service.spec().ports().get(0).nodePort()).isEqualTo(30566);
    assertThat(service.spec().ports().get(0).targetPort()).isEqualTo(IntOrString.of(8080));
  }

  // ---------------------------------------------------------------- kinds

  @Test
  void keepsServedKindsAsSentAndReportsUnservedOnesAsKubectlDoes() {
    String text =
        """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: web
          namespace: shop
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          level: debug
        ---
        """
            + NAMESPACE_A;

    LoadResult result = ManifestReader.read("mixed.yaml", text);

    assertThat(result.kubeObjects()).extracting(o -> o.name()).containsExactly("settings", "a");
    assertThat(result.kubeObjects().get(0))
        .isEqualTo(
            new dev.dslab.model.meta.Unstructured(
                "v1",
                "ConfigMap",
                dev.dslab.model.meta.ObjectMeta.named("settings"),
                new java.util.TreeMap<>(
                    java.util.Map.of("data", java.util.Map.of("level", "debug")))));
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "resource mapping not found for name: \"web\" namespace: \"shop\" from \"mixed.yaml\": "
                + "no matches for kind \"Widget\" in version \"example.com/v1\"\n"
                + "ensure CRDs are installed first");
  }

  @Test
  void reportsAKnownKindUnderAnOldApiVersionAsNotServed() {
    String text = daemonSet("containers: []").replace("apps/v1", "extensions/v1beta1");

    assertThat(problems(text)).hasSize(1);
    assertThat(problems(text).get(0))
        .startsWith("resource mapping not found for name: ")
        .endsWith(
            "no matches for kind \"DaemonSet\" in version \"extensions/v1beta1\"\n"
                + "ensure CRDs are installed first");
  }

  @Test
  void reportsAMissingApiVersionWithTheOneToUse() {
    assertThat(problems("kind: Node\nmetadata:\n  name: n\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 1: apiVersion not set for kind \"Node\": skipped; Node is v1");
  }

  @Test
  void reportsADocumentThatIsNotAnObject() {
    assertThat(problems("- a\n- b\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 1: expected an object (a Kubernetes manifest), got a list");
  }

  @Test
  void loadsEverySupportedKind() {
    String text =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: c, image: busybox}]
        ---
        apiVersion: v1
        kind: Event
        metadata: {name: e, namespace: default}
        involvedObject: {kind: DaemonSet, name: ds, namespace: default}
        reason: SuccessfulCreate
        message: "Created pod: ds-abcde"
        source: {component: daemonset-controller}
        count: 2
        type: Normal
        firstTimestamp: "2024-05-01T10:00:00Z"
        lastTimestamp: "2024-05-01T10:01:00Z"
        ---
        apiVersion: apps/v1
        kind: ControllerRevision
        metadata: {name: ds-6f8b7c9d5}
        data:
          spec:
            template:
              $patch: replace
              metadata: {labels: {app: ds}}
              spec:
                containers: [{name: c, image: busybox}]
        revision: 3
        """;

    LoadResult result = ManifestReader.read("kinds.yaml", text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.kubeObjects())
        .hasExactlyElementsOfTypes(Pod.class, Event.class, ControllerRevision.class);
    Event event = (Event) result.kubeObjects().get(1);
    assertThat(event.sourceComponent()).isEqualTo("daemonset-controller");
    assertThat(event.count()).isEqualTo(2);
    assertThat(event.lastTimestamp()).isEqualTo(Instant.parse("2024-05-01T10:01:00Z"));
    ControllerRevision revision = (ControllerRevision) result.kubeObjects().get(2);
    assertThat(revision.revision()).isEqualTo(3);
    assertThat(revision.template().metadata().labels()).containsEntry("app", "ds");
    assertThat(revision.template().spec().containers().get(0).image()).isEqualTo("busybox");
  }

  @Test
  void controllerRevisionWithoutATemplateIsAProblem() {
    assertThat(
            problems(
                "apiVersion: apps/v1\nkind: ControllerRevision\nmetadata: {name: r}\nrevision: 1\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 1: data.spec.template: Required value");
  }

  // ---------------------------------------------------------------- field types

  @Test
  void rejectsABooleanLabelValueAndSaysHowToQuoteIt() {
    String text =
        daemonSet(
            """
        nodeSelector:
          ssd: true
        containers:
        - name: web
          image: nginx
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 15: "
                + "spec.template.spec.nodeSelector.ssd: expected a string, got a boolean (quote it: \"true\")");
  }

  @Test
  void rejectsANumberInAStringField() {
    String text =
        daemonSet(
            """
        containers:
        - name: web
          image: nginx
          env:
          - name: VERSION
            value: 1.10
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 19: "
                + "spec.template.spec.containers[0].env[0].value: expected a string, got a number (quote it: \"1.10\")");
  }

  @Test
  void namesLabelKeysThatAreNotPlainInBrackets() {
    String text =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    kubernetes.io/managed: yes\n";

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 6: "
                + "metadata.labels[kubernetes.io/managed]: expected a string, got a boolean (quote it: \"yes\")");
  }

  @Test
  void rejectsAnObjectWhereAListIsExpected() {
    String text =
        daemonSet(
            """
        containers:
          name: web
          image: nginx
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 14: "
                + "spec.template.spec.containers: expected a list, got an object");
  }

  @Test
  void rejectsAStringWhereAnObjectIsExpected() {
    assertThat(problems("apiVersion: v1\nkind: Namespace\nmetadata: default\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 3: metadata: expected an object, got \"default\"");
  }

  @Test
  void rejectsAnIntegerOutOfRange() {
    String text =
        daemonSet(
            """
        containers:
        - name: web
          ports:
          - containerPort: 99999999999
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 17: "
                + "spec.template.spec.containers[0].ports[0].containerPort: value 99999999999 is out of range "
                + "[-2147483648, 2147483647]");
  }

  @Test
  void rejectsAnUnknownTaintEffect() {
    String text =
        """
        apiVersion: v1
        kind: Node
        metadata:
          name: n
        spec:
          taints:
          - key: dedicated
            value: gpu
            effect: NoScheudle
        """;

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 9: spec.taints[0].effect: "
                + "Unsupported value: \"NoScheudle\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"");
  }

  @Test
  void rejectsATaintWithoutAnEffect() {
    assertThat(
            problems(
                "apiVersion: v1\nkind: Node\nmetadata: {name: n}\nspec:\n  taints:\n  - key: k\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 6: spec.taints[0].effect: Required value");
  }

  @Test
  void acceptsATolerationWithoutAnEffectAsEveryEffect() {
    DaemonSet ds =
        single(
            daemonSet(
                """
        tolerations:
        - operator: Exists
        - key: dedicated
          operator: Equal
          value: gpu
          effect: ""
          tolerationSeconds: 300
        containers: []
        """),
            DaemonSet.class);

    assertThat(ds.spec().template().spec().tolerations())
        .containsExactly(
            new Toleration(null, "Exists", null, null, null),
            new Toleration("dedicated", "Equal", "gpu", null, 300L));
  }

  @Test
  void rejectsABadQuantity() {
    String text =
        daemonSet(
            """
        containers:
        - name: web
          resources:
            requests:
              cpu: lots
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 18: "
                + "spec.template.spec.containers[0].resources.requests.cpu: invalid quantity \"lots\": quantities must match "
                + "the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @Test
  void acceptsQuantitiesWrittenAsNumbers() {
    DaemonSet ds =
        single(
            daemonSet(
                """
        containers:
        - name: web
          resources:
            limits: {cpu: 1, memory: 200Mi}
            requests: {cpu: 0.5}
        """),
            DaemonSet.class);

    var resources = ds.spec().template().spec().containers().get(0).resources();
    assertThat(resources.limits())
        .containsEntry("cpu", Quantity.parse("1"))
        .containsEntry("memory", Quantity.parse("200Mi"));
    assertThat(resources.requests().get("cpu").milliValue()).isEqualTo(500);
  }

  @Test
  void acceptsIntegersAndStringsForIntOrStringFields() {
    DaemonSet ds =
        single(
            """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: 25%, maxSurge: 1}
        """,
            DaemonSet.class);

    assertThat(ds.spec().updateStrategy().rollingUpdate().maxUnavailable())
        .isEqualTo(IntOrString.of("25%"));
    assertThat(ds.spec().updateStrategy().rollingUpdate().maxSurge()).isEqualTo(IntOrString.of(1));
    assertThat(
            problems(
                """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: 2.5}
        """))
        .containsExactly(
            "error parsing test.yaml: document 1, line 6: "
                + "spec.updateStrategy.rollingUpdate.maxUnavailable: expected an integer or a string, got a number (2.5)");
  }

  @Test
  void readsRfc3339TimestampsAndRejectsOthers() {
    Namespace ns =
        single(
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
                + "  creationTimestamp: 2024-05-01T12:00:00+02:00\n",
            Namespace.class);

    assertThat(ns.metadata().creationTimestamp()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(
            problems(
                "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  creationTimestamp: yesterday\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 5: metadata.creationTimestamp: expected an RFC 3339 "
                + "time such as \"2024-05-01T10:00:00Z\", got \"yesterday\"");
  }

  @Test
  void leavesTheNamespaceUnsetWhenTheManifestHasNone() {
    assertThat(single(NAMESPACE_A, Namespace.class).metadata().namespace()).isNull();
  }

  @Test
  void keepsPodAffinityAndEnvReferencesAsPlainJavaTrees() {
    DaemonSet ds =
        single(
            daemonSet(
                """
        affinity:
          podAntiAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchLabels: {app: ds}
              topologyKey: kubernetes.io/hostname
        containers:
        - name: web
          env:
          - name: NODE
            valueFrom:
              fieldRef: {fieldPath: spec.nodeName}
        """),
            DaemonSet.class);

    Affinity affinity = ds.spec().template().spec().affinity();
    assertThat(affinity.nodeAffinity()).isNull();
    assertThat(affinity.podAntiAffinity())
        .isEqualTo(
            Map.of(
                "requiredDuringSchedulingIgnoredDuringExecution",
                List.of(
                    Map.of(
                        "labelSelector",
                        Map.of("matchLabels", Map.of("app", "ds")),
                        "topologyKey",
                        "kubernetes.io/hostname"))));
    assertThat(ds.spec().template().spec().containers().get(0).env())
        .containsExactly(
            new EnvVar("NODE", null, Map.of("fieldRef", Map.of("fieldPath", "spec.nodeName"))));
  }

  @Test
  void tellsAnEmptyStringFromAnAbsentValue() {
    DaemonSet ds =
        single(
            daemonSet(
                """
        containers:
        - name: web
          env:
          - name: EMPTY
            value: ""
          - name: UNSET
            value:
        """),
            DaemonSet.class);

    assertThat(ds.spec().template().spec().containers().get(0).env())
        .containsExactly(new EnvVar("EMPTY", "", null), new EnvVar("UNSET", null, null));
  }

  // ---------------------------------------------------------------- structure

  @Test
  void reportsUnknownFieldsAndDoesNotLoadTheDocument() {
    String text =
        daemonSet(
            """
        contaners:
        - name: web
          image: nginx
        """);

    LoadResult result = ManifestReader.read("ds.yaml", text);

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing ds.yaml: "
                + "document 1, line 14: unknown field \"spec.template.spec.contaners\" (did you mean \"containers\"?)");
  }

  @Test
  void reportsEveryUnknownFieldOfADocumentInLineOrder() {
    String text =
        daemonSet(
                """
        containers:
        - name: web
          imagePullPolcy: Always
        hostNetwrok: true
        """)
            + "extra: 1\n";

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 16: unknown field \"spec.template.spec.containers[0].imagePullPolcy\""
                + " (did you mean \"imagePullPolicy\"?)",
            "error parsing test.yaml: document 1, line 17: unknown field \"spec.template.spec.hostNetwrok\""
                + " (did you mean \"hostNetwork\"?)",
            "error parsing test.yaml: document 1, line 18: unknown field \"extra\"");
  }

  @Test
  void reportsAMisspeltVolumeSourceAsAnUnknownField() {
    String text =
        daemonSet(
            """
        containers: []
        volumes:
        - name: logs
          hostPth: {path: /var/log}
        """);

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 17: "
                + "unknown field \"spec.template.spec.volumes[0].hostPth\" (did you mean \"hostPath\"?)");
  }

  @Test
  void readsAVolumeWithoutASourceAsTheEmptyDirTheApiDefaultsTo() {
    DaemonSet ds =
        single(daemonSet("containers: []\nvolumes:\n- name: scratch\n"), DaemonSet.class);

    assertThat(ds.spec().template().spec().volumes().get(0).source())
        .isEqualTo(new VolumeSource.EmptyDir(null, null));
  }

  @Test
  void rejectsAVolumeWithTwoSources() {
    String text =
        daemonSet("containers: []\nvolumes:\n- name: x\n  emptyDir: {}\n  hostPath: {path: /x}\n");

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 16: "
                + "spec.template.spec.volumes[0]: may not specify more than 1 volume type");
  }

  @Test
  void reportsAContainerWithoutANameAsARequiredValue() {
    String text = daemonSet("containers:\n- image: nginx\n");

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 15: "
                + "spec.template.spec.containers[0].name: Required value");
  }

  @Test
  void reportsDuplicateKeys() {
    String text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n";

    assertThat(problems(text))
        .containsExactly(
            "error parsing test.yaml: document 1, line 5: duplicate field \"metadata.name\" (first set on line 4)");
  }

  @Test
  void resolvesAnchorsAliasesAndMergeKeys() {
    Pod pod =
        single(
            """
        apiVersion: v1
        kind: Pod
        metadata:
          name: &name web
          labels: &labels
            app: web
        spec:
          nodeSelector:
            <<: *labels
            app: overridden
            disk: ssd
          containers:
          - name: *name
            image: nginx
        """,
            Pod.class);

    assertThat(pod.spec().containers().get(0).name()).isEqualTo("web");
    assertThat(pod.spec().nodeSelector())
        .containsExactly(Map.entry("app", "overridden"), Map.entry("disk", "ssd"));
  }

  @Test
  void readsAStreamOfJsonObjects() {
    String text =
        """
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}
        {"apiVersion": "v1", "kind": "Namespace",
         "metadata": {"name": "b"}}
        """;

    LoadResult result = ManifestReader.read("STDIN", text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.objects())
        .extracting(LoadedObject::document, LoadedObject::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
  }

  @Test
  void saysTheRestOfAJsonStreamWasNotReadAfterASyntaxError() {
    String text =
        """
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}
        {"apiVersion": "v1" "kind": "Namespace"}
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "c"}}
        """;

    LoadResult result = ManifestReader.read("STDIN", text);

    assertThat(result.kubeObjects()).extracting(o -> o.name()).containsExactly("a");
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .singleElement()
        .asString()
        .startsWith(
            "error parsing STDIN: document 2, line 2: JSON syntax error: Unexpected character")
        .endsWith("; the rest of the input was not read");
  }

  @Test
  void doesNotClaimAnythingWasLeftUnreadWhenJsonEndsEarly() {
    assertThat(problems("{\"apiVersion\": \"v1\",\n \"kind\": \"Namespace\""))
        .singleElement()
        .asString()
        .isEqualTo(
            "error parsing test.yaml: document 1, line 2: JSON syntax error: Unexpected end-of-input: "
                + "expected close marker for Object (start marker at line 1, column 1)");
  }

  // ---------------------------------------------------------------- files and rendering

  @Test
  void reportsAMissingFileWithoutADocumentOrLine() {
    LoadResult result = ManifestReader.read(java.nio.file.Path.of("no-such-dir", "ds.yaml"));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error reading " + java.nio.file.Path.of("no-such-dir", "ds.yaml") + ": no such file");
  }

  @Test
  void rendersOneLineNamingFileDocumentLineAndField() {
    assertThat(
            new ManifestProblem("ds.yaml", 2, 14, "spec.x", "expected an integer, got \"http\"")
                .render())
        .isEqualTo(
            "error parsing ds.yaml: document 2, line 14: spec.x: expected an integer, got \"http\"");
    assertThat(
            new ManifestProblem(
                    "ds.yaml", 1, 3, null, "unsupported kind \"Job\" (batch/v1): skipped")
                .render())
        .isEqualTo(
            "error parsing ds.yaml: document 1, line 3: unsupported kind \"Job\" (batch/v1): skipped");
    assertThat(
            new ManifestProblem("ds.yaml", 1, 3, "spec.foo", "unknown field \"spec.foo\"").render())
        .isEqualTo("error parsing ds.yaml: document 1, line 3: unknown field \"spec.foo\"");
    assertThat(new ManifestProblem("ds.yaml", 1, 3, null, "two\nlines").render())
        .doesNotContain("\n");
  }
}
