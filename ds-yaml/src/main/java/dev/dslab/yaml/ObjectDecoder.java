package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.codec.KindCodec;
import dev.dslab.yaml.codec.Kinds;
import dev.dslab.yaml.parse.ItemSink;
import dev.dslab.yaml.tree.DecodeException;
import dev.dslab.yaml.tree.FieldPath;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.Issue;
import dev.dslab.yaml.tree.Quoting;
import dev.dslab.yaml.tree.YEntry;
import dev.dslab.yaml.tree.YList;
import dev.dslab.yaml.tree.YMap;
import dev.dslab.yaml.tree.YNode;
import dev.dslab.yaml.tree.YScalar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tree of one document into records: dispatches on apiVersion and kind through the
 * registry, flattens {@code List} and {@code *List} kinds into their items, and rejects an object
 * as a whole when any of its fields is wrong or unknown. Applies no defaults and no validation:
 * that is the API server's (the engine's) job.
 */
final class ObjectDecoder {
  private static final String LIST_SUFFIX = "List";

  private final Kinds kinds;

  ObjectDecoder(Kinds kinds) {
    this.kinds = kinds;
  }

  /** Where the objects and problems of one document go. */
  /**
   * Where the objects and problems of one document go; {@code all} gets every object in file order,
   * those of kinds no built-in resource maps too.
   */
  record Sink(
      String source,
      int document,
      List<LoadedObject> objects,
      List<ManifestProblem> problems,
      List<LoadedObject> all) {
    void problem(String field, int line, String message) {
      problems.add(new ManifestProblem(source, document, line, field, message));
    }
  }

  /**
   * List items decoded while their document is still being parsed (see {@link ItemSink}). They are
   * decoded into a sink of their own, and count only if the document turns out to be a List:
   * kubectl prints {@code kind: List} after the items.
   */
  final class EarlyItems implements ItemSink {
    private final Sink decoded;

    private EarlyItems(String source, int document) {
      this.decoded =
          new Sink(source, document, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Takes items that name their own apiVersion and kind; those of a raw typed list wait for the
     * list's.
     */
    @Override
    public boolean take(YNode item) {
      if (!(item instanceof YMap object) || !namesItsType(object)) {
        return false;
      }
      decode(object, null, null, decoded);
      return true;
    }
  }

  EarlyItems earlyItems(String source, int document) {
    return new EarlyItems(source, document);
  }

  /** Decodes a document's tree, with the items taken from it while it was parsed. */
  void decode(YNode root, EarlyItems early, Sink sink) {
    decode(root, null, null, early, sink);
  }

  private void decode(YNode node, String defaultApiVersion, String defaultKind, Sink sink) {
    decode(node, defaultApiVersion, defaultKind, null, sink);
  }

  /**
   * @param defaultApiVersion the apiVersion an item of a typed list (a NodeList from the raw API)
   *     has when it names none
   * @param defaultKind likewise for its kind
   * @param early items of this list already decoded, or null
   */
  private void decode(
      YNode node, String defaultApiVersion, String defaultKind, EarlyItems early, Sink sink) {
    if (!(node instanceof YMap object)) {
      sink.problem(
          null, node.line(), "expected an object (a Kubernetes manifest), got " + node.describe());
      return;
    }
    String apiVersion;
    String kind;
    try {
      apiVersion = typeField(object, "apiVersion").orElse(defaultApiVersion);
      kind = typeField(object, "kind").orElse(defaultKind);
    } catch (DecodeException e) {
      sink.problem(e.path().toString(), e.line(), e.getMessage());
      return;
    }
    int kindLine = object.entry("kind") == null ? object.line() : object.entry("kind").line();
    if (kind == null) {
      sink.problem(
          null,
          object.line(),
          "not a Kubernetes object ("
              + (apiVersion == null ? "apiVersion not set, " : "")
              + "kind not set): skipped");
      return;
    }
    if (isList(kind)) {
      if (early != null) {
        sink.objects().addAll(early.decoded.objects());
        sink.problems().addAll(early.decoded.problems());
        sink.all().addAll(early.decoded.all());
      }
      decodeItems(object, kind, apiVersion, sink);
      return;
    }
    if (apiVersion == null) {
      sink.problem(
          null,
          object.line(),
          "apiVersion not set for kind " + quote(kind) + ": skipped" + hint(kind));
      return;
    }
    Optional<KindCodec<?>> codec = kinds.find(apiVersion, kind);
    if (codec.isEmpty() && !kinds.served(apiVersion, kind)) {
      // No built-in resource maps it: a custom resource, whose CRD the cluster may serve by the
      // time the object's turn comes (kubectl maps each object against the server's discovery).
      // It is read as sent, with the words for a cluster that does not serve it.
      ManifestProblem noMatch =
          ManifestProblem.verbatim(
              sink.source(),
              sink.document(),
              kindLine,
              unmapped(object, apiVersion, kind, sink.source()));
      decodeObject(object, kinds.unstructured(apiVersion, kind), sink, noMatch);
      return;
    }
    if (codec.isEmpty()) {
      sink.problem(
          null,
          kindLine,
          "unsupported kind " + quote(kind) + " (" + apiVersion + "): skipped" + hint(kind));
      return;
    }
    decodeObject(object, codec.get(), sink, null);
  }

  /**
   * {@code List}, and the typed lists the API returns ({@code NodeList}, {@code DaemonSetList}, …).
   */
  private static boolean isList(String kind) {
    return kind.endsWith(LIST_SUFFIX);
  }

  /** Items of a list: each loads or fails on its own, as kubectl applies them one by one. */
  private void decodeItems(YMap list, String kind, String apiVersion, Sink sink) {
    YEntry items = list.entry("items");
    if (items == null || items.value().isNull()) {
      return;
    }
    if (!(items.value() instanceof YList elements)) {
      sink.problem("items", items.line(), "expected a list, got " + items.value().describe());
      return;
    }
    boolean typed = !kind.equals(LIST_SUFFIX);
    String itemKind = typed ? kind.substring(0, kind.length() - LIST_SUFFIX.length()) : null;
    for (YNode item : elements.items()) {
      decode(item, typed ? apiVersion : null, itemKind, sink);
    }
  }

  /**
   * @param noMatch kubectl's error for an object of a kind no built-in resource maps, or null
   */
  private void decodeObject(YMap object, KindCodec<?> codec, Sink sink, ManifestProblem noMatch) {
    List<Issue> issues = new ArrayList<>();
    KubeObject decoded = null;
    try {
      decoded =
          Fields.decode(
              object,
              FieldPath.ROOT,
              object.line(),
              issues,
              fields -> {
                fields.ignore("apiVersion", "kind");
                return codec.decoder().apply(fields);
              });
    } catch (DecodeException e) {
      issues.add(new Issue(e.path(), e.line(), e.getMessage()));
    }
    if (!issues.isEmpty()) {
      issues.sort(Comparator.comparingInt(Issue::line));
      for (Issue issue : issues) {
        sink.problem(
            issue.path().isRoot() ? null : issue.path().toString(), issue.line(), issue.message());
      }
      return;
    }
    LoadedObject loaded =
        new LoadedObject(sink.source(), sink.document(), object.line(), decoded, noMatch);
    if (noMatch == null) {
      sink.objects().add(loaded);
    } else {
      // told as a problem too, for readers that know built-in kinds only
      sink.problems().add(noMatch);
    }
    sink.all().add(loaded);
  }

  /**
   * kubectl's words for a kind the server does not serve (its REST mapper found no resource): the
   * name and namespace as the manifest wrote them.
   */
  private static String unmapped(YMap object, String apiVersion, String kind, String source) {
    return "resource mapping not found for name: "
        + quote(metadataString(object, "name"))
        + " namespace: "
        + quote(metadataString(object, "namespace"))
        + " from "
        + quote(source)
        + ": no matches for kind "
        + quote(kind)
        + " in version "
        + quote(apiVersion)
        + "\nensure CRDs are installed first";
  }

  private static String metadataString(YMap object, String name) {
    YEntry metadata = object.entry("metadata");
    if (metadata != null && metadata.value() instanceof YMap m) {
      YEntry e = m.entry(name);
      if (e != null && e.value() instanceof YScalar s && s.type() == YScalar.Type.STRING) {
        return (String) s.value();
      }
    }
    return "";
  }

  private static boolean namesItsType(YMap object) {
    try {
      return typeField(object, "apiVersion").isPresent() && typeField(object, "kind").isPresent();
    } catch (DecodeException e) {
      return false;
    }
  }

  /** apiVersion or kind: a string when present. */
  private static Optional<String> typeField(YMap object, String name) {
    YEntry e = object.entry(name);
    if (e == null || e.value().isNull()) {
      return Optional.empty();
    }
    if (e.value() instanceof YScalar s
        && s.type() == YScalar.Type.STRING
        && !((String) s.value()).isEmpty()) {
      return Optional.of((String) s.value());
    }
    if (e.value() instanceof YScalar s && s.type() == YScalar.Type.STRING) {
      return Optional.empty();
    }
    throw new DecodeException(
        FieldPath.ROOT.field(name), e.line(), "expected a string, got " + e.value().describe());
  }

  /** "; DaemonSet is apps/v1" when the kind is known under another apiVersion. */
  private String hint(String kind) {
    List<String> versions = kinds.apiVersionsOf(kind);
    return versions.isEmpty() ? "" : "; " + kind + " is " + String.join(" or ", versions);
  }

  private static String quote(String s) {
    return Quoting.quote(s);
  }
}
