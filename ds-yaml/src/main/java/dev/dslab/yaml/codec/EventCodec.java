package dev.dslab.yaml.codec;

import dev.dslab.model.core.Event;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/** core/v1 Event. */
final class EventCodec {
  static final KindCodec<Event> CODEC =
      new KindCodec<>("v1", Event.KIND, Event.class, EventCodec::decode, EventCodec::encode);

  private static final ObjectReference NO_OBJECT =
      new ObjectReference(null, null, null, null, null, null);

  private EventCodec() {}

  /** The two fields of {@code source}. */
  private record Source(String component, String host) {}

  static Event decode(Fields f) {
    f.ignore("eventTime", "series", "action", "related", "reportingInstance");
    ObjectReference involved = f.object("involvedObject", EventCodec::reference);
    Source source = f.object("source", s -> new Source(s.string("component"), s.string("host")));
    String component = source == null ? null : source.component();
    // Events written through events.k8s.io carry only reportingComponent; it names the same thing.
    String reporting = f.string("reportingComponent");
    if (component == null && reporting != null && !reporting.isEmpty()) {
      component = reporting;
    }
    return new Event(
        MetaCodec.metadata(f),
        involved == null ? NO_OBJECT : involved,
        f.string("type"),
        f.string("reason"),
        f.string("message"),
        component,
        source == null ? null : source.host(),
        f.int32("count"),
        f.time("firstTimestamp"),
        f.time("lastTimestamp"));
  }

  static Map<String, Object> encode(Event e) {
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(e.metadata()))
        .put("involvedObject", encode(e.involvedObject()))
        .put("type", e.type())
        .put("reason", e.reason())
        .put("message", e.message())
        .put(
            "source",
            ObjectBuilder.object()
                .put("component", e.sourceComponent())
                .put("host", e.sourceHost()))
        .putNonZero("count", e.count())
        .putTime("firstTimestamp", e.firstTimestamp())
        .putTime("lastTimestamp", e.lastTimestamp())
        .put("reportingComponent", e.sourceComponent() == null ? "" : e.sourceComponent())
        .put("reportingInstance", "")
        .build();
  }

  private static ObjectReference reference(Fields f) {
    f.ignore("resourceVersion");
    return new ObjectReference(
        f.string("apiVersion"),
        f.string("kind"),
        f.string("namespace"),
        f.string("name"),
        f.string("uid"),
        f.string("fieldPath"));
  }

  private static Map<String, Object> encode(ObjectReference r) {
    return ObjectBuilder.object()
        .put("apiVersion", r.apiVersion())
        .put("kind", r.kind())
        .put("namespace", r.namespace())
        .put("name", r.name())
        .put("uid", r.uid())
        .put("fieldPath", r.fieldPath())
        .build();
  }
}
