/**
 * kubectl's human-readable output for {@code get}, byte for byte: the tables of {@code
 * pkg/printers/internalversion/printers.go} as cli-runtime's table printer lays them out through
 * Go's text/tabwriter, and the {@code -o name} lines.
 *
 * <p>Entry point: {@link dev.dslab.print.Printers}. Everything here is a pure function of the
 * objects, the (virtual) {@code now} and the {@link dev.dslab.print.TableOptions}.
 */
package dev.dslab.print;
