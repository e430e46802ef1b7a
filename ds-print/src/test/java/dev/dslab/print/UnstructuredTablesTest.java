package dev.dslab.print;

import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.WIDE;
import static dev.dslab.print.Fixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The tables of the built-in kinds kept unstructured, as pkg/printers/internalversion/printers.go
 * prints them (each test names the printer it follows).
 */
class UnstructuredTablesTest {

  private static Unstructured object(
      String apiVersion,
      String kind,
      String namespace,
      String name,
      String age,
      Map<String, ?> content) {
    ObjectMeta meta = ObjectMeta.named(namespace, name).withCreationTimestamp(ago(age));
    return new Unstructured(apiVersion, kind, meta, new TreeMap<>(content));
  }

  @Test
  void printConfigMapCountsDataAndBinaryData() {
    Unstructured cm =
        object(
            "v1",
            "ConfigMap",
            "kube-system",
            "fluentd-config",
            "5m",
            Map.of(
                "data", Map.of("fluent.conf", "x", "a", "b"), "binaryData", Map.of("c", "AA==")));
    assertThat(Printers.table(List.of(cm), NOW, PLAIN))
        .isEqualTo("NAME             DATA   AGE\nfluentd-config   3      5m\n");
  }

  @Test
  void printSecretShowsTypeAndDataCount() {
    Unstructured secret =
        object(
            "v1",
            "Secret",
            "default",
            "tls",
            "2d",
            Map.of("type", "kubernetes.io/tls", "data", Map.of("tls.crt", "", "tls.key", "")));
    assertThat(Printers.table(List.of(secret), NOW, PLAIN))
        .isEqualTo("NAME   TYPE                DATA   AGE\ntls    kubernetes.io/tls   2      2d\n");
  }

  @Test
  void printServiceAccountCountsSecrets() {
    Unstructured sa = object("v1", "ServiceAccount", "kube-system", "fluentd", "90s", Map.of());
    assertThat(Printers.table(List.of(sa), NOW, PLAIN))
        .isEqualTo("NAME      SECRETS   AGE\nfluentd   0         90s\n");
  }

  @Test
  void printPriorityClassPutsPreemptionPolicyAfterAge() {
    Unstructured pc =
        object(
            "scheduling.k8s.io/v1",
            "PriorityClass",
            null,
            "node-critical",
            "10m",
            Map.of(
                "value",
                1000000,
                "globalDefault",
                false,
                "preemptionPolicy",
                "PreemptLowerPriority"));
    assertThat(Printers.table(List.of(pc), NOW, PLAIN))
        .isEqualTo(
            "NAME            VALUE     GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY\n"
                + "node-critical   1000000   false            10m   PreemptLowerPriority\n");
  }

  @Test
  void printStorageClassMarksTheDefaultAndFillsUnsetDefaults() {
    Unstructured sc =
        new Unstructured(
            "storage.k8s.io/v1",
            "StorageClass",
            ObjectMeta.named("standard")
                .withCreationTimestamp(ago("3h"))
                .withAnnotation("storageclass.kubernetes.io/is-default-class", "true"),
            new TreeMap<>(
                Map.of(
                    "provisioner",
                    "rancher.io/local-path",
                    "volumeBindingMode",
                    "WaitForFirstConsumer")));
    assertThat(Printers.table(List.of(sc), NOW, PLAIN))
        .isEqualTo(
            "NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE\n"
                + "standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  3h\n");
  }

  @Test
  void printPodDisruptionBudgetReadsNotApplicableForTheUnsetBound() {
    Unstructured pdb =
        object(
            "policy/v1",
            "PodDisruptionBudget",
            "default",
            "web",
            "1m",
            Map.of(
                "spec", Map.of("minAvailable", "50%"), "status", Map.of("disruptionsAllowed", 1)));
    assertThat(Printers.table(List.of(pdb), NOW, PLAIN))
        .isEqualTo(
            "NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\n"
                + "web    50%             N/A               1                     60s\n");
  }

  @Test
  void printRoleBindingShowsItsSubjectsOnlyWide() {
    Unstructured rb =
        object(
            "rbac.authorization.k8s.io/v1",
            "RoleBinding",
            "default",
            "read-pods",
            "4m",
            Map.of(
                "roleRef",
                    Map.of(
                        "kind",
                        "Role",
                        "name",
                        "pod-reader",
                        "apiGroup",
                        "rbac.authorization.k8s.io"),
                "subjects",
                    List.of(
                        Map.of("kind", "User", "name", "jane"),
                        Map.of(
                            "kind",
                            "ServiceAccount",
                            "name",
                            "fluentd",
                            "namespace",
                            "kube-system"),
                        Map.of("kind", "User", "name", "joe"))));
    assertThat(Printers.table(List.of(rb), NOW, PLAIN))
        .isEqualTo("NAME        ROLE              AGE\nread-pods   Role/pod-reader   4m\n");
    assertThat(Printers.table(List.of(rb), NOW, WIDE))
        .isEqualTo(
            "NAME        ROLE              AGE   USERS       GROUPS   SERVICEACCOUNTS\n"
                + "read-pods   Role/pod-reader   4m    jane, joe            kube-system:fluentd\n");
  }

  @Test
  void printClusterRoleShowsTheCreationTimeInRfc3339() {
    Unstructured role =
        object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            null,
            "view",
            "1h",
            Map.of("rules", List.of()));
    assertThat(Printers.table(List.of(role), NOW, PLAIN))
        .isEqualTo("NAME   CREATED AT\nview   2024-06-01T11:00:00Z\n");
  }

  @Test
  void printEndpointsListsThreeAddressesThenHowManyMore() {
    Unstructured ep =
        object(
            "v1",
            "Endpoints",
            "default",
            "web",
            "2m",
            Map.of(
                "subsets",
                List.of(
                    Map.of(
                        "addresses",
                            List.of(
                                Map.of("ip", "10.0.0.1"),
                                Map.of("ip", "10.0.0.2"),
                                Map.of("ip", "10.0.0.3"),
                                Map.of("ip", "10.0.0.4")),
                        "ports", List.of(Map.of("port", 80))))));
    assertThat(Printers.table(List.of(ep), NOW, PLAIN))
        .isEqualTo(
            "NAME   ENDPOINTS                                         AGE\n"
                + "web    10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 1 more...   2m\n");
  }

  @Test
  void printJobDerivesStatusCompletionsAndDurationFromItsStatus() {
    Unstructured job =
        object(
            "batch/v1",
            "Job",
            "default",
            "pi",
            "5m",
            Map.of(
                "spec",
                Map.of(
                    "completions",
                    1,
                    "template",
                    Map.of(
                        "spec",
                        Map.of("containers", List.of(Map.of("name", "pi", "image", "perl:5.34"))))),
                "status",
                Map.of(
                    "succeeded",
                    1,
                    "startTime",
                    "2024-06-01T11:55:00Z",
                    "completionTime",
                    "2024-06-01T11:55:42Z",
                    "conditions",
                    List.of(Map.of("type", "Complete", "status", "True")))));
    assertThat(Printers.table(List.of(job), NOW, WIDE))
        .isEqualTo(
            "NAME   STATUS     COMPLETIONS   DURATION   AGE   CONTAINERS   IMAGES      SELECTOR\n"
                + "pi     Complete   1/1           42s        5m    pi           perl:5.34   <none>\n");
  }

  @Test
  void printCronJobShowsUnsetFieldsAsUpstreamDoes() {
    Unstructured cj =
        object(
            "batch/v1",
            "CronJob",
            "default",
            "hello",
            "30s",
            Map.of("spec", Map.of("schedule", "*/1 * * * *")));
    assertThat(Printers.table(List.of(cj), NOW, PLAIN))
        .isEqualTo(
            "NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\n"
                + "hello   */1 * * * *   <none>     <unset>   0        <none>          30s\n");
  }

  @Test
  void printNetworkPolicyReadsNoneForAnEmptyPodSelector() {
    Unstructured np =
        object(
            "networking.k8s.io/v1",
            "NetworkPolicy",
            "default",
            "deny-all",
            "7d",
            Map.of("spec", Map.of("podSelector", Map.of())));
    Unstructured web =
        object(
            "networking.k8s.io/v1",
            "NetworkPolicy",
            "default",
            "web",
            "7d",
            Map.of("spec", Map.of("podSelector", Map.of("matchLabels", Map.of("app", "web")))));
    assertThat(Printers.table(List.of(np, web), NOW, PLAIN))
        .isEqualTo(
            "NAME       POD-SELECTOR   AGE\ndeny-all   <none>         7d\nweb        app=web        7d\n");
  }

  @Test
  void printHorizontalPodAutoscalerFormatsResourceTargets() {
    Unstructured hpa =
        object(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            "default",
            "web",
            "1m",
            Map.of(
                "spec",
                Map.of(
                    "scaleTargetRef",
                    Map.of("kind", "Deployment", "name", "web"),
                    "minReplicas",
                    1,
                    "maxReplicas",
                    10,
                    "metrics",
                    List.of(
                        Map.of(
                            "type",
                            "Resource",
                            "resource",
                            Map.of(
                                "name",
                                "cpu",
                                "target",
                                Map.of("type", "Utilization", "averageUtilization", 50)))))));
    assertThat(Printers.table(List.of(hpa), NOW, PLAIN))
        .isEqualTo(
            "NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE\n"
                + "web    Deployment/web   cpu: <unknown>/50%   1         10        0          60s\n");
  }

  @Test
  void printPersistentVolumeClaimShowsCapacityOnlyOnceBound() {
    Unstructured pending =
        object(
            "v1",
            "PersistentVolumeClaim",
            "default",
            "data",
            "10s",
            Map.of(
                "spec",
                Map.of("accessModes", List.of("ReadWriteOnce"), "storageClassName", "standard"),
                "status",
                Map.of("phase", "Pending")));
    assertThat(Printers.table(List.of(pending), NOW, PLAIN))
        .isEqualTo(
            "NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n"
                + "data   Pending                                      standard       <unset>                 10s\n");
  }

  @Test
  void aKindWithoutAPrinterAndAnUnstructuredEventPrintNameAndAge() {
    Unstructured deploy = object("apps/v1", "Deployment", "default", "web", "2m", Map.of());
    Unstructured event =
        object("events.k8s.io/v1", "Event", "default", "web.1", "2m", Map.of("reason", "Started"));
    assertThat(Printers.table(List.of(deploy), NOW, PLAIN)).isEqualTo("NAME   AGE\nweb    2m\n");
    assertThat(Printers.table(List.of(event), NOW, PLAIN)).isEqualTo("NAME    AGE\nweb.1   2m\n");
  }

  @Test
  void theServerTableHasTheSameColumnsWithTheWideOnesAtPriorityOne() {
    Unstructured rb =
        object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRoleBinding",
            null,
            "admin",
            "4m",
            Map.of(
                "roleRef",
                Map.of("kind", "ClusterRole", "name", "cluster-admin"),
                "subjects",
                List.of(Map.of("kind", "Group", "name", "system:masters"))));
    Printers.ServerTable table =
        Printers.serverTable("ClusterRoleBinding", List.of(rb), NOW).orElseThrow();
    assertThat(table.columns())
        .extracting(Printers.ServerColumn::name, Printers.ServerColumn::priority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Name", 0),
            org.assertj.core.groups.Tuple.tuple("Role", 0),
            org.assertj.core.groups.Tuple.tuple("Age", 0),
            org.assertj.core.groups.Tuple.tuple("Users", 1),
            org.assertj.core.groups.Tuple.tuple("Groups", 1),
            org.assertj.core.groups.Tuple.tuple("ServiceAccounts", 1));
    assertThat(table.rows())
        .containsExactly(
            List.of("admin", "ClusterRole/cluster-admin", "4m", "", "system:masters", ""));
  }

  @Test
  void labelColumnsComeAfterTheKindsColumnsHeadedByTheKeysLastSegment() {
    Unstructured cm =
        new Unstructured(
            "v1",
            "ConfigMap",
            ObjectMeta.named("default", "game")
                .withCreationTimestamp(ago("5m"))
                .withLabel("app.kubernetes.io/name", "game"),
            new TreeMap<>());
    TableOptions options =
        new TableOptions(
            false, true, false, false, false, List.of("app.kubernetes.io/name", "tier"));
    assertThat(Printers.table(List.of(cm), NOW, options))
        .isEqualTo(
            "NAME   DATA   AGE   NAME   TIER   LABELS\n"
                + "game   0      5m    game          app.kubernetes.io/name=game\n");
  }
}
