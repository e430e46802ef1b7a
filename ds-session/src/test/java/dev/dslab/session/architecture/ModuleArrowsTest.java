package dev.dslab.session.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the modules, read from every module's descriptor (module-info.java) in the
 * tree: the architecture of ARCHITECTURE.md, enforced. A forbidden arrow fails the build with the
 * module and the arrow named.
 */
class ModuleArrowsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern REQUIRES =
      Pattern.compile(
          "^\\s*requires\\s+(?:transitive\\s+|static\\s+)*([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern NAME =
      Pattern.compile("^\\s*(?:open\\s+)?module\\s+([\\w.]+)", Pattern.MULTILINE);

  /** What each of our modules may require of ours (besides the JDK and libraries checked below). */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "dev.dslab.model", Set.of(),
          "dev.dslab.yaml", Set.of("dev.dslab.model"),
          "dev.dslab.engine", Set.of("dev.dslab.model"),
          "dev.dslab.print", Set.of("dev.dslab.model"),
          "dev.dslab.session", Set.of("dev.dslab.model", "dev.dslab.yaml", "dev.dslab.engine"),
          "dev.dslab.server",
              Set.of(
                  "dev.dslab.model",
                  "dev.dslab.yaml",
                  "dev.dslab.engine",
                  "dev.dslab.print",
                  "dev.dslab.session"),
          "dev.dslab.cli",
              Set.of(
                  "dev.dslab.model",
                  "dev.dslab.yaml",
                  "dev.dslab.engine",
                  "dev.dslab.print",
                  "dev.dslab.session",
                  "dev.dslab.server"),
          "dev.dslab.desktop",
              Set.of(
                  "dev.dslab.model", "dev.dslab.engine", "dev.dslab.session", "dev.dslab.server"));

  /**
   * Libraries a module must never require: the engine knows no file format, no screen and no
   * command line.
   */
  static final Map<String, List<String>> FORBIDDEN_LIBRARIES =
      Map.of(
          "dev.dslab.model",
              List.of(
                  "com.fasterxml",
                  "javafx",
                  "info.picocli",
                  "org.jline",
                  "java.net.http",
                  "jdk.httpserver",
                  "java.management"),
          "dev.dslab.engine",
              List.of(
                  "com.fasterxml",
                  "javafx",
                  "info.picocli",
                  "org.jline",
                  "java.net.http",
                  "jdk.httpserver",
                  "java.management"),
          "dev.dslab.session", List.of("javafx", "info.picocli", "org.jline", "jdk.httpserver"),
          "dev.dslab.server", List.of("javafx", "info.picocli", "org.jline"),
          "dev.dslab.desktop", List.of("info.picocli", "org.jline"));

  /**
   * Every module-info.java of the tree's modules (bench runners have none): module name to
   * requires.
   */
  static Map<String, List<String>> descriptors() throws IOException {
    Map<String, List<String>> modules = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("ds-")).toList()) {
        Path info = dir.resolve("src/main/java/module-info.java");
        if (Files.exists(info)) {
          String text =
              Files.readString(info).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
          Matcher name = NAME.matcher(text);
          if (name.find()) {
            modules.put(
                name.group(1), REQUIRES.matcher(text).results().map(m -> m.group(1)).toList());
          }
        }
      }
    }
    return modules;
  }

  /** The forbidden arrows among the given descriptors, one line each. */
  static List<String> violations(Map<String, List<String>> modules) {
    return modules.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .filter(r -> forbidden(e.getKey(), r))
                    .map(r -> e.getKey() + " -> " + r))
        .toList();
  }

  private static boolean forbidden(String module, String required) {
    if (required.startsWith("dev.dslab.")) {
      return !ALLOWED.getOrDefault(module, Set.of()).contains(required);
    }
    return FORBIDDEN_LIBRARIES.getOrDefault(module, List.of()).stream()
        .anyMatch(required::startsWith);
  }

  @Test
  void everyModuleOfTheTreeIsKnownAndKeepsToItsArrows() throws IOException {
    Map<String, List<String>> modules = descriptors();
    assertThat(modules.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    assertThat(violations(modules)).isEmpty();
  }

  @Test
  void aForbiddenArrowIsNamed() {
    Map<String, List<String>> modules =
        new TreeMap<>(
            Map.of(
                "dev.dslab.desktop", List.of("dev.dslab.engine", "dev.dslab.cli", "info.picocli"),
                "dev.dslab.engine", List.of("dev.dslab.model", "dev.dslab.yaml", "javafx.graphics"),
                "dev.dslab.model", List.of("dev.dslab.engine")));
    assertThat(violations(modules))
        .containsExactly(
            "dev.dslab.desktop -> dev.dslab.cli",
            "dev.dslab.desktop -> info.picocli",
            "dev.dslab.engine -> dev.dslab.yaml",
            "dev.dslab.engine -> javafx.graphics",
            "dev.dslab.model -> dev.dslab.engine");
  }

  @Test
  void nothingRequiresTheCommandLine() throws IOException {
    assertThat(descriptors().entrySet())
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).doesNotContain("dev.dslab.cli"));
  }
}
