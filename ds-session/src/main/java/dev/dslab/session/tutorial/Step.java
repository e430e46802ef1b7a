package dev.dslab.session.tutorial;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One thing a tutorial does, in document order; {@code line} is 1-based in the tutorial. */
public sealed interface Step {
  int line();

  /** A fenced block {@code ```yaml file=NAME}: NAME is written with the block's text. */
  record WriteFile(int line, String name, String content) implements Step {}

  /** {@code <!-- dslab: advance 40s -->}: the clock moves instead of settling. */
  record Advance(int line, Duration duration) implements Step {}

  /**
   * A command line: its kubectl/dsctl words, the filters it pipes into, and the output the tutorial
   * printed for it (null when it printed none).
   */
  record Command(
      int line,
      String text,
      List<String> words,
      List<List<String>> filters,
      PrintedOutput printed,
      List<YamlBlock> yamlAbove)
      implements Step {
    public Command {
      words = List.copyOf(words);
      filters = List.copyOf(filters);
      yamlAbove = List.copyOf(yamlAbove);
    }

    /**
     * The YAML block a command's {@code -f NAME} takes when no block wrote NAME: a block whose
     * first line is the comment {@code # NAME} (the seeds name their blocks so), else the closest
     * YAML block above the command; null when there is none.
     */
    public YamlBlock implicitFile(String name) {
      for (int i = yamlAbove.size() - 1; i >= 0; i--) {
        if (name.equals(yamlAbove.get(i).commentName())) {
          return yamlAbove.get(i);
        }
      }
      return yamlAbove.isEmpty() ? null : yamlAbove.get(yamlAbove.size() - 1);
    }
  }

  /**
   * {@code <!-- dslab: figure NAME.png ds=X group-by=K width=N table events -->} (or {@code .svg}).
   */
  record Figure(int line, String file, Map<String, String> options) implements Step {
    public Figure {
      options = Map.copyOf(options);
    }
  }

  /** {@code <!-- dslab: animation NAME.gif for 2m every 5s -->}: a span of time as frames. */
  record Animation(int line, String file, Duration span, Duration every) implements Step {}

  /**
   * The output a tutorial printed under a command: lines {@code firstLine..lastLine} (1-based,
   * inclusive) of the document, each written after {@code prefix} (the block's indentation or quote
   * marker), and their text without it.
   */
  record PrintedOutput(int firstLine, int lastLine, String prefix, List<String> lines) {
    public PrintedOutput {
      lines = List.copyOf(lines);
    }

    public String text() {
      return String.join("\n", lines);
    }
  }

  /** A YAML block of the document: its first line, its text and the file its comment names. */
  record YamlBlock(int line, String content, String commentName) {}
}
