package dev.dslab.yaml.parse;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, also telling two things Jackson drops from SnakeYAML's events:
 *
 * <ul>
 *   <li>the anchor ({@code &name}) of every value: Jackson reports an alias ({@code *name}) as a
 *       string holding the name and exposes the anchors of objects and lists only, so aliases of
 *       scalars could not be resolved (and its anchor-replaying parser drops aliases nested inside
 *       anchored values);
 *   <li>whether a scalar is plain: an empty plain one ({@code key:}) is null in YAML but an empty
 *       string to Jackson, unlike a quoted {@code ""}; and only a plain {@code <<} key merges.
 * </ul>
 */
final class TrackingYamlParser extends YAMLParser {
  /**
   * The first characters of SnakeYAML's implicit resolvers (org.yaml.snakeyaml.resolver.Resolver).
   */
  private static final String MAY_RESOLVE = "yYnNtTfFoO-+0123456789.<~=!&*";

  private String anchor;
  private boolean plain;
  private boolean emptyPlain;

  private TrackingYamlParser(
      IOContext context,
      int parserFeatures,
      int formatFeatures,
      LoaderOptions options,
      ObjectCodec codec,
      Reader reader) {
    super(context, parserFeatures, formatFeatures, options, codec, reader);
  }

  /** The anchor of the value at the current token, or null. */
  String anchor() {
    return anchor;
  }

  /** Whether the current token is an empty plain scalar: null in YAML. */
  boolean isEmptyPlainScalar() {
    return emptyPlain;
  }

  /**
   * Whether the current token (a value or a key) is a plain, unquoted scalar: only a plain {@code
   * <<} merges.
   */
  boolean isPlainScalar() {
    return plain;
  }

  /**
   * Most scalars of a manifest are plain strings that cannot be anything else, judging by their
   * first character; Jackson would still try SnakeYAML's regular expressions on each (a tenth of
   * the time of reading a large list). Only characters that start a YAML 1.1 null, bool, int,
   * float, timestamp, merge or value need them.
   */
  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
    String value = scalar.getValue();
    if (scalar.getTag() == null && !value.isEmpty() && MAY_RESOLVE.indexOf(value.charAt(0)) < 0) {
      _textValue = value;
      _cleanedTextValue = null;
      return JsonToken.VALUE_STRING;
    }
    return super._decodeScalar(scalar);
  }

  @Override
  protected Event getEvent() throws IOException {
    Event event = super.getEvent();
    anchor =
        event instanceof NodeEvent node && !(event instanceof AliasEvent) ? node.getAnchor() : null;
    plain = event instanceof ScalarEvent scalar && scalar.isPlain();
    emptyPlain = plain && ((ScalarEvent) event).getValue().isEmpty();
    return event;
  }

  /** Makes these parsers; configured like any YAMLFactory. */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new TrackingYamlParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }
}
