package dev.dslab.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input meant to hurt: every case must end quickly in a problem, never in an exception or a hang.
 */
class HostileInputTest {
  /**
   * A guard against hangs (an alias bomb expanded, a loop that never ends), not a speed measure:
   * each case takes well under a second, and the bound is far above what a busy machine needs.
   */
  private static final Duration QUICKLY = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static LoadResult quickly(Supplier<LoadResult> read) {
    return assertTimeoutPreemptively(QUICKLY, read::get);
  }

  private static String billionLaughs() {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = String.valueOf(level);
    }
    return yaml.toString();
  }

  @Test
  void billionLaughsEndsInAProblemQuickly() {
    LoadResult result = quickly(() -> ManifestReader.read("lol.yaml", billionLaughs()));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .singleElement()
        .asString()
        .startsWith("error parsing lol.yaml: document 1, line ")
        .contains("expands to more than")
        .contains("alias bomb");
  }

  @Test
  void anAliasBombCostsOnlyItsOwnDocument() {
    String text =
        billionLaughs() + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: fine\n";

    LoadResult result = quickly(() -> ManifestReader.read("lol.yaml", text));

    assertThat(result.kubeObjects()).extracting(o -> o.name()).containsExactly("fine");
    assertThat(result.problems()).hasSize(1);
  }

  @Test
  void aWideFanOutOfAliasesIsBoundedToo() {
    StringBuilder text = new StringBuilder("a: &a [");
    for (int i = 0; i < 1000; i++) {
      text.append(i == 0 ? "" : ",").append("x");
    }
    text.append("]\nb: [");
    for (int i = 0; i < 5000; i++) {
      text.append(i == 0 ? "" : ",").append("*a");
    }
    text.append("]\n");

    LoadResult result = quickly(() -> ManifestReader.read("wide.yaml", text.toString()));

    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .singleElement()
        .asString()
        .contains("expands to more than");
  }

  @Test
  void anAliasToItselfIsAProblem() {
    assertThat(Fixtures.problems("a: &a [*a]\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 1: unknown alias *a (no complete value is anchored &a above it)");
  }

  @Test
  void tenThousandLevelsOfYamlNestingEndInAProblemQuickly() {
    String flowLists = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    String flowMaps = "a: " + "{a: ".repeat(10_000) + "}".repeat(10_000) + "\n";

    for (String text : new String[] {flowLists, flowMaps}) {
      LoadResult result = quickly(() -> ManifestReader.read("deep.yaml", text));

      assertThat(result.problems())
          .extracting(ManifestProblem::render)
          .containsExactly(
              "error parsing deep.yaml: document 1, line 1: nested more than 100 levels deep: refusing to read further");
    }
  }

  @Test
  void tenThousandLevelsOfBlockNestingEndInAProblemQuickly() {
    StringBuilder text = new StringBuilder();
    for (int depth = 0; depth < 10_000; depth++) {
      text.append("- ");
    }
    text.append("x\n");

    LoadResult result = quickly(() -> ManifestReader.read("deep.yaml", text.toString()));

    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .singleElement()
        .asString()
        .startsWith("error parsing deep.yaml: document 1, line 1: ");
  }

  @Test
  void tenThousandLevelsOfJsonNestingEndInAProblemQuickly() {
    String text = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}\n";

    LoadResult result = quickly(() -> ManifestReader.read("deep.json", text));

    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing deep.json: "
                + "document 1, line 1: nested more than 100 levels deep: refusing to read further; the rest of the input was not read");
  }

  @Test
  void binaryGarbageIsAProblemNotAnException() throws IOException {
    byte[] garbage = new byte[64 * 1024];
    new Random(20240501).nextBytes(garbage);
    Path file = Files.write(dir.resolve("garbage.bin"), garbage);

    LoadResult result = quickly(() -> ManifestReader.read(file));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.document()).isPositive();
              assertThat(p.line()).isPositive();
              assertThat(p.render()).startsWith("error parsing " + file + ": document ");
            });
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndTheOtherDocumentsStillLoad() throws IOException {
    byte[] good =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: caf".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = {(byte) 0xE9, '\n'};
    byte[] after =
        "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: c\n"
            .getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, concat(good, bad, latin1, after));

    LoadResult result = ManifestReader.read(file);

    assertThat(result.kubeObjects()).extracting(o -> o.name()).containsExactly("a", "c");
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing "
                + file
                + ": document 2, line 9: not UTF-8 text (byte 0xE9 at offset 107): manifests must be UTF-8");
  }

  @Test
  void controlCharactersAreReportedAtTheirLine() {
    assertThat(Fixtures.problems("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\u0000b\n"))
        .containsExactly(
            "error parsing test.yaml: document 1, line 4: unacceptable character U+0000: special characters are not allowed in YAML");
  }

  @Test
  void readsUtf16FilesWithAByteOrderMark() throws IOException {
    Path file = dir.resolve("utf16.yaml");
    Files.write(
        file,
        "\uFEFFapiVersion: v1\nkind: Namespace\nmetadata:\n  name: ñandú\n"
            .getBytes(StandardCharsets.UTF_16BE));

    assertThat(ManifestReader.read(file).kubeObjects())
        .extracting(o -> o.name())
        .containsExactly("ñandú");
  }

  @Test
  void readsUtf8WithAByteOrderMark() {
    assertThat(
            ManifestReader.read(
                    "bom.yaml", "\uFEFFapiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n")
                .problems())
        .isEmpty();
  }

  @Test
  void aHugeQuantityExponentIsNoHang() {
    LoadResult result =
        quickly(
            () ->
                ManifestReader.read(
                    "q.yaml",
                    "apiVersion: v1\nkind: Node\nmetadata: {name: n}\nstatus:\n  capacity:\n    cpu: 1e999999999\n"
                        + "    memory: 1e99999999999999\n"));

    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing q.yaml: document 1, "
                + "line 7: status.capacity.memory: invalid quantity \"1e99999999999999\": quantities must match the regular "
                + "expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @Test
  void truncatedInputIsAProblem() {
    String full = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: \"unterminated\n";

    assertThat(Fixtures.problems(full))
        .singleElement()
        .asString()
        .startsWith("error parsing test.yaml: document 1, line ")
        .contains("YAML syntax error");
  }

  @Test
  void randomMutationsOfARealManifestNeverThrow() throws IOException {
    String original = Files.readString(Fixtures.manifest("kubectl-get-pod.yaml"));
    Random random = new Random(7);
    String alphabet = ":-[]{}&*!|>'\"%@`#, \n\t?";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder(original);
      for (int edit = 0; edit < 1 + random.nextInt(5); edit++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> text.deleteCharAt(at);
          default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      LoadResult result = ManifestReader.read("mutant.yaml", text.toString());

      assertThat(result.objects().size() + result.problems().size()).isPositive();
      assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }

  /** A 100 MB file (sparse on disk) is refused by its size before a byte of it is read. */
  @Test
  void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(100_000_000L);
    }

    LoadResult result = quickly(() -> ManifestReader.read(big));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly("error reading " + big + ": file larger than 64 MiB: refusing to read it");
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  /**
   * The YAML scanner's time grows with the square of a scalar: an 8 MB one took 14 s before this.
   */
  @Test
  void aLineLongerThanAnyObjectIsRefusedAndTheOtherDocumentsGoOn() {
    String yaml =
        "apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n---\n"
            + "apiVersion: v1\nkind: Node\nmetadata:\n  name: b\n  annotations:\n    big: "
            + "x".repeat(8 << 20)
            + "\n";
    LoadResult r = quickly(() -> ManifestReader.read("big.yaml", yaml));
    assertThat(r.kubeObjects()).extracting(o -> o.metadata().name()).containsExactly("a");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.render())
                    .isEqualTo(
                        "error parsing big.yaml: document 2, line 11: line longer than 1 MiB: more than any object the "
                            + "API server accepts; the document is skipped"));
  }
}
