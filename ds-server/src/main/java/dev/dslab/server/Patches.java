package dev.dslab.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The PATCH forms kubectl sends, applied to an object's JSON tree: JSON merge patch (RFC 7386),
 * JSON patch (RFC 6902) and strategic merge patch, whose lists of named things (containers, ports,
 * env, volumes, conditions...) merge by their key instead of being replaced.
 */
final class Patches {
  private Patches() {}

  /** A patch that cannot be applied: the API server answers 422 (or 400 for a malformed one). */
  static final class PatchException extends Exception {
    PatchException(String message) {
      super(message);
    }
  }

  // ------------------------------------------------------------------ merge patch

  @SuppressWarnings("unchecked")
  static Object mergePatch(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> p)) {
      return patch;
    }
    Map<String, Object> result =
        target instanceof Map<?, ?> t
            ? new LinkedHashMap<>((Map<String, Object>) t)
            : new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) p).entrySet()) {
      if (e.getValue() == null) {
        result.remove(e.getKey());
      } else {
        result.put(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ strategic merge patch

  /**
   * The merge keys of the lists that merge (patchStrategy "merge" in the API types), by the field
   * name of the list; any other list is replaced whole, as upstream replaces it.
   */
  private static final Map<String, String> MERGE_KEYS =
      Map.ofEntries(
          Map.entry("containers", "name"),
          Map.entry("initContainers", "name"),
          Map.entry("ephemeralContainers", "name"),
          Map.entry("env", "name"),
          Map.entry("volumes", "name"),
          Map.entry("volumeMounts", "mountPath"),
          Map.entry("volumeDevices", "devicePath"),
          Map.entry("ports", "containerPort"),
          Map.entry("conditions", "type"),
          Map.entry("ownerReferences", "uid"),
          Map.entry("imagePullSecrets", "name"),
          Map.entry("hostAliases", "ip"),
          Map.entry("topologySpreadConstraints", "topologyKey"),
          Map.entry("addresses", "type"));

  static Object strategic(Object target, Object patch) throws PatchException {
    return strategic(target, patch, null);
  }

  @SuppressWarnings("unchecked")
  private static Object strategic(Object target, Object patch, String field) throws PatchException {
    if (patch instanceof List<?> list) {
      String key = field == null ? null : MERGE_KEYS.get(field);
      // a Service's ports merge by port, not containerPort
      if ("ports".equals(field)
          && !list.isEmpty()
          && list.get(0) instanceof Map<?, ?> first
          && first.containsKey("port")
          && !first.containsKey("containerPort")) {
        key = "port";
      }
      if (key == null || !(target instanceof List<?>)) {
        return stripDirectives(list);
      }
      return mergeList((List<Object>) target, (List<Object>) list, key);
    }
    if (!(patch instanceof Map<?, ?> p)) {
      return patch;
    }
    Map<String, Object> patchMap = (Map<String, Object>) p;
    if ("replace".equals(patchMap.get("$patch"))) {
      Map<String, Object> copy = new LinkedHashMap<>(patchMap);
      copy.remove("$patch");
      return copy;
    }
    Map<String, Object> result =
        target instanceof Map<?, ?> t
            ? new LinkedHashMap<>((Map<String, Object>) t)
            : new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : patchMap.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("$setElementOrder/") || k.equals("$retainKeys") || k.equals("$patch")) {
        continue;
      }
      if (k.startsWith("$deleteFromPrimitiveList/")) {
        String listField = k.substring("$deleteFromPrimitiveList/".length());
        if (result.get(listField) instanceof List<?> values
            && e.getValue() instanceof List<?> gone) {
          List<Object> kept = new ArrayList<>(values);
          kept.removeAll(gone);
          result.put(listField, kept);
        }
        continue;
      }
      if (e.getValue() == null) {
        result.remove(k);
      } else {
        result.put(k, strategic(result.get(k), e.getValue(), k));
      }
    }
    if (patchMap.get("$retainKeys") instanceof List<?> retain) {
      result.keySet().retainAll(retain);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> mergeList(List<Object> target, List<Object> patch, String key)
      throws PatchException {
    List<Object> result = new ArrayList<>(target);
    for (Object item : patch) {
      if (!(item instanceof Map<?, ?> m)) {
        throw new PatchException(
            "unable to find api field in struct for a list of " + key + "-keyed elements");
      }
      Map<String, Object> patchItem = (Map<String, Object>) m;
      Object id = patchItem.get(key);
      int at = indexOf(result, key, id);
      if ("delete".equals(patchItem.get("$patch"))) {
        if (at >= 0) {
          result.remove(at);
        }
      } else if (at >= 0) {
        result.set(at, strategic(result.get(at), patchItem, null));
      } else {
        result.add(strategic(null, patchItem, null));
      }
    }
    return result;
  }

  private static int indexOf(List<Object> list, String key, Object id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m
          && Objects.equals(String.valueOf(m.get(key)), String.valueOf(id))) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> stripDirectives(List<?> list) {
    List<Object> result = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m && m.containsKey("$patch")) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
        copy.remove("$patch");
        result.add(copy);
      } else {
        result.add(o);
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ JSON patch

  @SuppressWarnings("unchecked")
  static Object jsonPatch(Object target, List<Object> operations) throws PatchException {
    Object doc = deepCopy(target);
    for (Object o : operations) {
      if (!(o instanceof Map<?, ?> m)) {
        throw new PatchException("invalid JSON patch operation: " + o);
      }
      Map<String, Object> op = (Map<String, Object>) m;
      String kind = String.valueOf(op.get("op"));
      String path = String.valueOf(op.get("path"));
      switch (kind) {
        case "add" -> doc = put(doc, path, deepCopy(op.get("value")), true);
        case "replace" -> {
          get(doc, path);
          doc = put(doc, path, deepCopy(op.get("value")), false);
        }
        case "remove" -> doc = remove(doc, path);
        case "test" -> {
          if (!Objects.equals(get(doc, path), op.get("value"))) {
            throw new PatchException("testing value " + path + " failed");
          }
        }
        case "move" -> {
          Object value = get(doc, String.valueOf(op.get("from")));
          doc = put(remove(doc, String.valueOf(op.get("from"))), path, value, true);
        }
        case "copy" ->
            doc = put(doc, path, deepCopy(get(doc, String.valueOf(op.get("from")))), true);
        default -> throw new PatchException("Unexpected kind: " + kind);
      }
    }
    return doc;
  }

  private static List<String> pointer(String path) throws PatchException {
    if (path.isEmpty()) {
      return List.of();
    }
    if (!path.startsWith("/")) {
      throw new PatchException("JSON pointer must start with /: " + path);
    }
    List<String> tokens = new ArrayList<>();
    for (String t : path.substring(1).split("/", -1)) {
      tokens.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  @SuppressWarnings("unchecked")
  private static Object get(Object doc, String path) throws PatchException {
    Object at = doc;
    for (String t : pointer(path)) {
      if (at instanceof Map<?, ?> m && m.containsKey(t)) {
        at = m.get(t);
      } else if (at instanceof List<?> l && t.matches("\\d+") && Integer.parseInt(t) < l.size()) {
        at = l.get(Integer.parseInt(t));
      } else {
        throw new PatchException("jsonpatch: path " + path + " does not exist");
      }
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  private static Object put(Object doc, String path, Object value, boolean insert)
      throws PatchException {
    List<String> tokens = pointer(path);
    if (tokens.isEmpty()) {
      return value;
    }
    String parentPath = path.substring(0, path.lastIndexOf('/'));
    Object parent = parentPath.isEmpty() ? doc : get(doc, parentPath);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).put(last, value);
    } else if (parent instanceof List<?> l) {
      List<Object> list = (List<Object>) l;
      int index = last.equals("-") ? list.size() : parseIndex(last, list.size() + (insert ? 1 : 0));
      if (insert) {
        list.add(index, value);
      } else {
        list.set(index, value);
      }
    } else {
      throw new PatchException("jsonpatch: cannot add at " + path);
    }
    return doc;
  }

  @SuppressWarnings("unchecked")
  private static Object remove(Object doc, String path) throws PatchException {
    List<String> tokens = pointer(path);
    if (tokens.isEmpty()) {
      throw new PatchException("jsonpatch: cannot remove the whole document");
    }
    String parentPath = path.substring(0, path.lastIndexOf('/'));
    Object parent = parentPath.isEmpty() ? doc : get(doc, parentPath);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> m && m.containsKey(last)) {
      ((Map<String, Object>) m).remove(last);
    } else if (parent instanceof List<?> l) {
      ((List<Object>) l).remove(parseIndex(last, l.size()));
    } else {
      throw new PatchException("jsonpatch: path " + path + " does not exist");
    }
    return doc;
  }

  private static int parseIndex(String token, int size) throws PatchException {
    if (!token.matches("\\d+") || Integer.parseInt(token) >= size) {
      throw new PatchException("jsonpatch: index " + token + " out of bounds");
    }
    return Integer.parseInt(token);
  }

  @SuppressWarnings("unchecked")
  static Object deepCopy(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> copy.put(k, deepCopy(v)));
      return copy;
    }
    if (o instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return o;
  }
}
