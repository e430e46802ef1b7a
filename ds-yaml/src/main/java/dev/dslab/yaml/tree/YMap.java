package dev.dslab.yaml.tree;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping: keys in document order, each with the line it is on. Kept in parallel arrays rather
 * than a map of entry objects: a 5,000-node list holds a million keys, and this halves what they
 * cost the garbage collector. Lookups scan small maps and hash large ones.
 */
public final class YMap implements YNode {
  private static final int SCAN_LIMIT = 16;

  private final int line;
  private final String[] keys;
  private final int[] keyLines;
  private final YNode[] values;
  private final Map<String, Integer> index;

  private YMap(int line, String[] keys, int[] keyLines, YNode[] values) {
    this.line = line;
    this.keys = keys;
    this.keyLines = keyLines;
    this.values = values;
    this.index = keys.length > SCAN_LIMIT ? indexOf(keys) : null;
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public String describe() {
    return "an object";
  }

  public int size() {
    return keys.length;
  }

  /** The entry with this key, or null. */
  public YEntry entry(String key) {
    int i = indexOf(key);
    return i < 0 ? null : entryAt(i);
  }

  /**
   * The position of a key in document order, or -1: with the {@code …At} accessors, lookups without
   * garbage.
   */
  public int indexOf(String key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public String keyAt(int i) {
    return keys[i];
  }

  public int lineAt(int i) {
    return keyLines[i];
  }

  public YNode valueAt(int i) {
    return values[i];
  }

  /** The entries in document order. */
  public List<YEntry> entries() {
    return new AbstractList<>() {
      @Override
      public YEntry get(int i) {
        return entryAt(i);
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  private YEntry entryAt(int i) {
    return new YEntry(keys[i], keyLines[i], values[i]);
  }

  private static Map<String, Integer> indexOf(String[] keys) {
    Map<String, Integer> index = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      index.putIfAbsent(keys[i], i);
    }
    return index;
  }

  /** Collects the entries of a mapping as a parser reads them. */
  public static final class Builder {
    private String[] keys = new String[8];
    private int[] keyLines = new int[8];
    private YNode[] values = new YNode[8];
    private int size;
    private Map<String, Integer> index;

    /** The entry already collected under this key, or null. */
    public YEntry get(String key) {
      int i = find(key);
      return i < 0 ? null : new YEntry(keys[i], keyLines[i], values[i]);
    }

    /** Adds an entry; the caller has checked that the key is new. */
    public void put(String key, int line, YNode value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        keyLines = Arrays.copyOf(keyLines, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      keyLines[size] = line;
      values[size] = value;
      if (index != null) {
        index.put(key, size);
      } else if (size == SCAN_LIMIT) {
        index = indexOf(Arrays.copyOf(keys, size + 1));
      }
      size++;
    }

    public YMap build(int line) {
      return new YMap(
          line,
          Arrays.copyOf(keys, size),
          Arrays.copyOf(keyLines, size),
          Arrays.copyOf(values, size));
    }

    private int find(String key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }
}
