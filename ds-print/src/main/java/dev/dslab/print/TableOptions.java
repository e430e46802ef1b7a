package dev.dslab.print;

/**
 * How {@code get} prints a table: {@code -o wide}, {@code --show-labels}, a NAMESPACE column
 * ({@code -A}; only namespaced kinds get it), {@code --no-headers}, and {@code --show-kind} (names
 * as {@code daemonset.apps/x}, which kubectl turns on when one get prints several types).
 */
public record TableOptions(
    boolean wide, boolean showLabels, boolean withNamespace, boolean noHeaders, boolean showKind) {

  public TableOptions(boolean wide, boolean showLabels, boolean withNamespace, boolean noHeaders) {
    this(wide, showLabels, withNamespace, noHeaders, false);
  }
}
