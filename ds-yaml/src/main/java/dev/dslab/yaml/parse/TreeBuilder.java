package dev.dslab.yaml.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dslab.yaml.tree.FieldPath;
import dev.dslab.yaml.tree.Issue;
import dev.dslab.yaml.tree.YEntry;
import dev.dslab.yaml.tree.YList;
import dev.dslab.yaml.tree.YMap;
import dev.dslab.yaml.tree.YNode;
import dev.dslab.yaml.tree.YScalar;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one located tree from a Jackson streaming parser, iteratively (no recursion, so depth
 * costs heap, not stack), within a depth limit and a budget of values. Duplicate keys are recorded
 * as issues (the first value is kept): YAML forbids them and kubectl's strict decoding rejects them.
 */
final class TreeBuilder {
  private final JsonParser parser;
  private final int lineOffset;
  private final int maxDepth;
  private final long valueBudget;
  private final List<Issue> issues = new ArrayList<>();
  private long values;
  private int lastLine;

  TreeBuilder(JsonParser parser, int lineOffset, int maxDepth, long valueBudget) {
    this.parser = parser;
    this.lineOffset = lineOffset;
    this.maxDepth = maxDepth;
    this.valueBudget = valueBudget;
  }

  List<Issue> issues() {
    return issues;
  }

  /** The line of the last token read: where to blame a failure that has no location of its own. */
  int lastLine() {
    return lastLine;
  }

  /** Reads the value that starts at the parser's current token, up to and including its last token. */
  YNode readValue() throws IOException {
    Deque<Frame> open = new ArrayDeque<>();
    JsonToken token = parser.currentToken();
    while (true) {
      int line = parser.currentTokenLocation().getLineNr() + lineOffset;
      lastLine = line;
      YNode done = null;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (open.size() >= maxDepth) {
            throw new LimitExceeded(line, "nested more than " + maxDepth + " levels deep: refusing to read further");
          }
          FieldPath path = open.isEmpty() ? FieldPath.ROOT : open.peek().childPath();
          open.push(new Frame(token == JsonToken.START_OBJECT, path, line));
        }
        case FIELD_NAME -> open.peek().key(parser.currentName(), line);
        case END_OBJECT, END_ARRAY -> done = open.pop().build(issues);
        case VALUE_STRING -> done = new YScalar(line, YScalar.Type.STRING, parser.getText(), parser.getText());
        case VALUE_NUMBER_INT -> done = new YScalar(line, YScalar.Type.INTEGER, parser.getText(), parser.getNumberValue());
        case VALUE_NUMBER_FLOAT -> done = new YScalar(line, YScalar.Type.FLOAT, parser.getText(), parser.getDoubleValue());
        case VALUE_TRUE, VALUE_FALSE ->
            done = new YScalar(line, YScalar.Type.BOOLEAN, parser.getText(), token == JsonToken.VALUE_TRUE);
        case VALUE_NULL -> done = new YScalar(line, YScalar.Type.NULL, "null", null);
        default -> throw new LimitExceeded(line, "unsupported value (" + token + "), e.g. YAML binary data");
      }
      if (done != null) {
        if (++values > valueBudget) {
          throw new LimitExceeded(line, "the document expands to more than " + valueBudget
              + " values (an alias bomb?): refusing to read further");
        }
        if (open.isEmpty()) {
          return done;
        }
        open.peek().add(done);
      }
      token = parser.nextToken();
      if (token == null) {
        throw new LimitExceeded(line, "unexpected end of input");
      }
    }
  }

  /** An object or a list being built. */
  private static final class Frame {
    private final boolean isObject;
    private final FieldPath path;
    private final int line;
    private final Map<String, YEntry> entries = new LinkedHashMap<>();
    private final List<YNode> items = new ArrayList<>();
    private final List<Issue> duplicates = new ArrayList<>();
    private String key;
    private int keyLine;

    Frame(boolean isObject, FieldPath path, int line) {
      this.isObject = isObject;
      this.path = path;
      this.line = line;
    }

    void key(String name, int line) {
      key = name;
      keyLine = line;
    }

    FieldPath childPath() {
      return isObject ? path.field(key) : path.index(items.size());
    }

    void add(YNode value) {
      if (!isObject) {
        items.add(value);
        return;
      }
      YEntry first = entries.get(key);
      if (first != null) {
        duplicates.add(new Issue(path.field(key), keyLine,
            "duplicate field \"" + path.field(key) + "\" (first set on line " + first.line() + ")"));
        return;
      }
      entries.put(key, new YEntry(key, keyLine, value));
    }

    YNode build(List<Issue> issues) {
      issues.addAll(duplicates);
      return isObject ? new YMap(line, entries) : new YList(line, items);
    }
  }
}
