package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.meta.KubeObject;
import java.nio.file.Path;

/** Test manifests and shortcuts for reading them. */
final class Fixtures {
  private Fixtures() {}

  static Path seed(String name) {
    return Path.of("src/test/resources/seeds", name);
  }

  static Path manifest(String name) {
    return Path.of("src/test/resources/manifests", name);
  }

  /** Reads a file that must load without problems into exactly one object of the given type. */
  static <T extends KubeObject> T single(Path file, Class<T> type) {
    LoadResult result = ManifestReader.read(file);
    assertThat(result.problems()).extracting(ManifestProblem::render).isEmpty();
    assertThat(result.objects()).hasSize(1);
    return type.cast(result.objects().get(0).object());
  }

  /** Reads text that must load without problems into exactly one object of the given type. */
  static <T extends KubeObject> T single(String text, Class<T> type) {
    LoadResult result = ManifestReader.read("test.yaml", text);
    assertThat(result.problems()).extracting(ManifestProblem::render).isEmpty();
    assertThat(result.objects()).hasSize(1);
    return type.cast(result.objects().get(0).object());
  }

  /** The rendered problems of reading text as {@code test.yaml}. */
  static java.util.List<String> problems(String text) {
    return ManifestReader.read("test.yaml", text).problems().stream()
        .map(ManifestProblem::render)
        .toList();
  }
}
