package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the YAML reader. In the gating build each test replays its
 * committed corpus (src/test/resources/dev/dslab/yaml/ManifestReaderFuzzTestInputs); with {@code
 * JAZZER_FUZZ=1} it fuzzes for the given time and adds what it finds. Any input must end in a
 * LoadResult whose problems say what was wrong, never in another exception.
 */
class ManifestReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveObjectsOrProblems(byte[] data) {
    if (data == null) {
      return;
    }
    LoadResult r = ManifestReader.read("fuzz.yaml", data);
    assertThat(r).isNotNull();
    r.problems().forEach(p -> assertThat(p.render()).startsWith("error parsing fuzz.yaml"));
  }

  @FuzzTest(maxDuration = "60s")
  void anyTextIsATreeOrANamedError(String text) {
    if (text == null) {
      return; // Jazzer's String parameters may be null
    }
    try {
      Trees.parseAny("fuzz", text);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("fuzz");
    }
  }
}
