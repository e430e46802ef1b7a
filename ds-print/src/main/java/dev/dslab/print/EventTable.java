package dev.dslab.print;

import dev.dslab.model.core.Event;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** printEvent, with the columns of kubectl 1.32. */
final class EventTable {
  private EventTable() {}

  static final KindTable<Event> TABLE =
      new KindTable<>(Event.class, Scope.NAMESPACED, EventTable::columns);

  static List<Column<Event>> columns(Instant now) {
    return List.of(
        Column.of("Last Seen", event -> lastSeen(event, now)),
        Column.of("Type", Event::type),
        Column.of("Reason", Event::reason),
        Column.of("Object", event -> object(event.involvedObject())),
        Column.wide("Subobject", event -> event.involvedObject().fieldPath()),
        Column.wide("Source", EventTable::source),
        Column.of("Message", event -> Cells.orEmpty(event.message()).strip()),
        Column.wide("First Seen", event -> firstSeen(event, now)),
        // events of the newer API have no count: they happened once
        Column.wide("Count", event -> Integer.toString(event.count() == 0 ? 1 : event.count())),
        Column.wide("Name", Event::name));
  }

  /**
   * firstTimestamp, else eventTime; the model has no eventTime, and an event that has only one was
   * created when it happened, so the creation time stands in for it.
   */
  private static String firstSeen(Event event, Instant now) {
    Instant first =
        event.firstTimestamp() != null
            ? event.firstTimestamp()
            : event.metadata().creationTimestamp();
    return HumanDuration.age(first, now);
  }

  private static String lastSeen(Event event, Instant now) {
    return event.lastTimestamp() != null
        ? HumanDuration.age(event.lastTimestamp(), now)
        : firstSeen(event, now);
  }

  /**
   * {@code pod/greet-c4v52}: the involved object's lower-cased kind, and its name when it has one.
   */
  private static String object(ObjectReference involved) {
    String kind = Cells.orEmpty(involved.kind()).toLowerCase(Locale.ROOT);
    return Cells.isSet(involved.name()) ? kind + "/" + involved.name() : kind;
  }

  /** formatEventSource: {@code component, host}, or the component alone when there is no host. */
  private static String source(Event event) {
    String component = Cells.orEmpty(event.sourceComponent());
    return Cells.isSet(event.sourceHost()) ? component + ", " + event.sourceHost() : component;
  }
}
