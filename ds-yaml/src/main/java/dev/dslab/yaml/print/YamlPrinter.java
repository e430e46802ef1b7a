package dev.dslab.yaml.print;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code kubectl -o yaml}: what sigs.k8s.io/yaml (go-yaml v2) writes. Two-space indentation,
 * sequences not indented under their key, no {@code ---}, strings plain unless they would read back
 * as something else ({@code "true"}, {@code "1"}, {@code ""}, timestamps) or need quoting for their
 * characters; multi-line strings as literal blocks.
 */
public final class YamlPrinter {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .stringQuotingChecker(new KubernetesQuoting())
          .build();

  private YamlPrinter() {}

  public static String print(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      TreeWriter.write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }
}
