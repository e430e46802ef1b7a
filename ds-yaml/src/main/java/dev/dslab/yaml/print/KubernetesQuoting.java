package dev.dslab.yaml.print;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 reader would type as something else, as go-yaml does: on top
 * of Jackson's booleans and nulls, numbers in all of YAML 1.1's spellings ({@code 0x1F}, {@code
 * 1_000}, {@code .inf}), timestamps (so {@code creationTimestamp: "2024-05-01T10:00:00Z"} comes out
 * quoted, as in kubectl's output) and the merge key.
 */
final class KubernetesQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  // The implicit resolvers of YAML 1.1 (yaml.org/type), as SnakeYAML and go-yaml v2 apply them.
  private static final Pattern NOT_A_STRING =
      Pattern.compile(
          String.join(
              "|",
              "[-+]?0b[0-1_]+",
              "[-+]?0[0-7_]+",
              "[-+]?(?:0|[1-9][0-9_]*)",
              "[-+]?0x[0-9a-fA-F_]+",
              "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
              "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
              "[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)",
              "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
              "[-+]?\\.(?:inf|Inf|INF)",
              "\\.(?:nan|NaN|NAN)",
              "[0-9]{4}-[0-9]{2}-[0-9]{2}",
              "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                  + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?",
              "<<",
              "=",
              "~",
              "null|Null|NULL"));

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || NOT_A_STRING.matcher(name).matches();
  }

  /**
   * Only strings that would change type are forced into double quotes. For the rest SnakeYAML's
   * emitter decides, and like go-yaml it falls back from plain to single quotes to double quotes as
   * the characters require: {@code message: 'Created pod: web-x1'}, as kubectl prints it.
   */
  @Override
  public boolean needToQuoteValue(String value) {
    return isReservedKeyword(value) || NOT_A_STRING.matcher(value).matches();
  }
}
