package dev.dslab.cli.print;

/**
 * How {@code get} prints a table: {@code -o wide}, {@code --show-labels}, a NAMESPACE column
 * ({@code -A}; only namespaced kinds get it) and {@code --no-headers}.
 */
public record TableOptions(boolean wide, boolean showLabels, boolean withNamespace, boolean noHeaders) {}
