package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Unstructured;
import org.junit.jupiter.api.Test;

class UnstructuredManifestTest {
  private static final String CLUSTER_ROLE =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        labels:
          app: agent
        name: agent
      rules:
      - apiGroups:
        - ""
        resources:
        - nodes
        - pods
        verbs:
        - get
        - list
        - watch
      """;

  @Test
  void aClusterRoleIsKeptAsSentAndWrittenBackAsItCame() {
    LoadResult result = ManifestReader.read("role.yaml", CLUSTER_ROLE);

    assertThat(result.problems()).isEmpty();
    KubeObject role = result.kubeObjects().get(0);
    assertThat(role).isInstanceOf(Unstructured.class);
    assertThat(role.kind()).isEqualTo("ClusterRole");
    assertThat(role.apiVersion()).isEqualTo("rbac.authorization.k8s.io/v1");
    assertThat(role.metadata().labels()).containsEntry("app", "agent");
    assertThat(ManifestWriter.yaml(role)).isEqualTo(CLUSTER_ROLE);
  }

  @Test
  void everyFieldOfAnUnmodelledKindSurvivesAJsonRoundTrip() {
    String secret =
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          namespace: kube-system
        type: Opaque
        immutable: true
        stringData:
          password: "1234"
        data:
          key: c2VjcmV0
        """;
    KubeObject decoded = ManifestReader.read("s.yaml", secret).kubeObjects().get(0);

    KubeObject again =
        ManifestReader.read("s.json", ManifestWriter.json(decoded)).kubeObjects().get(0);

    assertThat(again).isEqualTo(decoded);
    assertThat(((Unstructured) again).get("stringData", "password")).isEqualTo("1234");
    assertThat(((Unstructured) again).get("immutable")).isEqualTo(true);
  }

  @Test
  void badMetadataOfAnUnmodelledKindIsReportedAsForAnyObject() {
    String text =
        """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
          labels: [a]
        """;

    assertThat(ManifestReader.read("sa.yaml", text).problems())
        .extracting(ManifestProblem::render)
        .singleElement()
        .asString()
        .contains("metadata.labels");
  }
}
