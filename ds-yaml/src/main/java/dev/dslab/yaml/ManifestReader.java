package dev.dslab.yaml;

import dev.dslab.yaml.codec.Kinds;
import dev.dslab.yaml.parse.DocumentParser;
import dev.dslab.yaml.parse.ParseLimits;
import dev.dslab.yaml.parse.ParsedDocument;
import dev.dslab.yaml.source.DocumentText;
import dev.dslab.yaml.source.Documents;
import dev.dslab.yaml.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads Kubernetes manifests: YAML (multi-document, comments anywhere) or JSON (what {@code kubectl
 * get -o json} prints), into model records. Never throws for anything a file contains: every
 * failure becomes a {@link ManifestProblem} naming file, document and line, and a bad document
 * costs only itself. No defaults are applied and nothing is validated beyond types.
 */
public final class ManifestReader {
  /**
   * Larger files are refused before being read into memory. A 5,000-node {@code kubectl get nodes
   * -o yaml} dump is 17 MB; a file of 100 MB is far beyond any real manifest and would cost minutes
   * and most of a default heap.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final ObjectDecoder DECODER = new ObjectDecoder(Kinds.standard());
  private static final DocumentParser PARSER = new DocumentParser(ParseLimits.DEFAULT);

  private ManifestReader() {}

  /**
   * Reads manifest text.
   *
   * @param source how problems name the text: the path as the user wrote it, or {@code STDIN}
   */
  public static LoadResult read(String source, String text) {
    return load(source, SourceText.of(text));
  }

  /**
   * Reads manifest bytes (standard input), checking that they are UTF-8 as {@link #read(Path)} does
   * rather than letting bad bytes turn into replacement characters.
   */
  public static LoadResult read(String source, byte[] bytes) {
    return load(source, SourceText.decode(bytes));
  }

  /** Reads a manifest file; its name in problems is the path as given. */
  public static LoadResult read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a manifest file that problems and results name {@code source}: the path as the user typed
   * it, when the file was found relative to another directory.
   */
  public static LoadResult read(Path file, String source) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return failed(
            source,
            "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB: refusing to read it");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(source, describe(e));
    }
    return load(source, SourceText.decode(bytes));
  }

  /**
   * Parses and decodes one document after the other, so that only one document's tree is alive at a
   * time (and of a List, only one item's).
   */
  private static LoadResult load(String source, SourceText content) {
    List<LoadedObject> objects = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    List<LoadedObject> all = new ArrayList<>();
    String text = content.text();
    if (Documents.isJson(text)) {
      Map<Integer, ObjectDecoder.EarlyItems> early = new HashMap<>();
      // JSON has no document markers to isolate bad bytes with: they spoil the whole stream.
      List<ParsedDocument> documents =
          content.malformed().isEmpty()
              ? PARSER.json(text, n -> early.computeIfAbsent(n, k -> DECODER.earlyItems(source, k)))
              : List.of(notUtf8(1, content.malformed().get(0)));
      for (ParsedDocument document : documents) {
        ObjectDecoder.Sink sink =
            new ObjectDecoder.Sink(source, document.document(), objects, problems, all);
        collect(document, early.get(document.document()), sink);
      }
    } else {
      for (DocumentText document : Documents.split(text)) {
        ObjectDecoder.EarlyItems early = DECODER.earlyItems(source, document.number());
        Optional<SourceText.Malformed> bad =
            content.malformedWithin(document.firstLine(), document.lastLine());
        OptionalInt longLine = lineLongerThan(document, MAX_LINE_CHARS);
        ParsedDocument parsed =
            bad.isPresent()
                ? notUtf8(document.number(), bad.get())
                : longLine.isPresent()
                    ? tooLong(document.number(), longLine.getAsInt())
                    : PARSER.yaml(document, early);
        collect(
            parsed,
            early,
            new ObjectDecoder.Sink(source, document.number(), objects, problems, all));
      }
    }
    return new LoadResult(objects, problems, all);
  }

  private static void collect(
      ParsedDocument document, ObjectDecoder.EarlyItems early, ObjectDecoder.Sink sink) {
    if (document instanceof ParsedDocument.Failure failure) {
      sink.problem(null, failure.line(), failure.message());
    } else if (document instanceof ParsedDocument.Tree tree) {
      if (tree.issues().isEmpty()) {
        DECODER.decode(tree.root(), early, sink);
      } else {
        tree.issues().forEach(i -> sink.problem(i.path().toString(), i.line(), i.message()));
      }
    }
  }

  /**
   * The longest YAML line read: the YAML scanner's time grows with the square of a scalar's length
   * (an 8 MB one took 14 s), and no object the API server accepts needs a line this long (a request
   * is at most 3 MiB, an annotation value 256 KiB). JSON, read by another parser, has no such
   * limit.
   */
  public static final int MAX_LINE_CHARS = 1024 * 1024;

  /**
   * The first line of the document longer than {@code max} characters, as a line number of the
   * file.
   */
  static OptionalInt lineLongerThan(DocumentText document, int max) {
    String text = document.text();
    if (text.length() <= max) {
      return OptionalInt.empty();
    }
    int start = 0;
    int line = document.firstLine();
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      if (stop - start > max) {
        return OptionalInt.of(line);
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
    return OptionalInt.empty();
  }

  private static ParsedDocument tooLong(int document, int line) {
    return new ParsedDocument.Failure(
        document,
        line,
        "line longer than "
            + MAX_LINE_CHARS / (1024 * 1024)
            + " MiB: more than any object the API server accepts; the document is skipped");
  }

  private static ParsedDocument notUtf8(int document, SourceText.Malformed bad) {
    return new ParsedDocument.Failure(
        document,
        bad.line(),
        String.format(
            "not UTF-8 text (byte 0x%02X at offset %d): manifests must be UTF-8",
            bad.firstByte(), bad.byteOffset()));
  }

  private static LoadResult failed(String source, String message) {
    return new LoadResult(List.of(), List.of(new ManifestProblem(source, 0, 0, null, message)));
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
