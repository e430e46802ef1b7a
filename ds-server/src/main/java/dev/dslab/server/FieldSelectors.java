package dev.dslab.server;

import dev.dslab.model.core.Event;
import dev.dslab.model.core.Pod;
import dev.dslab.model.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * fieldSelector terms ({@code a=b}, {@code a==b}, {@code a!=b}, comma-joined) on the fields the API
 * server indexes for our kinds: metadata.name and metadata.namespace everywhere, spec.nodeName and
 * status.phase for pods, involvedObject.* , reason, type and source for events (what {@code kubectl
 * describe} asks for).
 */
record FieldSelectors(List<Term> terms) {
  record Term(String field, boolean equal, String value) {}

  private static final Set<String> COMMON = Set.of("metadata.name", "metadata.namespace");
  private static final Set<String> POD =
      Set.of(
          "spec.nodeName",
          "status.phase",
          "spec.restartPolicy",
          "spec.schedulerName",
          "spec.serviceAccountName",
          "status.podIP",
          "status.nominatedNodeName");
  private static final Set<String> EVENT =
      Set.of(
          "involvedObject.kind",
          "involvedObject.namespace",
          "involvedObject.name",
          "involvedObject.uid",
          "involvedObject.apiVersion",
          "involvedObject.fieldPath",
          "reason",
          "reportingComponent",
          "source",
          "type");

  static FieldSelectors parse(String text, Resource resource) throws BadRequest {
    List<Term> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new FieldSelectors(terms);
    }
    for (String part : text.split(",")) {
      int ne = part.indexOf("!=");
      int eq = part.indexOf('=');
      Term t;
      if (ne >= 0) {
        t = new Term(part.substring(0, ne).trim(), false, part.substring(ne + 2).trim());
      } else if (eq >= 0) {
        t =
            new Term(
                part.substring(0, eq).trim(),
                true,
                part.substring(part.startsWith("=", eq + 1) ? eq + 2 : eq + 1).trim());
      } else {
        throw new BadRequest(
            400, "BadRequest", "invalid selector: '" + part + "'; can't understand '" + part + "'");
      }
      boolean known =
          COMMON.contains(t.field())
              || resource.plural().equals("pods") && POD.contains(t.field())
              || resource.plural().equals("events") && EVENT.contains(t.field());
      if (!known) {
        throw new BadRequest(400, "BadRequest", "field label not supported: " + t.field());
      }
      terms.add(t);
    }
    return new FieldSelectors(terms);
  }

  boolean matches(KubeObject o) {
    for (Term t : terms) {
      if (Objects.requireNonNullElse(value(o, t.field()), "").equals(t.value()) != t.equal()) {
        return false;
      }
    }
    return true;
  }

  private static String value(KubeObject o, String field) {
    switch (field) {
      case "metadata.name":
        return o.metadata().name();
      case "metadata.namespace":
        return o.metadata().namespace();
      default:
        break;
    }
    if (o instanceof Pod p) {
      return switch (field) {
        case "spec.nodeName" -> p.spec().nodeName();
        case "status.phase" -> p.status().phase() == null ? "" : p.status().phase().name();
        case "spec.restartPolicy" -> p.spec().restartPolicy();
        case "spec.schedulerName" -> p.spec().schedulerName();
        case "spec.serviceAccountName" -> p.spec().serviceAccountName();
        case "status.podIP" -> p.status().podIP();
        default -> "";
      };
    }
    if (o instanceof Event e) {
      var io = e.involvedObject();
      return switch (field) {
        case "involvedObject.kind" -> io.kind();
        case "involvedObject.namespace" -> io.namespace();
        case "involvedObject.name" -> io.name();
        case "involvedObject.uid" -> io.uid();
        case "involvedObject.apiVersion" -> io.apiVersion();
        case "involvedObject.fieldPath" -> io.fieldPath();
        case "reason" -> e.reason();
        case "reportingComponent", "source" -> e.sourceComponent();
        case "type" -> e.type();
        default -> "";
      };
    }
    return "";
  }
}
