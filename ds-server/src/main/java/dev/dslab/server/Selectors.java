package dev.dslab.server;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;

/** The labelSelector and fieldSelector of a list or watch. */
record Selectors(Selector labels, FieldSelectors fields) {
  boolean matches(KubeObject o) {
    return labels.matches(o.metadata().labels()) && fields.matches(o);
  }
}
