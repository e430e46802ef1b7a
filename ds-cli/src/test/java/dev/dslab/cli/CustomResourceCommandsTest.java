package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CustomResourceDefinitions and their custom resources through dsctl, with kubectl 1.32's words
 * (checked against the real kubectl on {@code dsctl serve}): apply maps every object before it
 * applies any (kubectl's ApplyOptions.GetObjects), so a custom resource in the file of its CRD is
 * refused the first time; create maps each object in its turn (the builder's visitor), so it works;
 * a kind no API serves gets the REST mapper's "no matches" error while the rest applies.
 */
public class CustomResourceCommandsTest {
  public static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: crontabs.stable.example.com
      spec:
        group: stable.example.com
        scope: Namespaced
        names:
          plural: crontabs
          singular: crontab
          kind: CronTab
          shortNames: [ct]
          categories: [all]
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    cronSpec: {type: string}
                    replicas: {type: integer}
          additionalPrinterColumns:
          - name: Spec
            type: string
            jsonPath: .spec.cronSpec
          - name: Replicas
            type: integer
            jsonPath: .spec.replicas
          - name: Age
            type: date
            jsonPath: .metadata.creationTimestamp
      """;

  public static final String CRON_TAB =
      """
      apiVersion: stable.example.com/v1
      kind: CronTab
      metadata:
        name: nightly
      spec:
        cronSpec: "0 3 * * *"
        replicas: 2
      """;

  public static final String NO_MATCH =
      "error: resource mapping not found for name: \"nightly\" namespace: \"\" from \"all.yaml\":"
          + " no matches for kind \"CronTab\" in version \"stable.example.com/v1\"\n"
          + "ensure CRDs are installed first\n";

  @Test
  void applyRefusesTheResourceOfACrdInTheSameFileTheFirstTimeAsKubectlDoesAndCreatesItTheNext(
      @TempDir Path dir) {
    ShellRun.write(dir, "all.yaml", CRD + "---\n" + CRON_TAB);

    ShellRun r = ShellRun.run(dir, "apply -f all.yaml\napply -f all.yaml\nget ct\n");

    assertThat(r.err()).isEqualTo(NO_MATCH);
    assertThat(r.out())
        .isEqualTo(
            """
            customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created
            customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com unchanged
            crontab.stable.example.com/nightly created
            NAME      SPEC        REPLICAS   AGE
            nightly   0 3 * * *   2          0s
            """);
  }

  @Test
  void createMapsEachObjectInItsTurnSoTheResourceAfterItsCrdIsCreated(@TempDir Path dir) {
    ShellRun.write(dir, "all.yaml", CRD + "---\n" + CRON_TAB);

    ShellRun r =
        ShellRun.run(
            dir,
            "create -f all.yaml\nget crontabs.stable.example.com -o name\nget crontab nightly"
                + " -o yaml\nget crd\n");

    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            """
            customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created
            crontab.stable.example.com/nightly created
            crontab.stable.example.com/nightly
            apiVersion: stable.example.com/v1
            kind: CronTab
            metadata:
              creationTimestamp: "2025-01-01T00:00:00Z"
              generation: 1
              name: nightly
              namespace: default
            """)
        .contains("  cronSpec: 0 3 * * *\n  replicas: 2\n")
        .endsWith(
            """
            NAME                          CREATED AT
            crontabs.stable.example.com   2025-01-01T00:00:00Z
            """);
  }

  @Test
  void aResourceBeforeItsCrdFailsWithKubectlsWordsWhileTheRestOfTheFileApplies(@TempDir Path dir) {
    ShellRun.write(dir, "all.yaml", CRON_TAB + "---\n" + CRD);

    ShellRun r = ShellRun.run(dir, "create -f all.yaml\nget crd -o name\n");

    assertThat(r.err()).isEqualTo(NO_MATCH);
    assertThat(r.out())
        .isEqualTo(
            """
            customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created
            customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com
            """);
  }

  @Test
  void deletingTheCrdDeletesItsResourcesAndTheTypeIsGone(@TempDir Path dir) {
    ShellRun.write(dir, "all.yaml", CRD + "---\n" + CRON_TAB);

    ShellRun r =
        ShellRun.run(
            dir,
            "create -f all.yaml\ndelete ct nightly\ncreate -f all.yaml\n"
                + "delete crd crontabs.stable.example.com\nget ct\nget crd\n");

    assertThat(r.out())
        .contains(
            "crontab.stable.example.com \"nightly\" deleted\n",
            "customresourcedefinition.apiextensions.k8s.io \"crontabs.stable.example.com\""
                + " deleted\n");
    assertThat(r.err())
        .contains(
            "error: the server doesn't have a resource type \"ct\"\n", "No resources found\n");
  }

  @Test
  void aBrokenSchemaIsRefusedWithTheApiServersFieldPathsAndNothingElseChanges(@TempDir Path dir) {
    ShellRun.write(dir, "bad.yaml", CRD.replaceFirst("type: object", "type: objekt"));

    ShellRun r = ShellRun.run(dir, "apply -f bad.yaml\nget crd\n");

    assertThat(r.err())
        .isEqualTo(
            """
            The CustomResourceDefinition "crontabs.stable.example.com" is invalid:\s
            * spec.validation.openAPIV3Schema.type: Unsupported value: "objekt": supported values: "array", "boolean", "integer", "number", "object", "string"
            * spec.validation.openAPIV3Schema.type: Invalid value: "objekt": must be object at the root
            No resources found
            """);
  }

  @Test
  void oldTutorialsDaemonSetVersionsAreNotServedAsKubectl132SaysAgainstA132Cluster(
      @TempDir Path dir) {
    for (String version : new String[] {"extensions/v1beta1", "apps/v1beta1", "apps/v1beta2"}) {
      ShellRun.write(
          dir,
          "old.yaml",
          ShellRun.AGENT_DAEMONSET.replace("apiVersion: apps/v1", "apiVersion: " + version));

      ShellRun r = ShellRun.run(dir, "apply -f old.yaml\ncreate -f old.yaml\nget ds\n");

      String refusal =
          "error: resource mapping not found for name: \"agent\" namespace: \"\" from \"old.yaml\":"
              + " no matches for kind \"DaemonSet\" in version \""
              + version
              + "\"\nensure CRDs are installed first\n";
      assertThat(r.err())
          .isEqualTo(refusal + refusal + "No resources found in default namespace.\n");
    }
  }

  @Test
  void aSessionThatAppliedCrdsAndResourcesReplaysToTheSameCluster(@TempDir Path dir) {
    ShellRun.write(dir, "all.yaml", CRD + "---\n" + CRON_TAB);
    String state = dir.resolve("state.yaml").toString();

    String created = dsctl(dir, "--state", state, "create", "-f", "all.yaml");
    // every one-shot command replays the state file first, through the same door as the shell
    String got = dsctl(dir, "--state", state, "get", "ct", "-o", "yaml");
    String shell = ShellRun.run(dir, "create -f all.yaml\nget ct -o yaml\n").out();

    assertThat(created).contains("crontab.stable.example.com/nightly created");
    assertThat(shell).endsWith(got);
    assertThat(got).contains("name: nightly", "uid: ");
  }

  private static String dsctl(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Dsctl(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            dir)
        .run(args);
    return out.toString(StandardCharsets.UTF_8);
  }
}
