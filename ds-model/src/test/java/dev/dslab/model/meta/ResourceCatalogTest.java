package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceCatalogTest {
  private final ResourceCatalog catalog = ResourceCatalog.builtin();

  private ApiResource named(String typed) {
    return catalog.resolve(typed).orElseThrow();
  }

  @Test
  void configMapsAreCoreNamespacedWithShortNameCm() {
    ApiResource cm = catalog.find("v1", "ConfigMap").orElseThrow();
    assertThat(cm.plural()).isEqualTo("configmaps");
    assertThat(cm.singular()).isEqualTo("configmap");
    assertThat(cm.shortNames()).containsExactly("cm");
    assertThat(cm.namespaced()).isTrue();
    assertThat(cm.apiVersion()).isEqualTo("v1");
    assertThat(cm.hasGeneration()).isFalse();
    assertThat(named("cm")).isSameAs(cm);
  }

  @Test
  void clusterRolesAreClusterScopedInTheRbacGroup() {
    ApiResource r = catalog.find("rbac.authorization.k8s.io/v1", "ClusterRole").orElseThrow();
    assertThat(r.namespaced()).isFalse();
    assertThat(r.qualifiedResource()).isEqualTo("clusterroles.rbac.authorization.k8s.io");
    assertThat(r.qualifiedName("view")).isEqualTo("clusterrole.rbac.authorization.k8s.io/view");
  }

  @Test
  void crdsAnswerToCrdAndCrdsAndCarryAGeneration() {
    ApiResource crd = named("crds");
    assertThat(crd.kind()).isEqualTo("CustomResourceDefinition");
    assertThat(crd.group()).isEqualTo("apiextensions.k8s.io");
    assertThat(crd.shortNames()).containsExactly("crd", "crds");
    assertThat(crd.namespaced()).isFalse();
    assertThat(crd.categories()).containsExactly("api-extensions");
    assertThat(crd.hasGeneration()).isTrue();
  }

  @Test
  void deploymentsAreInCategoryAllAndAnswerToDeploy() {
    ApiResource d = named("deploy");
    assertThat(d.kind()).isEqualTo("Deployment");
    assertThat(d.apiVersion()).isEqualTo("apps/v1");
    assertThat(d.categories()).containsExactly("all");
    assertThat(named("deployments.apps")).isSameAs(d);
    assertThat(named("deployments.v1.apps")).isSameAs(d);
    assertThat(named("Deployment")).isSameAs(d);
  }

  @Test
  void everyResourceTheBriefNamesIsServedWithItsRealNames() {
    record Row(String name, String apiVersion, String kind, boolean namespaced) {}
    List<Row> rows =
        List.of(
            new Row("sa", "v1", "ServiceAccount", true),
            new Row("secrets", "v1", "Secret", true),
            new Row("roles", "rbac.authorization.k8s.io/v1", "Role", true),
            new Row("rolebindings", "rbac.authorization.k8s.io/v1", "RoleBinding", true),
            new Row(
                "clusterrolebindings", "rbac.authorization.k8s.io/v1", "ClusterRoleBinding", false),
            new Row("pc", "scheduling.k8s.io/v1", "PriorityClass", false),
            new Row("pdb", "policy/v1", "PodDisruptionBudget", true),
            new Row("sc", "storage.k8s.io/v1", "StorageClass", false),
            new Row("netpol", "networking.k8s.io/v1", "NetworkPolicy", true),
            new Row("csidrivers", "storage.k8s.io/v1", "CSIDriver", false),
            new Row(
                "mutatingwebhookconfigurations",
                "admissionregistration.k8s.io/v1",
                "MutatingWebhookConfiguration",
                false),
            new Row(
                "validatingwebhookconfigurations",
                "admissionregistration.k8s.io/v1",
                "ValidatingWebhookConfiguration",
                false),
            new Row("ds", "apps/v1", "DaemonSet", true),
            new Row("no", "v1", "Node", false));
    for (Row row : rows) {
      ApiResource r = named(row.name());
      assertThat(r.apiVersion()).as(row.name()).isEqualTo(row.apiVersion());
      assertThat(r.kind()).as(row.name()).isEqualTo(row.kind());
      assertThat(r.namespaced()).as(row.name()).isEqualTo(row.namespaced());
      assertThat(catalog.find(row.apiVersion(), row.kind())).contains(r);
    }
  }

  @Test
  void eventsMeanTheCoreGroupUnlessTheGroupIsNamed() {
    assertThat(named("ev").group()).isEmpty();
    assertThat(named("events.events.k8s.io").group()).isEqualTo("events.k8s.io");
  }

  @Test
  void reviewsAreOnlyCreatedNotStored() {
    ApiResource review = named("tokenreviews");
    assertThat(review.verbs()).containsExactly("create");
    assertThat(review.stored()).isFalse();
  }

  @Test
  void unknownKindsAndNamesAreNotFound() {
    assertThat(catalog.find("example.com/v1", "Foo")).isEmpty();
    assertThat(catalog.find("v1", "Deployment")).isEmpty();
    assertThat(catalog.resolve("foos")).isEmpty();
    assertThat(catalog.apiVersionsOf("Deployment")).containsExactly("apps/v1");
  }
}
