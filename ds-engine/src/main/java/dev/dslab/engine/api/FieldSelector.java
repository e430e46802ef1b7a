package dev.dslab.engine.api;

import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.validation.GoValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fieldSelector as the API server reads it, on the fields it supports for a kind: terms {@code
 * field=value}, {@code field==value} or {@code field!=value} joined by commas, every one required.
 * Values may escape {@code \}, {@code ,} and {@code =} with a backslash. A selector that does not
 * parse, or names a field the kind does not support, is refused with the API server's message as a
 * BadRequest {@link ApiException}: {@code field label not supported: spec.foo}.
 *
 * <p>The fields, per kind:
 *
 * <ul>
 *   <li>every kind: metadata.name; every namespaced kind: metadata.namespace (the API server
 *       refuses it for nodes and namespaces);
 *   <li>pods: spec.nodeName (also as the old spec.host), spec.restartPolicy, spec.schedulerName,
 *       spec.serviceAccountName, spec.hostNetwork, status.phase, status.podIP,
 *       status.nominatedNodeName;
 *   <li>nodes: spec.unschedulable; namespaces: status.phase; services: spec.clusterIP, spec.type;
 *   <li>events: involvedObject.kind, .namespace, .name, .uid, .apiVersion, .resourceVersion,
 *       .fieldPath, reason, reportingComponent, source, type.
 * </ul>
 *
 * A field the simulation does not model (status.nominatedNodeName, involvedObject.resourceVersion)
 * reads as empty, as it would on an object that never had it.
 */
public final class FieldSelector implements Predicate<KubeObject> {
  /**
   * One term: the field, whether it must equal ({@code =}, {@code ==}) or differ ({@code !=}), and
   * the value.
   */
  public record Requirement(String field, boolean equal, String value) {
    @Override
    public String toString() {
      return field + (equal ? "=" : "!=") + escape(value);
    }
  }

  private static final FieldSelector EVERYTHING = new FieldSelector(List.of(), Map.of());
  private static final String NAME = "metadata.name";
  private static final String NAMESPACE = "metadata.namespace";
  private static final Map<Kind, Map<String, Function<KubeObject, String>>> FIELDS =
      new HashMap<>();

  static {
    for (Kind kind : Kind.all()) {
      FIELDS.put(kind, Collections.unmodifiableMap(fields(kind)));
    }
  }

  private final List<Requirement> requirements;
  private final Map<String, Function<KubeObject, String>> fields;

  private FieldSelector(
      List<Requirement> requirements, Map<String, Function<KubeObject, String>> fields) {
    this.requirements = requirements;
    this.fields = fields;
  }

  /** The selector that selects every object (an absent or empty fieldSelector). */
  public static FieldSelector everything() {
    return EVERYTHING;
  }

  /**
   * Parses {@code text} as the API server parses a fieldSelector of {@code kind}: null or empty
   * selects everything.
   *
   * @throws ApiException BadRequest, with the API server's message: {@code invalid selector: 'x';
   *     can't understand 'x'}, {@code invalid field selector: ...} for a bad escape, or {@code
   *     field label not supported: spec.foo} ({@code "spec.foo" is not a known field selector: only
   *     "metadata.name", "metadata.namespace"} for the kinds with no fields of their own)
   */
  public static FieldSelector parse(String text, Kind kind) throws ApiException {
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isEmpty()) {
      return EVERYTHING;
    }
    // as fields.ParseSelector: the terms sorted, all of them parsed before any field is looked up
    List<String> terms = splitTerms(text);
    Collections.sort(terms);
    List<Requirement> parsed = new ArrayList<>();
    for (String term : terms) {
      if (!term.isEmpty()) {
        parsed.add(requirement(text, term));
      }
    }
    Map<String, Function<KubeObject, String>> fields = fieldsOf(kind);
    List<Requirement> requirements = new ArrayList<>();
    for (Requirement r : parsed) {
      if (!fields.containsKey(r.field())) {
        throw new ApiException(ApiException.Reason.BadRequest, unsupported(kind, r.field()));
      }
      // spec.host is what old clients call spec.nodeName
      requirements.add(
          r.field().equals("spec.host")
              ? new Requirement("spec.nodeName", r.equal(), r.value())
              : r);
    }
    return new FieldSelector(List.copyOf(requirements), fields);
  }

  /** The fields a fieldSelector of {@code kind} may name, as the API server supports them. */
  public static List<String> supportedFields(Kind kind) {
    return List.copyOf(fieldsOf(kind).keySet());
  }

  /** Whether {@code object} has every required field value; a field it lacks reads as empty. */
  @Override
  public boolean test(KubeObject object) {
    for (Requirement r : requirements) {
      Function<KubeObject, String> field = fields.get(r.field());
      String actual = field == null ? "" : Objects.requireNonNullElse(field.apply(object), "");
      if (actual.equals(r.value()) != r.equal()) {
        return false;
      }
    }
    return true;
  }

  /** The terms, in the API server's order (sorted as written). */
  public List<Requirement> requirements() {
    return requirements;
  }

  /** Whether this selects every object. */
  public boolean isEmpty() {
    return requirements.isEmpty();
  }

  /**
   * The selector as the API server prints it back: {@code spec.nodeName=n1,status.phase!=Failed}.
   */
  @Override
  public String toString() {
    return String.join(",", requirements.stream().map(Requirement::toString).toList());
  }

  // ------------------------------------------------------------------ parsing

  /** The comma-separated terms; an escaped comma stays in its term, backslash and all. */
  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    int start = 0;
    boolean escaped = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == ',') {
        terms.add(text.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(text.substring(start));
    return terms;
  }

  /**
   * One term, split at its first operator ({@code !=} before {@code ==} before {@code =}); no
   * spaces are trimmed.
   */
  private static Requirement requirement(String text, String term) throws ApiException {
    for (int i = 0; i < term.length(); i++) {
      if (term.startsWith("!=", i)) {
        return new Requirement(term.substring(0, i), false, unescape(term.substring(i + 2)));
      }
      if (term.startsWith("==", i)) {
        return new Requirement(term.substring(0, i), true, unescape(term.substring(i + 2)));
      }
      if (term.charAt(i) == '=') {
        return new Requirement(term.substring(0, i), true, unescape(term.substring(i + 1)));
      }
    }
    throw new ApiException(
        ApiException.Reason.BadRequest,
        "invalid selector: '" + text + "'; can't understand '" + term + "'");
  }

  private static String unescape(String value) throws ApiException {
    StringBuilder out = new StringBuilder(value.length());
    boolean escaped = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (escaped) {
        if (c != '\\' && c != ',' && c != '=') {
          throw new ApiException(
              ApiException.Reason.BadRequest,
              "invalid field selector: invalid escape sequence: \\"
                  + Character.toString(value.codePointAt(i)));
        }
        out.append(c);
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == ',' || c == '=') {
        // Go prints the rune as its number
        throw new ApiException(
            ApiException.Reason.BadRequest,
            "invalid field selector: unescaped character in value: " + (int) c);
      } else {
        out.append(c);
      }
    }
    if (escaped) {
      throw new ApiException(
          ApiException.Reason.BadRequest, "invalid field selector: invalid escape sequence: \\");
    }
    return out.toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
  }

  /**
   * The API server's refusal of a field: its field label conversion's, or the default one's for
   * apps kinds.
   */
  private static String unsupported(Kind kind, String field) {
    if (kind == Kind.DAEMON_SET
        || kind == Kind.CONTROLLER_REVISION
        || kind == Kind.DEPLOYMENT
        || kind == Kind.REPLICA_SET) {
      return GoValues.quote(field)
          + " is not a known field selector: only \""
          + NAME
          + "\", \""
          + NAMESPACE
          + "\"";
    }
    return "field label not supported: " + field;
  }

  // ------------------------------------------------------------------ fields

  /**
   * The selectable fields of a kind and how each is read, as its registry strategy's
   * ToSelectableFields.
   */
  /** A kind's selectable fields; a custom resource's (not kept here: a CRD is one cluster's). */
  private static Map<String, Function<KubeObject, String>> fieldsOf(Kind kind) {
    Map<String, Function<KubeObject, String>> known = FIELDS.get(kind);
    return known != null ? known : fields(kind);
  }

  private static Map<String, Function<KubeObject, String>> fields(Kind kind) {
    Map<String, Function<KubeObject, String>> f = new LinkedHashMap<>();
    f.put(NAME, o -> o.metadata().name());
    if (kind.namespaced()) {
      f.put(NAMESPACE, o -> o.metadata().namespace());
    }
    if (kind == Kind.POD) {
      f.put("spec.nodeName", of(Pod.class, p -> p.spec().nodeName()));
      f.put("spec.host", of(Pod.class, p -> p.spec().nodeName()));
      f.put("spec.restartPolicy", of(Pod.class, p -> p.spec().restartPolicy()));
      f.put("spec.schedulerName", of(Pod.class, p -> p.spec().schedulerName()));
      f.put("spec.serviceAccountName", of(Pod.class, p -> p.spec().serviceAccountName()));
      f.put("spec.hostNetwork", of(Pod.class, p -> Boolean.toString(p.spec().hostNetwork())));
      f.put(
          "status.phase",
          of(Pod.class, p -> p.status().phase() == null ? "" : p.status().phase().name()));
      f.put("status.podIP", of(Pod.class, p -> p.status().podIP()));
      f.put("status.nominatedNodeName", o -> "");
    } else if (kind == Kind.NODE) {
      f.put("spec.unschedulable", of(Node.class, n -> Boolean.toString(n.spec().unschedulable())));
    } else if (kind == Kind.NAMESPACE) {
      f.put("status.phase", of(Namespace.class, Namespace::phase));
    } else if (kind == Kind.SERVICE) {
      f.put("spec.clusterIP", of(Service.class, s -> s.spec().clusterIP()));
      f.put("spec.type", of(Service.class, s -> s.spec().type()));
    } else if (kind == Kind.EVENT) {
      f.put("involvedObject.kind", of(Event.class, e -> e.involvedObject().kind()));
      f.put("involvedObject.namespace", of(Event.class, e -> e.involvedObject().namespace()));
      f.put("involvedObject.name", of(Event.class, e -> e.involvedObject().name()));
      f.put("involvedObject.uid", of(Event.class, e -> e.involvedObject().uid()));
      f.put("involvedObject.apiVersion", of(Event.class, e -> e.involvedObject().apiVersion()));
      f.put("involvedObject.resourceVersion", o -> "");
      f.put("involvedObject.fieldPath", of(Event.class, e -> e.involvedObject().fieldPath()));
      f.put("reason", of(Event.class, Event::reason));
      // one component here: the source's, which the API writes as reportingComponent too
      f.put("reportingComponent", of(Event.class, Event::sourceComponent));
      f.put("source", of(Event.class, Event::sourceComponent));
      f.put("type", of(Event.class, Event::type));
    }
    // the other kinds have no fields of their own: the API server's default conversion
    return f;
  }

  private static <T extends KubeObject> Function<KubeObject, String> of(
      Class<T> type, Function<T, String> read) {
    return o -> type.isInstance(o) ? read.apply(type.cast(o)) : "";
  }
}
