package dev.dslab.yaml.tree;

/**
 * A field path in Kubernetes style: {@code
 * spec.template.spec.containers[0].ports[0].containerPort}. Built as a chain of parents and
 * rendered only when a problem needs it, so decoding a large list costs one small object per nested
 * value.
 */
public final class FieldPath {
  /** The object itself; it renders as the empty string. */
  public static final FieldPath ROOT = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String segment;
  private final int index;

  private FieldPath(FieldPath parent, String segment, int index) {
    this.parent = parent;
    this.segment = segment;
    this.index = index;
  }

  /** A struct field: {@code parent.name}. */
  public FieldPath field(String name) {
    return new FieldPath(this, name, -1);
  }

  /** A list element: {@code parent[i]}. */
  public FieldPath index(int i) {
    return new FieldPath(this, null, i);
  }

  /**
   * A map key: {@code nodeSelector.ssd} for plain keys, {@code nodeSelector[kubernetes.io/os]} for
   * keys that would not read back as one segment.
   */
  public FieldPath key(String key) {
    return isPlain(key) ? field(key) : new FieldPath(this, "[" + key + "]", -2);
  }

  /** {@code [A-Za-z_$][A-Za-z0-9_$-]*}, without a regular expression: this runs for every label. */
  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
      boolean other = (c >= '0' && c <= '9') || c == '-';
      if (!letter && (i == 0 || !other)) {
        return false;
      }
    }
    return true;
  }

  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String prefix = parent.toString();
    if (index >= 0) {
      return prefix + "[" + index + "]";
    }
    if (index == -2 || prefix.isEmpty()) {
      return prefix + segment;
    }
    return prefix + "." + segment;
  }
}
