package dev.dslab.engine.crd;

import static dev.dslab.engine.crd.Definitions.cronTab;
import static dev.dslab.engine.crd.Definitions.cronTabs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A CRD's life in one cluster, after apiextensions-apiserver: the naming and establishing
 * controllers (pkg/controller/status/naming_controller.go, pkg/controller/establish), the custom
 * resource strategy (pkg/registry/customresource/strategy.go) and the finalizer controller
 * (pkg/controller/finalizer/crd_finalizer.go).
 */
class CustomResourceScenarioTest {
  private final Cluster cluster = new Cluster(1);
  private final ApiServer api = cluster.api();

  private Unstructured definition(String name) {
    return api.store()
        .<Unstructured>get(DefinitionController.DEFINITIONS, null, name)
        .orElseThrow();
  }

  @Test
  void anEstablishedDefinitionHasItsNamesAcceptedAndItsResourceServedInThisClusterOnly()
      throws ApiException {
    Unstructured created = api.create(cronTabs());
    // the create's answer is the strategy's: no conditions yet, the storage version stored
    assertThat(created.get("status", "conditions")).isEqualTo(List.of());
    assertThat(created.get("status", "storedVersions")).isEqualTo(List.of("v1"));
    assertThat(created.metadata().generation()).isEqualTo(1);

    cluster.reconcile();

    Unstructured crd = definition("crontabs.stable.example.com");
    assertThat(conditions(crd))
        .containsExactly(
            "NamesAccepted=True NoConflicts no conflicts found",
            "Established=True InitialNamesAccepted the initial names have been accepted");
    assertThat(crd.get("status", "acceptedNames", "shortNames")).isEqualTo(List.of("ct"));
    assertThat(api.kinds().find("stable.example.com/v1", "CronTab")).isPresent();
    assertThat(api.kinds().resolve("ct")).isPresent();
    assertThat(api.kinds().resolve("crontab.stable.example.com")).isPresent();
    assertThat(new Cluster(1).api().kinds().find("stable.example.com/v1", "CronTab")).isEmpty();
  }

  @Test
  void aCustomResourceGetsTheMetadataTheServerSetsAndItsGenerationMovesWithAnyChangeButMetadata()
      throws ApiException {
    api.create(cronTabs());
    cluster.reconcile();

    Unstructured ct = api.create(cronTab("default", "nightly", "* * * * */5"));
    assertThat(ct.metadata().uid()).isNotEmpty();
    assertThat(ct.metadata().resourceVersion()).isNotEmpty();
    assertThat(ct.metadata().creationTimestamp()).isEqualTo(cluster.now());
    assertThat(ct.metadata().generation()).isEqualTo(1);

    Unstructured relabelled = api.update(ct.withMetadata(ct.metadata().withLabel("team", "ops")));
    assertThat(relabelled.metadata().generation()).isEqualTo(1);
    // without the status subresource, status is just another field: it raises the generation
    Unstructured withStatus =
        api.update(Definitions.with(relabelled, "status", Map.of("ok", true)));
    assertThat(withStatus.metadata().generation()).isEqualTo(2);
  }

  @Test
  void withTheStatusSubresourceOnlySpecChangesRaiseTheGenerationAndStatusWritesAreIgnored()
      throws ApiException {
    Map<String, Object> v1 = Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA);
    v1.put("subresources", Map.of("status", Map.of()));
    api.create(
        Definitions.definition(
            "stable.example.com", "crontabs", "CronTab", "Namespaced", List.of(), v1));
    cluster.reconcile();
    Unstructured ct = api.create(cronTab("default", "nightly", "a"));

    Unstructured statusOnly = api.update(Definitions.with(ct, "status", Map.of("ok", true)));
    assertThat(statusOnly.get("status")).isNull();
    assertThat(statusOnly.metadata().generation()).isEqualTo(1);
    Unstructured respec = api.update(Definitions.with(ct, "spec", Map.of("cronSpec", "b")));
    assertThat(respec.metadata().generation()).isEqualTo(2);
  }

  @Test
  void aNamespacedCustomResourceNeedsItsNamespaceAndAClusterScopedOneLosesIt() throws ApiException {
    api.create(cronTabs());
    api.create(
        Definitions.definition(
            "stable.example.com",
            "zones",
            "Zone",
            "Cluster",
            List.of(),
            Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA)));
    cluster.reconcile();

    assertThatThrownBy(() -> api.create(cronTab("nowhere", "x", "a")))
        .hasMessage("namespaces \"nowhere\" not found");
    Unstructured zone =
        api.create(
            new Unstructured(
                "stable.example.com/v1",
                "Zone",
                ObjectMeta.named("default", "eu"),
                new java.util.TreeMap<>()));
    assertThat(zone.metadata().namespace()).isNull();
  }

  @Test
  void aResourceOfAnUndefinedOrUnservedVersionIsNotFoundAndNothingIsStored() throws ApiException {
    assertThatThrownBy(() -> api.create(cronTab("default", "x", "a")))
        .hasMessage("the server could not find the requested resource");
    api.create(
        Definitions.definition(
            "stable.example.com",
            "crontabs",
            "CronTab",
            "Namespaced",
            List.of(),
            Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA),
            Definitions.version("v2", false, false, Definitions.OBJECT_SCHEMA)));
    cluster.reconcile();
    Unstructured v2 =
        new Unstructured(
            "stable.example.com/v2",
            "CronTab",
            ObjectMeta.named("default", "y"),
            new java.util.TreeMap<>());
    assertThatThrownBy(() -> api.create(v2))
        .hasMessage("the server could not find the requested resource");
    Kind kind = api.kinds().find("stable.example.com/v1", "CronTab").orElseThrow();
    assertThat(api.store().list(kind, null)).isEmpty();
  }

  @Test
  void deletingADefinitionMarksItTerminatingThenDeletesItsResourcesAndStopsServingThem()
      throws ApiException {
    api.create(cronTabs());
    cluster.reconcile();
    api.create(cronTab("default", "a", "1"));
    api.create(cronTab("kube-system", "b", "2"));
    Kind kind = api.kinds().find("stable.example.com/v1", "CronTab").orElseThrow();
    List<String> seen = new ArrayList<>();
    api.store()
        .watch(
            e ->
                seen.add(
                    e.type() + " " + e.kind().kindName() + " " + e.object().metadata().name()));

    Unstructured marked =
        (Unstructured)
            api.delete(
                DefinitionController.DEFINITIONS,
                null,
                "crontabs.stable.example.com",
                DeleteOptions.DEFAULT);

    assertThat(marked.metadata().finalizers())
        .containsExactly("customresourcecleanup.apiextensions.k8s.io");
    assertThat(marked.metadata().deletionTimestamp()).isEqualTo(cluster.now());
    assertThat(conditions(marked))
        .contains(
            "Terminating=True InstanceDeletionInProgress CustomResource deletion is in progress");
    cluster.reconcile();

    assertThat(api.store().list(kind, null)).isEmpty();
    assertThat(
            api.store().get(DefinitionController.DEFINITIONS, null, "crontabs.stable.example.com"))
        .isEmpty();
    assertThat(api.kinds().find("stable.example.com/v1", "CronTab")).isEmpty();
    assertThat(seen)
        .containsExactly(
            "MODIFIED CustomResourceDefinition crontabs.stable.example.com",
            "DELETED CronTab a",
            "DELETED CronTab b",
            "DELETED CustomResourceDefinition crontabs.stable.example.com");
  }

  @Test
  void aSecondDefinitionOfTheGroupThatClaimsATakenNameIsNotEstablished() throws ApiException {
    api.create(cronTabs());
    cluster.reconcile();
    api.create(
        Definitions.definition(
            "stable.example.com",
            "crons",
            "Cron",
            "Namespaced",
            List.of("ct"),
            Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA)));
    cluster.reconcile();

    assertThat(conditions(definition("crons.stable.example.com")))
        .containsExactly(
            "NamesAccepted=False ShortNamesConflict \"ct\" is already in use",
            "Established=False NotAccepted not all names are accepted");
    assertThat(api.kinds().find("stable.example.com/v1", "Cron")).isEmpty();
  }

  @Test
  void aKindNamedLikeABuiltInIsAllowedInItsOwnGroupAndBuiltInShortNamesStayTheBuiltIns()
      throws ApiException {
    api.create(
        Definitions.definition(
            "example.com",
            "pods",
            "Pod",
            "Namespaced",
            List.of("po"),
            Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA)));
    cluster.reconcile();

    assertThat(conditions(definition("pods.example.com")))
        .contains("NamesAccepted=True NoConflicts no conflicts found");
    assertThat(api.kinds().find("example.com/v1", "Pod")).isPresent();
    assertThat(api.kinds().resolve("po")).contains(Kind.POD);
    assertThat(api.kinds().resolve("pods.example.com").orElseThrow().group())
        .isEqualTo("example.com");
  }

  @Test
  void aDefinitionWithABrokenSchemaIsRefusedWithTheApiServersFieldPathsAndNothingIsStored() {
    Unstructured broken =
        Definitions.definition(
            "stable.example.com",
            "crontabs",
            "CronTab",
            "Namespaced",
            List.of(),
            Definitions.version(
                "v1",
                true,
                true,
                Map.of("type", "string", "properties", Map.of("spec", Map.of("type", "strng")))));

    assertThatThrownBy(() -> api.create(broken))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.kubectlMessage())
                    .isEqualTo(
                        "The CustomResourceDefinition \"crontabs.stable.example.com\" is invalid: \n"
                            + "* spec.validation.openAPIV3Schema.properties[spec].type: Unsupported value: \"strng\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"\n"
                            + "* spec.validation.openAPIV3Schema.type: Invalid value: \"string\": must be object at the root"));
    assertThat(api.store().list(DefinitionController.DEFINITIONS, null)).isEmpty();
  }

  @Test
  void aDefinitionMustBeNamedPluralDotGroupAndHaveOneStorageVersionAndASchema() {
    Unstructured bad =
        Definitions.definition(
                "stable.example.com",
                "crontabs",
                "CronTab",
                "Regional",
                List.of("Ct"),
                Definitions.version("v1", true, false, null))
            .withMetadata(ObjectMeta.named("crontab.stable.example.com"));

    assertThatThrownBy(() -> api.create(bad))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.kubectlMessage().lines().toList())
                    .containsExactly(
                        "The CustomResourceDefinition \"crontab.stable.example.com\" is invalid: ",
                        "* metadata.name: Invalid value: \"crontab.stable.example.com\": must be spec.names.plural+\".\"+spec.group",
                        "* spec.scope: Unsupported value: \"Regional\": supported values: \"Cluster\", \"Namespaced\"",
                        "* spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required",
                        "* spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{apiextensions.CustomResourceDefinitionVersion{Name:\"v1\", Served:true, Storage:false, Deprecated:false, DeprecationWarning:(*string)(nil), Schema:(*apiextensions.CustomResourceValidation)(nil), Subresources:(*apiextensions.CustomResourceSubresources)(nil), AdditionalPrinterColumns:[]apiextensions.CustomResourceColumnDefinition(nil), SelectableFields:[]apiextensions.SelectableField(nil)}}: must have exactly one version marked as storage version",
                        "* spec.names.shortNames[0]: Invalid value: \"Ct\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"));
  }

  @Test
  void versionsWithSchemasOfTheirOwnAreNamedByTheirPlaceInSpecVersions() {
    Unstructured twoSchemas =
        Definitions.definition(
            "stable.example.com",
            "crontabs",
            "CronTab",
            "Namespaced",
            List.of(),
            Definitions.version("v1", true, true, Definitions.OBJECT_SCHEMA),
            Definitions.version(
                "v2",
                true,
                false,
                Map.of(
                    "type",
                    "object",
                    "properties",
                    Map.of("spec", Map.of("description", "the spec")))));

    assertThatThrownBy(() -> api.create(twoSchemas))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.kubectlMessage())
                    .isEqualTo(
                        "The CustomResourceDefinition \"crontabs.stable.example.com\" is invalid: "
                            + "spec.versions[1].schema.openAPIV3Schema.properties[spec].type:"
                            + " Required value: must not be empty for specified object fields"));
  }

  @Test
  void theSameRequestsGiveTheSameClusterByteForByte() throws ApiException {
    assertThat(run()).isEqualTo(run());
  }

  private static String run() throws ApiException {
    Cluster c = new Cluster(7);
    c.api().create(cronTabs());
    c.reconcile();
    c.advance(Duration.ofSeconds(3));
    c.api().create(cronTab("default", "a", "1"));
    Kind kind = c.api().kinds().find("stable.example.com/v1", "CronTab").orElseThrow();
    return c.store().list(DefinitionController.DEFINITIONS, null)
        + " "
        + c.store().list(kind, null);
  }

  private static List<String> conditions(Unstructured crd) {
    List<String> out = new ArrayList<>();
    for (Object c : (List<?>) crd.get("status", "conditions")) {
      Map<?, ?> m = (Map<?, ?>) c;
      out.add(
          m.get("type") + "=" + m.get("status") + " " + m.get("reason") + " " + m.get("message"));
    }
    return out;
  }
}
