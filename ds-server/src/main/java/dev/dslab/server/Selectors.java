package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.FieldSelector;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.model.meta.SelectorParseException;
import java.util.Map;

/** The labelSelector and fieldSelector of a list or watch. */
record Selectors(Selector labels, FieldSelector fields) {
  /**
   * The query's selectors for objects of {@code kind}; one that does not parse is the API server's
   * 400.
   */
  static Selectors of(Map<String, String> query, Kind kind) throws BadRequest {
    String labelSelector = query.get("labelSelector");
    try {
      Selector labels =
          labelSelector == null || labelSelector.isBlank()
              ? Selector.everything()
              : Selector.parse(labelSelector);
      return new Selectors(labels, FieldSelector.parse(query.get("fieldSelector"), kind));
    } catch (SelectorParseException e) {
      throw BadRequest.of("unable to parse requirement: " + e.getMessage());
    } catch (ApiException e) {
      // the API server's 400 without details, as it answers a list's field selector it cannot use
      throw BadRequest.of(e.getMessage());
    }
  }

  boolean matches(KubeObject o) {
    return labels.matches(o.metadata().labels()) && fields.test(o);
  }
}
