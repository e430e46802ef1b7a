package dev.dslab.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Go's text/tabwriter with flags 0: cells are tab-terminated, and each column is as wide as its
 * widest cell plus {@code padding}, but at least {@code minWidth}. The text after the last tab of a
 * line belongs to no column and is never padded.
 *
 * <p>A column is the run of consecutive lines that have a cell in it (Go's "column blocks"): a line
 * with fewer cells ends the block, and the lines after it start a new one whose width is computed
 * afresh. Widths count Unicode code points, as Go counts runes. As in Go, {@code '\v'} also ends a
 * cell and {@code '\f'} ends a line and every column (it is written as a newline).
 *
 * <p>kubectl really uses github.com/liggitt/tabwriter with its RememberWidths flag, which only
 * differs from this when the rows of one table have different cell counts, or across flushes (as
 * {@code get -w} does); a table printed at once never has either.
 */
public record TabWriter(int minWidth, int tabWidth, int padding, char padChar) {

  /** cli-runtime's printers.GetNewTabWriter: minwidth 6, tabwidth 4, padding 3, padchar ' '. */
  public static final TabWriter KUBECTL = new TabWriter(6, 4, 3, ' ');

  public TabWriter {
    if (minWidth < 0 || tabWidth < 0 || padding < 0) {
      throw new IllegalArgumentException("negative minWidth, tabWidth, or padding");
    }
  }

  /** The text aligned; lines keep their terminators, so text ending in a newline still does. */
  public String format(String text) {
    return Arrays.stream(text.split("\f", -1))
        .map(this::formatSection)
        .collect(Collectors.joining("\n"));
  }

  private String formatSection(String text) {
    List<List<Cell>> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      List<Cell> cells = new ArrayList<>();
      for (String cell : line.split("[\t\u000B]", -1)) {
        cells.add(new Cell(cell, cell.codePointCount(0, cell.length())));
      }
      lines.add(cells);
    }
    Layout layout = new Layout(lines);
    layout.format(0, lines.size());
    return layout.out.toString();
  }

  private record Cell(String text, int width) {}

  /** The state of one formatting pass: Go's Writer.format and writeLines over parsed lines. */
  private final class Layout {
    private final List<List<Cell>> lines;

    /** The widths of the columns left of the one being formatted (Go's b.widths stack). */
    private final List<Integer> widths = new ArrayList<>();

    private final StringBuilder out = new StringBuilder();

    Layout(List<List<Cell>> lines) {
      this.lines = lines;
    }

    /**
     * Writes lines [line0, line1), all of which have cells in the columns whose widths are known.
     */
    void format(int line0, int line1) {
      int column = widths.size();
      for (int line = line0; line < line1; line++) {
        if (!hasCell(line, column)) {
          continue;
        }
        // a block of this column starts here: what precedes it needs no more columns
        writeLines(line0, line);
        line0 = line;
        int width = minWidth;
        for (; line < line1 && hasCell(line, column); line++) {
          width = Math.max(width, lines.get(line).get(column).width() + padding);
        }
        // the block has ended: format the columns to the right of this one within it
        widths.add(width);
        format(line0, line);
        widths.remove(widths.size() - 1);
        line0 = line;
      }
      writeLines(line0, line1);
    }

    /** The last cell of a line is not tab-terminated, so it is in no column. */
    private boolean hasCell(int line, int column) {
      return column < lines.get(line).size() - 1;
    }

    private void writeLines(int line0, int line1) {
      for (int i = line0; i < line1; i++) {
        List<Cell> cells = lines.get(i);
        for (int j = 0; j < cells.size(); j++) {
          Cell cell = cells.get(j);
          out.append(cell.text());
          if (j < widths.size()) {
            writePadding(cell.width(), widths.get(j));
          }
        }
        if (i + 1 < lines.size()) {
          out.append('\n');
        }
      }
    }

    private void writePadding(int textWidth, int cellWidth) {
      if (padChar != '\t') {
        out.append(String.valueOf(padChar).repeat(cellWidth - textWidth));
        return;
      }
      // padding with tabs: the cell ends at the next tab stop at or after cellWidth
      if (tabWidth == 0) {
        return;
      }
      int tabStop = (cellWidth + tabWidth - 1) / tabWidth * tabWidth;
      out.append("\t".repeat((tabStop - textWidth + tabWidth - 1) / tabWidth));
    }
  }
}
