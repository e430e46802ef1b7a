package dev.dslab.print;

import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** kubectl describe's pages for the kinds kept unstructured (describe.go). */
class UnstructuredDescribersTest {

  private static Unstructured object(
      String apiVersion, String kind, String namespace, String name, Map<String, ?> content) {
    return new Unstructured(
        apiVersion,
        kind,
        ObjectMeta.named(namespace, name).withCreationTimestamp(ago("5m")).withUid("u-1"),
        new TreeMap<>(content));
  }

  @Test
  void configMapDescriberPrintsEachKeyUnderARuleAndBinaryDataAsByteCounts() {
    Unstructured cm =
        object(
            "v1",
            "ConfigMap",
            "default",
            "game",
            Map.of(
                "data", Map.of("lives", "3", "mode", "easy"), "binaryData", Map.of("x", "AAEC")));
    assertThat(UnstructuredDescribers.describe(cm, Map.of(), List.of(), List.of(), NOW))
        .isEqualTo(
            """
            Name:         game
            Namespace:    default
            Labels:       <none>
            Annotations:  <none>

            Data
            ====
            lives:
            ----
            3

            mode:
            ----
            easy


            BinaryData
            ====
            x: 3 bytes

            Events:  <none>
            """);
  }

  @Test
  void secretDescriberCountsDecodedBytesAndPrintsNoEvents() {
    Unstructured secret =
        object(
            "v1",
            "Secret",
            "default",
            "db",
            Map.of("type", "Opaque", "data", Map.of("password", "czNjcjN0", "user", "YWRtaW4=")));
    assertThat(UnstructuredDescribers.describe(secret, Map.of(), List.of(), List.of(), NOW))
        .isEqualTo(
            """
            Name:         db
            Namespace:    default
            Labels:       <none>
            Annotations:  <none>

            Type:  Opaque

            Data
            ====
            password:  6 bytes
            user:      5 bytes
            """);
  }

  @Test
  void roleDescriberBreaksRulesDownCompactsThemAndSortsThem() {
    // SortableRuleSlice compares PolicyRule.String(): "Verbs:[get watch list]" before
    // "Verbs:[get]", and "[pods/log]" before "[pods]"
    Unstructured role =
        object(
            "rbac.authorization.k8s.io/v1",
            "Role",
            "default",
            "pod-reader",
            Map.of(
                "rules",
                List.of(
                    Map.of(
                        "apiGroups", List.of(""),
                        "resources", List.of("pods", "pods/log"),
                        "verbs", List.of("get", "watch", "list")),
                    Map.of(
                        "apiGroups", List.of("apps"),
                        "resources", List.of("daemonsets"),
                        "resourceNames", List.of("fluentd"),
                        "verbs", List.of("get")))));
    assertThat(UnstructuredDescribers.describe(role, Map.of(), List.of(), List.of(), NOW))
        .isEqualTo(
            """
            Name:         pod-reader
            Labels:       <none>
            Annotations:  <none>
            PolicyRule:
              Resources        Non-Resource URLs  Resource Names  Verbs
              ---------        -----------------  --------------  -----
              pods/log         []                 []              [get watch list]
              pods             []                 []              [get watch list]
              daemonsets.apps  []                 [fluentd]       [get]
            """);
  }

  @Test
  void genericDescriberPrintsTheTreeWithSmartLabels() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", "holder");
    metadata.put("namespace", "kube-system");
    metadata.put("uid", "u-1");
    metadata.put("resourceVersion", "42");
    metadata.put("creationTimestamp", "2024-06-01T11:55:00Z");
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("apiVersion", "coordination.k8s.io/v1");
    tree.put("kind", "Lease");
    tree.put("metadata", metadata);
    tree.put(
        "spec",
        Map.of(
            "holderIdentity",
            "node-1",
            "leaseDurationSeconds",
            40,
            "preferredHolder",
            List.of("a", "b")));
    assertThat(UnstructuredDescribers.generic(tree, List.of(), NOW))
        .isEqualTo(
            """
            Name:         holder
            Namespace:    kube-system
            Labels:       <none>
            Annotations:  <none>
            API Version:  coordination.k8s.io/v1
            Kind:         Lease
            Metadata:
              Creation Timestamp:  2024-06-01T11:55:00Z
              Resource Version:    42
              UID:                 u-1
            Spec:
              Holder Identity:         node-1
              Lease Duration Seconds:  40
              Preferred Holder:
                a
                b
            Events:  <none>
            """);
  }

  @Test
  void smartLabelsFollowCamelCaseSplitAndKeepOddNamesAsTheyAre() {
    assertThat(UnstructuredDescribers.smartLabelFor("apiVersion")).isEqualTo("API Version");
    assertThat(UnstructuredDescribers.smartLabelFor("podCIDR")).isEqualTo("Pod CIDR");
    assertThat(UnstructuredDescribers.smartLabelFor("nonResourceURLs"))
        .isEqualTo("Non Resource UR Ls");
    assertThat(UnstructuredDescribers.smartLabelFor("ip4")).isEqualTo("ip4");
    assertThat(UnstructuredDescribers.smartLabelFor("app.kubernetes.io/name"))
        .isEqualTo("app.kubernetes.io/name");
  }
}
