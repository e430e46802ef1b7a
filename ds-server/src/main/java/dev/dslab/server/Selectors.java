package dev.dslab.server;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.model.meta.SelectorParseException;
import java.util.Map;

/** The labelSelector and fieldSelector of a list or watch. */
record Selectors(Selector labels, FieldSelectors fields) {
  /**
   * The query's selectors for {@code resource}; one that does not parse is the API server's 400.
   */
  static Selectors of(Map<String, String> query, Resource resource) throws BadRequest {
    String labelSelector = query.get("labelSelector");
    try {
      Selector labels =
          labelSelector == null || labelSelector.isBlank()
              ? Selector.everything()
              : Selector.parse(labelSelector);
      return new Selectors(labels, FieldSelectors.parse(query.get("fieldSelector"), resource));
    } catch (SelectorParseException e) {
      throw BadRequest.of("unable to parse requirement: " + e.getMessage());
    }
  }

  boolean matches(KubeObject o) {
    return labels.matches(o.metadata().labels()) && fields.matches(o);
  }
}
