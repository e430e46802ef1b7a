package dev.dslab.print;

import java.util.List;

/**
 * How {@code get} prints a table: {@code -o wide}, {@code --show-labels}, a NAMESPACE column
 * ({@code -A}; only namespaced kinds get it), {@code --no-headers}, and {@code --show-kind} (names
 * as {@code daemonset.apps/x}, which kubectl turns on when one get prints several types), and the
 * label columns of {@code -L}.
 */
public record TableOptions(
    boolean wide,
    boolean showLabels,
    boolean withNamespace,
    boolean noHeaders,
    boolean showKind,
    List<String> labelColumns) {

  /** {@code labelColumns}: the keys of {@code -L}, each a column of its own before LABELS. */
  public TableOptions {
    labelColumns = List.copyOf(labelColumns);
  }

  public TableOptions(
      boolean wide,
      boolean showLabels,
      boolean withNamespace,
      boolean noHeaders,
      boolean showKind) {
    this(wide, showLabels, withNamespace, noHeaders, showKind, List.of());
  }

  public TableOptions(boolean wide, boolean showLabels, boolean withNamespace, boolean noHeaders) {
    this(wide, showLabels, withNamespace, noHeaders, false);
  }
}
