package dev.dslab.server.fieldmanager;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field ownership of one object: which manager, by Apply or by Update, set which fields, and
 * when; after the apiserver's fieldmanager (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/
 * fieldmanager) and structured-merge-diff's merge.Updater. Immutable: each write gives a new one.
 */
public record ManagedFields(String uid, List<Entry> entries) {
  /** One managedFields entry: a manager, its fields and the time of its last write. */
  public record Entry(Manager manager, Set<FieldPath> fields, Instant time) {
    public Entry {
      fields = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(fields));
    }
  }

  public ManagedFields {
    entries = List.copyOf(entries);
  }

  /** No manager yet, for the object with this uid. */
  public static ManagedFields none(String uid) {
    return new ManagedFields(uid, List.of());
  }

  /**
   * A non-apply write (create, update, patch) by a manager: the fields whose value it changed
   * become its own and no other manager's (merge.Updater.Update); fields it removed are no one's.
   */
  public ManagedFields updated(
      Manager manager, Map<String, Object> before, Map<String, Object> after, Instant now) {
    Set<FieldPath> changed = new LinkedHashSet<>();
    for (FieldPath p : FieldSets.of(after)) {
      // an element of an associative list is the updater's when it added it, not when it changed a
      // field inside it
      boolean changedHere =
          p.endsAtListElement()
              ? FieldSets.valueAt(before, p) == FieldSets.ABSENT
              : !FieldSets.sameAt(before, after, p);
      if (before == null || changedHere) {
        changed.add(p);
      }
    }
    Set<FieldPath> live = FieldSets.of(after);
    List<Entry> out = new ArrayList<>();
    Set<FieldPath> mine = new LinkedHashSet<>(changed);
    for (Entry e : entries) {
      Set<FieldPath> kept = new LinkedHashSet<>(e.fields());
      kept.retainAll(live);
      if (e.manager().equals(manager)) {
        mine.addAll(kept);
        continue;
      }
      kept.removeAll(changed);
      if (!kept.isEmpty()) {
        out.add(new Entry(e.manager(), kept, e.time()));
      }
    }
    if (!changed.isEmpty() || entries.stream().anyMatch(e -> e.manager().equals(manager))) {
      out.add(new Entry(manager, mine, now));
    }
    return new ManagedFields(uid, out);
  }

  /**
   * An apply by a manager (merge.Updater.Apply): the applied configuration's fields are set on the
   * live object; fields this manager applied before and no longer does, and no other manager owns,
   * are removed. A field another manager owns with another value is a conflict unless forced, when
   * it changes hands.
   */
  public ApplyResult apply(
      Manager manager, Map<String, Object> live, Map<String, Object> applied, boolean force) {
    Set<FieldPath> appliedFields = FieldSets.of(applied);
    List<Conflict> conflicts = new ArrayList<>();
    Set<FieldPath> ownedByOthers = new LinkedHashSet<>();
    Set<FieldPath> ownedBefore = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.manager().equals(manager)) {
        ownedBefore.addAll(e.fields());
        continue;
      }
      ownedByOthers.addAll(e.fields());
      for (FieldPath p : e.fields()) {
        if (appliedFields.contains(p)
            && !p.endsAtListElement()
            && live != null
            && !FieldSets.sameAt(live, applied, p)) {
          conflicts.add(new Conflict(e.manager(), p));
        }
      }
    }
    if (!conflicts.isEmpty() && !force) {
      return new ApplyResult(null, conflicts);
    }
    Map<String, Object> merged = Merging.merge(live, applied);
    for (FieldPath p : ownedBefore) {
      if (!appliedFields.contains(p) && !ownedByOthers.contains(p)) {
        Merging.remove(merged, p);
      }
    }
    return new ApplyResult(merged, conflicts);
  }

  /**
   * After a successful apply: the manager owns exactly the applied fields; a forced apply takes the
   * conflicting fields from their owners.
   */
  public ManagedFields afterApply(
      Manager manager, Map<String, Object> applied, List<Conflict> forced, Instant now) {
    Set<FieldPath> appliedFields = FieldSets.of(applied);
    Set<FieldPath> taken = new LinkedHashSet<>();
    forced.forEach(c -> taken.add(c.path()));
    List<Entry> out = new ArrayList<>();
    boolean placed = false;
    for (Entry e : entries) {
      if (e.manager().equals(manager)) {
        out.add(new Entry(manager, appliedFields, now));
        placed = true;
        continue;
      }
      Set<FieldPath> kept = new LinkedHashSet<>(e.fields());
      kept.removeAll(taken);
      if (!kept.isEmpty()) {
        out.add(new Entry(e.manager(), kept, e.time()));
      }
    }
    if (!placed) {
      out.add(new Entry(manager, appliedFields, now));
    }
    return new ManagedFields(uid, out);
  }

  /** The conflicts an apply would meet, which a forced apply takes over. */
  public List<Conflict> conflicts(
      Manager manager, Map<String, Object> live, Map<String, Object> applied) {
    return apply(manager, live, applied, false).conflicts();
  }

  /**
   * managedFields a client wrote (kubectl's migration from client-side apply patches them, see
   * csaupgrade in k8s.io/client-go/util/csaupgrade): the entries read back from their served form.
   *
   * @throws IllegalArgumentException naming the entry that is not one
   */
  @SuppressWarnings("unchecked")
  public static ManagedFields fromTree(String uid, List<?> tree) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      String where = "metadata.managedFields[" + i + "]";
      if (!(tree.get(i) instanceof Map<?, ?> m)
          || !(m.get("manager") instanceof String name)
          || !(m.get("apiVersion") instanceof String apiVersion)
          || !(m.get("fieldsV1") instanceof Map<?, ?> fields)) {
        throw new IllegalArgumentException(
            where + ": Required value: manager, apiVersion and fieldsV1 are required");
      }
      Manager.Operation operation;
      try {
        operation = Manager.Operation.valueOf(String.valueOf(m.get("operation")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + ".operation: Unsupported value: \"" + m.get("operation") + "\"");
      }
      Instant time;
      try {
        time = m.get("time") == null ? Instant.EPOCH : Instant.parse(String.valueOf(m.get("time")));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(where + ".time: Invalid value: " + m.get("time"));
      }
      Set<FieldPath> set = new LinkedHashSet<>();
      readFields((Map<String, Object>) fields, new FieldPath(List.of()), set);
      entries.add(new Entry(new Manager(name, operation, apiVersion), set, time));
    }
    return new ManagedFields(uid, entries);
  }

  @SuppressWarnings("unchecked")
  private static void readFields(Map<String, Object> node, FieldPath at, Set<FieldPath> out) {
    if (node.isEmpty() || node.containsKey(".")) {
      out.add(at);
    }
    node.forEach(
        (k, v) -> {
          if (!k.equals(".") && v instanceof Map<?, ?> child) {
            readFields((Map<String, Object>) child, at.child(k), out);
          }
        });
  }

  /** metadata.managedFields as the API server serves it. */
  public List<Object> toTree() {
    List<Object> out = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("manager", e.manager().name());
      m.put("operation", e.manager().operation().name());
      m.put("apiVersion", e.manager().apiVersion());
      m.put("time", DateTimeFormatter.ISO_INSTANT.format(e.time().truncatedTo(ChronoUnit.SECONDS)));
      m.put("fieldsType", "FieldsV1");
      m.put("fieldsV1", FieldSets.fieldsV1(e.fields()));
      out.add(m);
    }
    return out;
  }
}
