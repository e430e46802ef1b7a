package dev.dslab.engine.events;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records events as client-go's recorder and the API server do: an event identical to an earlier
 * one (same object, type, reason, message and source) raises that one's count and last timestamp
 * instead of adding a line; events are named {@code <object>.<hex nanoseconds>}; the API server
 * drops events an hour after they were last seen.
 */
public final class EventRecorder {
  /** The API server's default --event-ttl. */
  public static final Duration TTL = Duration.ofHours(1);

  private record Identity(
      String uid, String type, String reason, String message, String component, String host) {}

  /** How often, in virtual time, recording an event also drops the expired ones. */
  static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private final ApiServer api;
  private final Map<Identity, dev.dslab.engine.api.ObjectKey> names = new HashMap<>();

  /**
   * The last nanosecond stamp used per object, so that names of events at one instant stay unique.
   */
  private final Map<String, Long> lastStamp = new HashMap<>();

  private Instant nextPurge = Instant.MIN;

  public EventRecorder(ApiServer api) {
    this.api = api;
  }

  public void normal(KubeObject involved, String reason, String message, String component) {
    record(involved, Event.NORMAL, reason, message, component, null);
  }

  public void warning(KubeObject involved, String reason, String message, String component) {
    record(involved, Event.WARNING, reason, message, component, null);
  }

  public void record(
      KubeObject involved,
      String type,
      String reason,
      String message,
      String component,
      String host) {
    Instant now = api.now();
    if (!now.isBefore(nextPurge)) {
      // Without this the store would keep every event of a long session: the TTL applies whether or
      // not
      // anyone lists events (a 3-hour soak held 98,000 of them before).
      purgeExpired();
      nextPurge = now.plus(PURGE_EVERY);
    }
    ObjectMeta im = involved.metadata();
    String namespace =
        im.namespace() == null || im.namespace().isEmpty() ? "default" : im.namespace();
    Identity id = new Identity(im.uid(), type, reason, message, component, host);
    dev.dslab.engine.api.ObjectKey existing = names.get(id);
    if (existing != null) {
      Event old = api.store().<Event>get(existing).orElse(null);
      if (old != null && !expired(old, now)) {
        write(() -> api.updateStatus(old.repeated(now)));
        return;
      }
    }
    String name = uniqueName(namespace, im.name(), now);
    ObjectReference ref =
        new ObjectReference(
            involved.apiVersion(), involved.kind(), im.namespace(), im.name(), im.uid(), null);
    Event event =
        new Event(
            ObjectMeta.named(namespace, name),
            ref,
            type,
            reason,
            message,
            component,
            host,
            1,
            now,
            now);
    names.put(id, dev.dslab.engine.api.ObjectKey.of(event));
    write(() -> api.create(event));
  }

  /** Events whose last sighting is older than the TTL are gone. */
  public static boolean expired(Event e, Instant now) {
    Instant last = e.lastTimestamp() != null ? e.lastTimestamp() : e.metadata().creationTimestamp();
    return last != null && !last.plus(TTL).isAfter(now);
  }

  /**
   * Removes the events past their TTL (the API server's etcd lease expiry), and forgets what the
   * recorder kept about them: which event an identity repeats, and name stamps of past instants.
   */
  public void purgeExpired() {
    Instant now = api.now();
    List<Event> events = api.store().list(Kind.EVENT, null);
    for (Event e : events) {
      if (expired(e, now)) {
        api.remove(dev.dslab.engine.api.ObjectKey.of(e));
      }
    }
    names.values().removeIf(key -> api.store().get(key).isEmpty());
    long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    lastStamp.values().removeIf(stamp -> stamp < nowNanos);
  }

  private String uniqueName(String namespace, String objectName, Instant now) {
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    String object = namespace + "/" + objectName;
    Long last = lastStamp.get(object);
    if (last != null && last >= nanos) {
      nanos = last + 1;
    }
    String name;
    while (api.store()
        .get(Kind.EVENT, namespace, name = objectName + "." + Long.toHexString(nanos))
        .isPresent()) {
      nanos++;
    }
    lastStamp.put(object, nanos);
    return name;
  }

  private interface Write {
    void run() throws ApiException;
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (ApiException e) {
      // An event that cannot be written is dropped, as client-go's recorder drops it.
    }
  }
}
