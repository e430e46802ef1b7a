package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The install manifests of 26 published DaemonSet projects (src/test/resources/corpus, each with
 * its source), applied unmodified on the kind preset: the only refusals are those a real API server
 * gives (a custom resource whose CRD is not installed, an API version no longer served), every
 * other object is created, and every DaemonSet runs all the pods it should — but for a DaemonSet
 * that reads an object its project's own controller makes at run time, which the simulation does
 * not run: its pods wait as on a real cluster where that controller does not run. As with the real
 * kubectl, the first apply maps every object before it applies any, so the custom resources of CRDs
 * in the same manifests are refused then; the second apply (what the projects' docs tell users to
 * do) creates every one of them.
 */
class PublishedManifestsTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

  /**
   * DaemonSets held by a missing object, with the kubelet's event that says so: metallb's speaker
   * mounts the {@code memberlist} Secret that metallb's controller (a Deployment) generates when it
   * starts.
   */
  private static final Map<String, String> HELD =
      Map.of(
          "speaker",
          "MountVolume.SetUp failed for volume \"memberlist\" : secret \"memberlist\" not found");

  static Stream<String> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * The project's files, namespaces first, as kustomize and the projects' own install steps order
   * them.
   */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> manifests =
          files
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted(
                  Comparator.comparing((Path f) -> !holdsANamespace(f))
                      .thenComparing(Path::toString))
              .toList();
      List<String> args = new ArrayList<>();
      for (Path f : manifests) {
        args.add("-f");
        args.add(f.toString());
      }
      return args;
    }
  }

  private static boolean holdsANamespace(Path file) {
    try {
      return Files.readString(file).lines().anyMatch(l -> l.equals("kind: Namespace"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A type no server has: asking for it between the two applies marks where the second starts. */
  private static final String FIRST_APPLY_DONE = "first-apply-done";

  /** The kinds the CustomResourceDefinitions of a project's manifests define. */
  private static List<String> definedKinds(Path dir) throws IOException {
    List<String> kinds = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml")).toList()) {
        for (dev.dslab.model.meta.KubeObject o :
            dev.dslab.yaml.ManifestReader.read(f).kubeObjects()) {
          if (dev.dslab.model.apiextensions.CustomResourceDefinition.is(o)) {
            kinds.add(
                dev.dslab.model.apiextensions.CustomResourceDefinition.of(
                        (dev.dslab.model.meta.Unstructured) o)
                    .names()
                    .kind());
          }
        }
      }
    }
    return kinds;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void aPublishedInstallManifestAppliesAndItsDaemonSetsRun(
      String project, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String apply = "apply " + String.join(" ", files(CORPUS.resolve(project)));
    ShellRun r =
        ShellRun.run(
            dir,
            apply
                + "\nsim settle --max 10m\nget ds -A\nget events -A\nget "
                + FIRST_APPLY_DONE
                + "\n"
                + apply
                + "\n",
            "--preset",
            "kind");
    List<String> kindsOfCrds = definedKinds(CORPUS.resolve(project));
    String second = r.err().substring(r.err().indexOf(FIRST_APPLY_DONE));
    assertThat(second.lines().filter(l -> l.contains("no matches for kind")))
        .as("the second apply creates the custom resources of the manifests' own CRDs")
        .noneMatch(l -> kindsOfCrds.stream().anyMatch(k -> l.contains("kind \"" + k + "\"")));
    List<String> refusals =
        r.err()
            .lines()
            .filter(
                l ->
                    !l.isBlank()
                        && !l.startsWith("ensure CRDs")
                        && !l.equals("No resources found")
                        && !l.contains(FIRST_APPLY_DONE))
            .toList();
    assertThat(refusals)
        .as("only what a real API server refuses")
        .allSatisfy(
            l ->
                assertThat(l)
                    .containsPattern("no matches for kind|namespaces \"[^\"]+\" not found"));
    List<String> daemonSets =
        r.out()
            .lines()
            .dropWhile(l -> !l.startsWith("NAMESPACE"))
            .skip(1)
            // the events' table follows
            .takeWhile(l -> !l.startsWith("NAMESPACE"))
            .toList();
    for (String row : daemonSets) {
      String[] cells = row.trim().split("\\s+");
      if (HELD.containsKey(cells[1])) {
        assertThat(cells[4]).as("READY of " + cells[1]).isEqualTo("0");
        assertThat(r.out()).contains(HELD.get(cells[1]));
      } else {
        assertThat(cells[4]).as("READY of " + cells[1]).isEqualTo(cells[2]);
      }
    }
  }
}
