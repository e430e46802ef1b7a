package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the manifest reader: every seed and kubectl manifest, mutated where YAML is most
 * fragile (indicators, indentation, anchors and aliases, tags, quotes, huge numbers, cut-off text,
 * flipped bytes). Whatever comes out, reading ends in objects and typed problems that name the file
 * and a line; it never throws.
 */
class ManifestFuzzTest {
  private static final List<String> ORIGINALS = readOriginals();
  private static final List<String> FRAGMENTS =
      List.of(
          ":",
          "-",
          "- ",
          "[",
          "]",
          "{",
          "}",
          "&a ",
          "*a",
          "*b",
          "!",
          "!!binary ",
          "!!python/object ",
          "!!map ",
          "!!str ",
          "|",
          ">",
          "'",
          "\"",
          "%YAML 1.1\n",
          "@",
          "`",
          "#",
          ",",
          "\n",
          "\t",
          "  ",
          "? ",
          "---\n",
          "...\n",
          "1e999999999",
          "-0",
          "0x7fffffffffffffffff",
          "~",
          "null",
          "<<: *a\n",
          "\u0000",
          "\uFEFF",
          "\uD800",
          "💥",
          "kind: List\nitems: 5\n",
          "apiVersion: v1\n",
          "kind: Node\n");

  private static List<String> readOriginals() {
    try (Stream<Path> files =
        Stream.concat(Files.list(Fixtures.seed("")), Files.list(Fixtures.manifest("")))) {
      return files.sorted().map(ManifestFuzzTest::text).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One edit of a text; positions are fractions so that they fit any length. */
  record Edit(int kind, double where, double length, String fragment) {
    String applyTo(String text) {
      if (text.isEmpty()) {
        return fragment;
      }
      int at = (int) (where * text.length());
      int end = Math.min(text.length(), at + 1 + (int) (length * 40));
      return switch (kind) {
        case 0 -> text.substring(0, at) + fragment + text.substring(at);
        case 1 -> text.substring(0, at) + text.substring(end);
        case 2 -> text.substring(0, at) + fragment + text.substring(end);
        case 3 ->
            text.substring(0, end) + text.substring(at, end) + text.substring(end); // repeat a span
        case 4 -> text.substring(0, at); // cut off
        default ->
            text.substring(0, at)
                + " ".repeat(1 + (int) (length * 9))
                + text.substring(at); // indent
      };
    }
  }

  @Property(tries = 400)
  void anyMutatedManifestEndsInObjectsAndProblemsThatNameFileAndLine(
      @ForAll("originals") String original, @ForAll("edits") List<Edit> edits) {
    String text = original;
    for (Edit edit : edits) {
      text = edit.applyTo(text);
    }

    LoadResult result = ManifestReader.read("fuzz.yaml", text);

    assertThat(result.problems())
        .allSatisfy(
            p -> {
              assertThat(p.line()).isPositive();
              assertThat(p.render()).contains("fuzz.yaml").doesNotContain("Exception", "\tat ");
            });
  }

  @Property(tries = 200)
  void flippedBytesAreProblemsNotExceptions(
      @ForAll("originals") String original,
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 1_000_000) Integer> positions,
      @ForAll byte value) {
    byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
    for (int position : positions) {
      if (bytes.length > 0) {
        bytes[position % bytes.length] = value;
      }
    }

    LoadResult result = ManifestReader.read("fuzz.yaml", bytes);

    assertThat(result.problems()).allSatisfy(p -> assertThat(p.render()).contains("fuzz.yaml"));
  }

  @Provide
  Arbitrary<String> originals() {
    return Arbitraries.of(ORIGINALS);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(6));
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1).filter(d -> d < 1),
                Arbitraries.doubles().between(0, 1),
                fragment)
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(8);
  }
}
