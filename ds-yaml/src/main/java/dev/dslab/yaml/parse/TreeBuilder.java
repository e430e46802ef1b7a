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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one located tree from a Jackson streaming parser: iteratively (depth costs heap, not
 * stack), within a depth limit and a budget of values.
 *
 * <p>For YAML it also resolves aliases: an alias shares the anchored subtree (no copy), but counts
 * its full size against the budget, so a "billion laughs" document is refused after a few levels
 * instead of being expanded by whoever walks the tree. Merge keys ({@code <<: *defaults}) are
 * applied as go-yaml does: explicit keys win over merged ones.
 *
 * <p>Duplicate keys are recorded as issues (the first value is kept): YAML forbids them and
 * kubectl's strict decoding rejects them.
 *
 * <p>Elements of the root's {@code items} list are offered to an {@link ItemSink} as they complete;
 * those it takes are not kept, so a large List never exists as one tree.
 */
final class TreeBuilder {
  private static final String MERGE_KEY = "<<";

  private final JsonParser parser;
  private final TrackingYamlParser yaml;
  private final int lineOffset;
  private final int maxDepth;
  private final long valueBudget;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private ItemSink items;
  private long values;
  private int lastLine;

  /** An anchored value and the number of values it stands for. */
  private record Anchored(YNode node, long size) {}

  TreeBuilder(JsonParser parser, int lineOffset, int maxDepth, long valueBudget, ItemSink items) {
    this.parser = parser;
    this.items = items;
    this.yaml = parser instanceof TrackingYamlParser p ? p : null;
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

  /**
   * Reads the value that starts at the parser's current token, up to and including its last token.
   */
  YNode readValue() throws IOException {
    Deque<Frame> open = new ArrayDeque<>();
    JsonToken token = parser.currentToken();
    while (true) {
      int line = parser.currentTokenLocation().getLineNr() + lineOffset;
      lastLine = line;
      YNode done = null;
      long size = 1;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (open.size() >= maxDepth) {
            throw new ParseRefused(
                line, "nested more than " + maxDepth + " levels deep: refusing to read further");
          }
          FieldPath path = open.isEmpty() ? FieldPath.ROOT : open.peek().childPath();
          open.push(new Frame(token == JsonToken.START_OBJECT, path, line, anchor(), values));
        }
        case FIELD_NAME -> {
          String name = parser.currentName();
          open.peek()
              .key(name, line, yaml != null && yaml.isPlainScalar() && MERGE_KEY.equals(name));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame frame = open.pop();
          done = frame.build();
          size = values - frame.valuesAtStart + 1;
          remember(frame.anchor, done, size);
        }
        case VALUE_STRING -> {
          if (yaml != null && yaml.isCurrentAlias()) {
            Anchored anchored = resolve(parser.getText(), line);
            done = anchored.node();
            size = anchored.size();
          } else if (yaml != null && yaml.isEmptyPlainScalar()) {
            done = new YScalar(line, YScalar.Type.NULL, "", null);
            remember(anchor(), done, size);
          } else {
            String text = parser.getText();
            done = new YScalar(line, YScalar.Type.STRING, text, text);
            remember(anchor(), done, size);
          }
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
          done = scalar(token, line);
          remember(anchor(), done, size);
        }
        default ->
            throw new ParseRefused(
                line, "unsupported value (" + token + "), e.g. YAML binary data");
      }
      if (done != null) {
        values += token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY ? 1 : size;
        if (values > valueBudget) {
          throw new ParseRefused(
              line,
              "the document expands to more than "
                  + valueBudget
                  + " values (an alias bomb?): refusing to read further");
        }
        if (open.isEmpty()) {
          return done;
        }
        if (!(isTopLevelItem(open) && takeItem(done))) {
          open.peek().add(done, issues);
        }
      }
      token = parser.nextToken();
      if (token == null) {
        throw new ParseRefused(line, "unexpected end of input");
      }
    }
  }

  /** Whether the value just completed is an element of the root object's {@code items} list. */
  private static boolean isTopLevelItem(Deque<Frame> open) {
    return open.size() == 2 && !open.peek().isObject && open.peekLast().isObjectAt("items");
  }

  /** Offers a top-level item to the sink; once one is declined, all later ones are too. */
  private boolean takeItem(YNode item) {
    if (items.take(item)) {
      return true;
    }
    items = ItemSink.NONE;
    return false;
  }

  private YScalar scalar(JsonToken token, int line) throws IOException {
    return switch (token) {
      case VALUE_NUMBER_INT ->
          new YScalar(line, YScalar.Type.INTEGER, parser.getText(), parser.getNumberValue());
      case VALUE_NUMBER_FLOAT ->
          new YScalar(line, YScalar.Type.FLOAT, parser.getText(), parser.getDoubleValue());
      case VALUE_TRUE, VALUE_FALSE ->
          new YScalar(line, YScalar.Type.BOOLEAN, parser.getText(), token == JsonToken.VALUE_TRUE);
      default -> new YScalar(line, YScalar.Type.NULL, "null", null);
    };
  }

  private String anchor() {
    return yaml == null ? null : yaml.anchor();
  }

  private void remember(String anchor, YNode node, long size) {
    if (anchor != null) {
      anchors.put(anchor, new Anchored(node, size));
    }
  }

  private Anchored resolve(String alias, int line) {
    Anchored anchored = anchors.get(alias);
    if (anchored == null) {
      // Unknown, or the anchored value is still open: an alias to itself.
      throw new ParseRefused(
          line,
          "unknown alias *" + alias + " (no complete value is anchored &" + alias + " above it)");
    }
    return anchored;
  }

  /** An object or a list being built. */
  private static final class Frame {
    private final boolean isObject;
    private final FieldPath path;
    private final int line;
    private final String anchor;
    private final long valuesAtStart;
    private final YMap.Builder entries;
    private final List<YNode> items;
    private YMap.Builder merged;
    private String key;
    private int keyLine;
    private boolean keyMerges;

    Frame(boolean isObject, FieldPath path, int line, String anchor, long valuesAtStart) {
      this.isObject = isObject;
      this.path = path;
      this.line = line;
      this.anchor = anchor;
      this.valuesAtStart = valuesAtStart;
      this.entries = isObject ? new YMap.Builder() : null;
      this.items = isObject ? null : new ArrayList<>();
    }

    void key(String name, int line, boolean merges) {
      key = name;
      keyLine = line;
      keyMerges = merges;
    }

    /** Whether this is an object whose value being read is the one under {@code key}. */
    boolean isObjectAt(String name) {
      return isObject && name.equals(key);
    }

    FieldPath childPath() {
      return isObject ? path.field(key) : path.index(items.size());
    }

    void add(YNode value, List<Issue> issues) {
      if (!isObject) {
        items.add(value);
        return;
      }
      if (keyMerges) {
        merge(value, issues);
        return;
      }
      YEntry first = entries.get(key);
      if (first != null) {
        issues.add(
            new Issue(
                path.field(key),
                keyLine,
                "duplicate field \""
                    + path.field(key)
                    + "\" (first set on line "
                    + first.line()
                    + ")"));
      } else {
        entries.put(key, keyLine, value);
      }
    }

    /** {@code <<: *a} or {@code <<: [*a, *b]}: earlier maps win over later ones. */
    private void merge(YNode value, List<Issue> issues) {
      List<YNode> sources = value instanceof YList list ? list.items() : List.of(value);
      for (YNode source : sources) {
        if (!(source instanceof YMap map)) {
          issues.add(
              new Issue(
                  path.field(MERGE_KEY),
                  keyLine,
                  "the merge key << takes an object or a list of objects, not "
                      + source.describe()));
          return;
        }
        if (merged == null) {
          merged = new YMap.Builder();
        }
        for (YEntry entry : map.entries()) {
          if (merged.get(entry.key()) == null) {
            merged.put(entry.key(), entry.line(), entry.value());
          }
        }
      }
    }

    YNode build() {
      if (!isObject) {
        return new YList(line, items);
      }
      if (merged != null) {
        // explicit keys win over merged ones, wherever the << stands
        for (YEntry entry : merged.build(line).entries()) {
          if (entries.get(entry.key()) == null) {
            entries.put(entry.key(), entry.line(), entry.value());
          }
        }
      }
      return entries.build(line);
    }
  }
}
