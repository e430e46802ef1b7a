package dev.dslab.server;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * metav1 Create/Update/Patch/DeleteOptions' dryRun: absent, or All for a write that stores nothing.
 */
final class DryRun {
  private DryRun() {}

  /** The query's dryRun values: none, or the one it gives. */
  static List<String> fromQuery(Map<String, String> query) {
    String value = query.get("dryRun");
    return value == null || value.isEmpty() ? List.of() : List.of(value);
  }

  /**
   * Whether {@code values} ask for a dry run; anything but All is refused as the API server's
   * options validation refuses it (422, before anything is read).
   *
   * @param options the options kind the message names: {@code CreateOptions}, {@code
   *     DeleteOptions}, ...
   */
  static boolean requested(List<String> values, String options) throws BadRequest {
    for (String v : values) {
      if (!"All".equals(v)) {
        String listed = values.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(", "));
        throw new BadRequest(
            422,
            "Invalid",
            options
                + ".meta.k8s.io \"\" is invalid: dryRun: Unsupported value: "
                + "[]string{"
                + listed
                + "}: supported values: \"All\"");
      }
    }
    return !values.isEmpty();
  }

  /** Whether the query's dryRun asks for a dry run, checked as {@code options}. */
  static boolean requested(Map<String, String> query, String options) throws BadRequest {
    return requested(fromQuery(query), options);
  }
}
