package dev.dslab.yaml.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping; entries keep the order of the document and the line of each key. */
public record YMap(int line, Map<String, YEntry> entries) implements YNode {
  public YMap {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public YEntry entry(String key) {
    return entries.get(key);
  }

  @Override
  public String describe() {
    return "an object";
  }
}
