package dev.dslab.session;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.FieldSelector;
import dev.dslab.engine.api.Kind;

/**
 * {@code --field-selector} as dsctl takes it: the API server's own field selection (the fields it
 * supports per kind), refused with the words kubectl prints when the server refuses its list.
 */
public final class FieldSelectors {
  private FieldSelectors() {}

  public static FieldSelector parse(String text, Kind kind, String labelSelector)
      throws CommandException {
    try {
      return FieldSelector.parse(text, kind);
    } catch (ApiException e) {
      String groupVersion = kind.group().isEmpty() ? "/v1" : kind.group() + "/v1";
      throw new CommandException(
          "Error from server (BadRequest): Unable to find \""
              + groupVersion
              + ", Resource="
              + kind.resource()
              + "\" that match label selector \""
              + (labelSelector == null ? "" : labelSelector)
              + "\", field selector \""
              + text
              + "\": "
              + e.getMessage());
    }
  }
}
