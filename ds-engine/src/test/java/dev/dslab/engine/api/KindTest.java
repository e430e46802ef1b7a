package dev.dslab.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindTest {
  @Test
  void theSimulatedKindsKeepTheirNamesAndOrder() {
    assertThat(Kind.values())
        .containsExactly(
            Kind.NAMESPACE,
            Kind.NODE,
            Kind.SERVICE,
            Kind.DAEMON_SET,
            Kind.CONTROLLER_REVISION,
            Kind.POD,
            Kind.EVENT,
            Kind.DEPLOYMENT,
            Kind.REPLICA_SET);
    assertThat(Kind.DAEMON_SET.name()).isEqualTo("DAEMON_SET");
    assertThat(Kind.DAEMON_SET.qualifiedResource()).isEqualTo("daemonsets.apps");
    assertThat(Kind.values()).allMatch(Kind::simulated);
  }

  @Test
  void everyStoredCatalogResourceIsAKindAfterTheSimulatedOnes() {
    Kind cm = Kind.find("v1", "ConfigMap").orElseThrow();
    assertThat(cm.simulated()).isFalse();
    assertThat(cm.resource()).isEqualTo("configmaps");
    assertThat(cm.namespaced()).isTrue();
    assertThat(Kind.all()).startsWith(Kind.values().toArray(Kind[]::new));
    assertThat(Kind.all()).contains(cm);
    assertThat(cm.compareTo(Kind.EVENT)).isPositive();
    assertThat(Kind.find("v1", "Pod")).containsSame(Kind.POD);
  }

  @Test
  void kindsAreInternedPerResource() {
    Kind role = Kind.find("rbac.authorization.k8s.io/v1", "ClusterRole").orElseThrow();
    assertThat(Kind.of(role.apiResource())).containsSame(role);
    assertThat(role.namespaced()).isFalse();
    assertThat(new ObjectKey(role, "ignored", "view").namespace()).isEmpty();
  }

  @Test
  void createOnlyResourcesAndUnknownKindsAreNotStored() {
    assertThat(Kind.find("authentication.k8s.io/v1", "TokenReview")).isEmpty();
    assertThat(Kind.find("example.com/v1", "Foo")).isEmpty();
  }
}
