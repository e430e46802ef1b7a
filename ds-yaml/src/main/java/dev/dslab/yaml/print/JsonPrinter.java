package dev.dslab.yaml.print;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code kubectl -o json}: Go's {@code json.MarshalIndent(obj, "", " ")} plus a newline. That is
 * 4-space indentation, {@code "key": value}, {@code {}} and {@code []} when empty, and Go's
 * HTML-safe escaping ({@code <} as {@code \u003c}, lower-case hex).
 */
public final class JsonPrinter {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new GoEscapes()).build();

  private JsonPrinter() {}

  public static String print(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      TreeWriter.write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.append('\n').toString();
  }

  /** One line, no spaces, as the API server writes its responses and watch events. */
  public static String compact(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      TreeWriter.write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * {@link #compact} as UTF-8 bytes, written straight to {@code out} without the string between (a
   * list of 50,000 pods is 120 MB of JSON).
   */
  public static void compact(Object tree, java.io.OutputStream out) throws IOException {
    // through a writer: Jackson's UTF-8 generator escapes characters beyond the BMP (an emoji
    // becomes \\uD83D\\uDE00) when character escapes are set, and Go writes them as they are
    java.io.Writer text =
        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      TreeWriter.write(g, tree);
    }
  }

  /** A new one per document: Jackson's pretty printers keep the nesting level as state. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** Go's encoding/json escaping, which differs from Jackson's defaults in a few characters. */
  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    GoEscapes() {
      for (int c = 0; c < 0x20; c++) {
        if (c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f') {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean escaped =
          ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029;
      return escaped ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
