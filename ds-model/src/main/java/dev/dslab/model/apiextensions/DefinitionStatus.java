package dev.dslab.model.apiextensions;

import dev.dslab.model.meta.Unstructured;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CRD's status as the apiextensions controllers write it: conditions (apiextensions helpers'
 * SetCRDCondition: a condition keeps its lastTransitionTime while its status stays), acceptedNames
 * and storedVersions. Pure functions returning a new object.
 */
public final class DefinitionStatus {
  private DefinitionStatus() {}

  /** The CRD with the condition of {@code type} set (added after the others when new). */
  public static Unstructured withCondition(
      Unstructured crd, String type, String status, String reason, String message, Instant now) {
    Map<String, Object> st = status(crd);
    List<Object> conditions = new ArrayList<>();
    boolean found = false;
    if (st.get("conditions") instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> m && type.equals(m.get("type"))) {
          found = true;
          Object since =
              status.equals(m.get("status")) && m.get("lastTransitionTime") != null
                  ? m.get("lastTransitionTime")
                  : timestamp(now);
          conditions.add(condition(type, status, reason, message, since));
        } else {
          conditions.add(c);
        }
      }
    }
    if (!found) {
      conditions.add(condition(type, status, reason, message, timestamp(now)));
    }
    st.put("conditions", conditions);
    return withStatus(crd, st);
  }

  /** The CRD with status.acceptedNames set to these names. */
  public static Unstructured withAcceptedNames(
      Unstructured crd, CustomResourceDefinition.Names names) {
    Map<String, Object> accepted = new TreeMap<>();
    accepted.put("kind", names.kind());
    accepted.put("plural", names.plural());
    if (!names.singular().isEmpty()) {
      accepted.put("singular", names.singular());
    }
    if (!names.listKind().isEmpty()) {
      accepted.put("listKind", names.listKind());
    }
    if (!names.shortNames().isEmpty()) {
      accepted.put("shortNames", names.shortNames());
    }
    if (!names.categories().isEmpty()) {
      accepted.put("categories", names.categories());
    }
    Map<String, Object> st = status(crd);
    st.put("acceptedNames", accepted);
    return withStatus(crd, st);
  }

  /**
   * What the CRD strategy's PrepareForCreate leaves: empty accepted names, no conditions, the
   * storage version stored.
   */
  public static Unstructured initial(Unstructured crd) {
    Map<String, Object> st = new TreeMap<>();
    st.put("acceptedNames", Map.of("kind", "", "plural", ""));
    st.put("conditions", List.of());
    st.put("storedVersions", storedVersions(crd, List.of()));
    return withStatus(crd, st);
  }

  /**
   * The CRD's status kept from {@code current} (a write to the main resource does not change it),
   * its storage version added to storedVersions (the strategy's PrepareForUpdate).
   */
  public static Unstructured keptFrom(Unstructured crd, Unstructured current) {
    Map<String, Object> st = status(current);
    List<String> stored = new ArrayList<>();
    if (st.get("storedVersions") instanceof List<?> list) {
      list.forEach(v -> stored.add(String.valueOf(v)));
    }
    st.put("storedVersions", storedVersions(crd, stored));
    return withStatus(crd, st);
  }

  private static List<String> storedVersions(Unstructured crd, List<String> before) {
    List<String> stored = new ArrayList<>(before);
    CustomResourceDefinition d = CustomResourceDefinition.of(crd);
    if (!d.versions().isEmpty()) {
      String storage = d.storageVersion().name();
      if (!stored.contains(storage)) {
        stored.add(storage);
      }
    }
    return stored;
  }

  private static Map<String, Object> condition(
      String type, String status, String reason, String message, Object since) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("lastTransitionTime", since);
    c.put("message", message);
    c.put("reason", reason);
    c.put("status", status);
    c.put("type", type);
    return c;
  }

  private static Map<String, Object> status(Unstructured crd) {
    return crd.get("status") instanceof Map<?, ?> m ? new TreeMap<>(copy(m)) : new TreeMap<>();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static Unstructured withStatus(Unstructured crd, Map<String, Object> status) {
    TreeMap<String, Object> content = new TreeMap<>(crd.content());
    content.put("status", status);
    return new Unstructured(crd.apiVersion(), crd.kind(), crd.metadata(), content);
  }

  private static String timestamp(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
