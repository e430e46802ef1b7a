package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Invalid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * metav1.Status objects, as the API server answers a refused request: the reason and code kubectl
 * turns into {@code Error from server (NotFound): ...}, and for Invalid the field causes it prints
 * as {@code The DaemonSet "x" is invalid: ...}.
 */
final class StatusObjects {
  private StatusObjects() {}

  static Map<String, Object> of(ApiException e, Resource resource, String name) {
    if (e.invalid() != null) {
      return invalid(e.invalid(), resource);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (name != null) {
      details.put("name", name);
    }
    if (resource != null) {
      if (!resource.group().isEmpty()) {
        details.put("group", resource.group());
      }
      details.put("kind", resource.plural());
    }
    return failure(e.getMessage(), e.reason().name(), e.reason().code(), details);
  }

  static Map<String, Object> invalid(Invalid invalid, Resource resource) {
    List<Object> causes = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (FieldError error : invalid.errors()) {
      String rendered = error.render();
      String message =
          rendered.startsWith(error.field() + ": ")
              ? rendered.substring(error.field().length() + 2)
              : rendered;
      Map<String, Object> cause = new LinkedHashMap<>();
      cause.put("reason", causeReason(error.type()));
      cause.put("message", message);
      cause.put("field", error.field());
      causes.add(cause);
      parts.add(rendered);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", invalid.name());
    if (resource != null && !resource.group().isEmpty()) {
      details.put("group", resource.group());
    }
    details.put("kind", invalid.kind());
    details.put("causes", causes);
    String kind =
        resource != null && !resource.group().isEmpty()
            ? invalid.kind() + "." + resource.group()
            : invalid.kind();
    String joined = parts.size() == 1 ? parts.get(0) : "[" + String.join(", ", parts) + "]";
    return failure(
        kind + " \"" + invalid.name() + "\" is invalid: " + joined, "Invalid", 422, details);
  }

  /** metav1.CauseType of a field error type. */
  static String causeReason(FieldError.Type type) {
    return switch (type) {
      case INVALID -> "FieldValueInvalid";
      case REQUIRED -> "FieldValueRequired";
      case NOT_SUPPORTED -> "FieldValueNotSupported";
      case FORBIDDEN -> "FieldValueForbidden";
      case DUPLICATE -> "FieldValueDuplicate";
      case NOT_FOUND -> "FieldValueNotFound";
    };
  }

  static Map<String, Object> failure(
      String message, String reason, int code, Map<String, Object> details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "Status");
    m.put("apiVersion", "v1");
    m.put("metadata", Map.of());
    m.put("status", "Failure");
    m.put("message", message);
    m.put("reason", reason);
    if (details != null && !details.isEmpty()) {
      m.put("details", details);
    }
    m.put("code", code);
    return m;
  }

  static Map<String, Object> success(Resource resource, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "Status");
    m.put("apiVersion", "v1");
    m.put("metadata", Map.of());
    m.put("status", "Success");
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", name);
    if (!resource.group().isEmpty()) {
      details.put("group", resource.group());
    }
    details.put("kind", resource.plural());
    m.put("details", details);
    return m;
  }
}
