package dev.dslab.yaml.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dslab.yaml.source.DocumentText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses documents into located trees. This is the one boundary where parser failures of any kind
 * become {@link ParsedDocument.Failure}s with a line: nothing a file contains may escape as an
 * exception.
 */
public final class DocumentParser {
  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  private final ParseLimits limits;
  private final YAMLFactory yaml;
  private final JsonFactory json;

  public DocumentParser(ParseLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // Our own depth check fires first, with a friendlier message; these are the backstop.
            .maxNestingDepth(limits.maxDepth() + 10)
            .maxDocumentLength(limits.maxDocumentChars())
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(limits.maxAliasesForCollections());
    loader.setNestingDepthLimit(limits.maxDepth() + 10);
    loader.setCodePointLimit(limits.maxDocumentChars());
    loader.setAllowRecursiveKeys(false);
    this.yaml =
        new TrackingYamlParser.Factory(
            YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints));
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /**
   * Parses one YAML document (see {@link dev.dslab.yaml.source.Documents#split}).
   *
   * @param items takes the elements of a top-level {@code items} list as they complete
   */
  public ParsedDocument yaml(DocumentText document, ItemSink items) {
    TreeBuilder builder = null;
    try (JsonParser parser = yaml.createParser(new StringReader(document.text()))) {
      if (parser.nextToken() == null) {
        return new ParsedDocument.Empty(document.number());
      }
      builder =
          new TreeBuilder(
              parser,
              document.lineOffset(),
              limits.maxDepth(),
              limits.valueBudget(document.text().length()),
              items);
      var root = builder.readValue();
      if (parser.nextToken() != null) {
        return new ParsedDocument.Failure(
            document.number(),
            parser.currentTokenLocation().getLineNr() + document.lineOffset(),
            "more than one document between two \"---\" lines (content after a \"...\" end marker?)");
      }
      return root.isNull()
          ? new ParsedDocument.Empty(document.number())
          : new ParsedDocument.Tree(document.number(), root, builder.issues());
    } catch (IOException | RuntimeException e) {
      int fallbackLine = builder == null ? document.firstLine() : builder.lastLine();
      return failure(
          e, document.number(), document.lineOffset(), fallbackLine, document.text(), "");
    }
  }

  /**
   * Parses a JSON text: one value, or several in a row (as {@code kubectl get -w -o json} prints
   * them), each a document. JSON cannot be resynchronised after a syntax error, so the first one
   * ends the stream; the message says so when something was left unread.
   *
   * @param items the item sink of each document, by its number
   */
  public List<ParsedDocument> json(String text, IntFunction<ItemSink> items) {
    List<ParsedDocument> documents = new ArrayList<>();
    TreeBuilder builder = null;
    try (JsonParser parser = json.createParser(text)) {
      while (parser.nextToken() != null) {
        int number = documents.size() + 1;
        builder =
            new TreeBuilder(
                parser,
                0,
                limits.maxDepth(),
                limits.valueBudget(text.length()),
                items.apply(number));
        var root = builder.readValue();
        documents.add(
            root.isNull()
                ? new ParsedDocument.Empty(number)
                : new ParsedDocument.Tree(number, root, builder.issues()));
      }
    } catch (IOException | RuntimeException e) {
      int number = documents.size() + 1;
      int fallbackLine = builder == null ? 1 : builder.lastLine();
      documents.add(failure(e, number, 0, fallbackLine, text, unreadRest(e, text)));
    }
    return documents;
  }

  private static ParsedDocument.Failure failure(
      Exception e, int document, int lineOffset, int fallbackLine, String text, String suffix) {
    if (e instanceof ParseRefused limit) {
      return new ParsedDocument.Failure(document, limit.line(), limit.getMessage() + suffix);
    }
    if (e instanceof StreamConstraintsException limit) {
      return new ParsedDocument.Failure(
          document,
          fallbackLine,
          "beyond the reader's limits ("
              + limit.getOriginalMessage()
              + "): refusing to read further"
              + suffix);
    }
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new ParsedDocument.Failure(
          document,
          marked.getProblemMark().getLine() + 1 + lineOffset,
          "YAML syntax error: " + describe(marked, lineOffset) + suffix);
    }
    if (e.getCause() instanceof ReaderException bad) {
      return new ParsedDocument.Failure(
          document,
          lineOf(text, bad.getPosition()) + lineOffset,
          String.format(
                  "unacceptable character U+%04X: special characters are not allowed in YAML",
                  bad.getCodePoint())
              + suffix);
    }
    if (e instanceof JsonProcessingException parse) {
      JsonLocation at = parse.getLocation();
      int line = at != null && at.getLineNr() > 0 ? at.getLineNr() + lineOffset : fallbackLine;
      String kind =
          parse.getProcessor() instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser
              ? "YAML"
              : "JSON";
      return new ParsedDocument.Failure(
          document,
          line,
          kind + " syntax error: " + firstLine(parse.getOriginalMessage()) + suffix);
    }
    if (e instanceof IOException io) {
      throw new UncheckedIOException("reading from a string cannot fail", io);
    }
    return new ParsedDocument.Failure(document, fallbackLine, "the parser failed: " + e + suffix);
  }

  /** SnakeYAML's problem, its column, and the construct it was in when that started elsewhere. */
  private static String describe(MarkedYAMLException e, int lineOffset) {
    Mark problem = e.getProblemMark();
    StringBuilder s =
        new StringBuilder(e.getProblem()).append(" (column ").append(problem.getColumn() + 1);
    Mark context = e.getContextMark();
    if (e.getContext() != null && context != null && context.getLine() != problem.getLine()) {
      s.append("; ")
          .append(e.getContext())
          .append(" that starts on line ")
          .append(context.getLine() + 1 + lineOffset);
    }
    return s.append(')').toString();
  }

  private static String unreadRest(Exception e, String text) {
    if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
      long offset = parse.getLocation().getCharOffset();
      if (offset >= text.length() || (offset >= 0 && text.substring((int) offset).isBlank())) {
        return "";
      }
    }
    return "; the rest of the input was not read";
  }

  /** The 1-based line of a code point index. */
  private static int lineOf(String text, int codePointIndex) {
    int end =
        codePointIndex <= 0
            ? 0
            : text.offsetByCodePoints(
                0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Jackson's message on one line, its source references ("[Source: REDACTED ...; line: 1, column:
   * 1]") made plain.
   */
  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return SOURCE_REFERENCE.matcher(line).replaceAll("line $1, column $2");
  }
}
