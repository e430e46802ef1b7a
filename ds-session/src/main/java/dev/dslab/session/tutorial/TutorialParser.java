package dev.dslab.session.tutorial;

import dev.dslab.session.CommandException;
import dev.dslab.session.GoDuration;
import dev.dslab.session.presets.ClusterPresets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown tutorial into steps. Commands are the lines, inside a fenced block, an indented
 * block or a blockquote, that start with {@code kubectl} or {@code dsctl} after an optional prompt
 * ({@code $ }, {@code > }, {@code # }, {@code user@host:~# }, {@code PS> }); a Markdown heading
 * {@code # kubectl} outside such a block is prose. A command's printed output is the lines after it
 * up to the next prompt or the block's end, or, when nothing follows it in its block, the fenced or
 * indented block directly after it.
 */
public final class TutorialParser {
  private TutorialParser() {}

  private static final Pattern FENCE = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})[ \\t]*(.*)$");
  private static final Pattern MARKER =
      Pattern.compile("^[ \\t]*<!--[ \\t]*dslab:[ \\t]*(.*?)[ \\t]*-->[ \\t]*$");

  /** An optional prompt, then the command. */
  private static final Pattern COMMAND =
      Pattern.compile(
          "^[ \\t]*(?:(?:\\$|>|#|PS[^>]*>|[\\w.-]+@[\\w.-]+:\\S*[#$])[ \\t]+)?((?:kubectl|dsctl)(?:[ \\t].*)?)$");

  /** A prompt line of another program: it ends the output before it too. */
  private static final Pattern OTHER_PROMPT =
      Pattern.compile("^[ \\t]*(?:\\$|PS[^>]*>|[\\w.-]+@[\\w.-]+:\\S*[#$])(?:[ \\t]|$)");

  private static final Pattern COMMENT_NAME = Pattern.compile("^#\\s*([\\w./-]+\\.ya?ml)\\s*$");

  /** The most frames an animation may have: a GIF a reader can still open. */
  public static final int MAX_FRAMES = 2_000;

  /** The figure options a marker may carry: valued ones end in {@code =}. */
  public static final List<String> FIGURE_OPTIONS =
      List.of("ds=", "group-by=", "width=", "theme=", "table", "events");

  /** A block of the document that may hold commands or an output. */
  private record Block(
      Kind kind,
      int start,
      int end,
      String prefix,
      String info,
      List<Integer> contentLines,
      List<String> content) {}

  private enum Kind {
    FENCE,
    INDENTED,
    QUOTE
  }

  /** Reads {@code text}; never throws: what is wrong is a problem naming its line. */
  public static TutorialDocument parse(String text) {
    return parse(text, "");
  }

  /**
   * Reads {@code text} with the setup of its sidecar file ({@code FILE.dslab}: the words of a setup
   * marker, for a tutorial that is not to be edited); the tutorial's own markers win.
   *
   * @throws IllegalArgumentException when the sidecar's words are wrong, naming the word
   */
  public static TutorialDocument parse(String text, String sidecar) {
    List<String> raw = rawLines(text);
    List<String> lines = raw.stream().map(TutorialParser::withoutLineEnd).toList();
    List<TutorialDocument.Problem> problems = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    List<Step> markers = new ArrayList<>();
    Setup setup = new Setup();
    if (!sidecar.isBlank()) {
      setup(List.of(sidecar.strip().split("\\s+")), setup);
    }
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher fence = FENCE.matcher(line);
      Matcher marker = MARKER.matcher(line);
      if (fence.matches()) {
        i = fenceBlock(lines, i, fence, blocks);
      } else if (marker.matches()) {
        marker(i + 1, marker.group(1), markers, setup, problems);
        i++;
      } else if (line.stripLeading().startsWith(">")) {
        i = run(lines, i, Kind.QUOTE, blocks);
      } else if (isIndented(line) && (i == 0 || startsIndentedBlock(lines.get(i - 1)))) {
        i = run(lines, i, Kind.INDENTED, blocks);
      } else {
        i++;
      }
    }
    List<Step> steps = new ArrayList<>(markers);
    commandsAndFiles(lines, blocks, steps, problems, setup.outputsAfterProse);
    steps.sort(java.util.Comparator.comparingInt(Step::line));
    if (steps.stream().noneMatch(Step.Command.class::isInstance)) {
      problems.add(
          new TutorialDocument.Problem(
              1,
              "no kubectl or dsctl command found (a command starts a line of a fenced, indented or"
                  + " quoted block, after an optional prompt such as \"$ \")"));
    }
    problems.sort(java.util.Comparator.comparingInt(TutorialDocument.Problem::line));
    return new TutorialDocument(setup.preset, setup.seed, steps, problems, raw);
  }

  private static final class Setup {
    String preset;
    Long seed;
    boolean outputsAfterProse;
  }

  private static int fenceBlock(List<String> lines, int start, Matcher open, List<Block> blocks) {
    String indent = open.group(1);
    String marks = open.group(2);
    Pattern close =
        Pattern.compile(
            "^[ \\t]*"
                + Pattern.quote(marks.substring(0, 1))
                + "{"
                + marks.length()
                + ",}[ \\t]*$");
    List<Integer> numbers = new ArrayList<>();
    List<String> content = new ArrayList<>();
    int i = start + 1;
    while (i < lines.size() && !close.matcher(lines.get(i)).matches()) {
      numbers.add(i);
      content.add(stripIndent(lines.get(i), indent.length()));
      i++;
    }
    blocks.add(
        new Block(
            Kind.FENCE,
            start,
            Math.min(i, lines.size() - 1),
            indent,
            open.group(3).strip(),
            numbers,
            content));
    return i + 1;
  }

  /** A run of blockquote lines, or of indented lines (blank lines inside kept). */
  private static int run(List<String> lines, int start, Kind kind, List<Block> blocks) {
    List<Integer> numbers = new ArrayList<>();
    List<String> content = new ArrayList<>();
    int i = start;
    int last = start;
    while (i < lines.size()) {
      String line = lines.get(i);
      boolean member =
          kind == Kind.QUOTE
              ? line.stripLeading().startsWith(">")
              : isIndented(line) && !FENCE.matcher(line).matches()
                  || line.isBlank() && nextNonBlankIndented(lines, i);
      if (!member) {
        break;
      }
      numbers.add(i);
      content.add(kind == Kind.QUOTE ? unquote(line) : stripIndent(line, 4));
      if (!line.isBlank()) {
        last = i;
      }
      i++;
    }
    String prefix =
        kind == Kind.QUOTE ? quotePrefix(lines.get(start)) : leadingBlanks(lines.get(start), 4);
    int keep = last - start + 1;
    blocks.add(
        new Block(
            kind, start, last, prefix, "", numbers.subList(0, keep), content.subList(0, keep)));
    return last + 1;
  }

  /**
   * An indented block cannot interrupt a paragraph: it follows a blank line, or an HTML comment (a
   * marker) that ends an HTML block.
   */
  private static boolean startsIndentedBlock(String previous) {
    return previous.isBlank() || previous.strip().endsWith("-->");
  }

  private static boolean nextNonBlankIndented(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return isIndented(lines.get(j)) && !FENCE.matcher(lines.get(j)).matches();
      }
    }
    return false;
  }

  private static boolean isIndented(String line) {
    return (line.startsWith("    ") || line.startsWith("\t")) && !line.isBlank();
  }

  private static String unquote(String line) {
    String s = line.stripLeading().substring(1);
    return s.startsWith(" ") ? s.substring(1) : s;
  }

  private static String quotePrefix(String line) {
    int gt = line.indexOf('>');
    return line.substring(0, gt + 1) + " ";
  }

  private static String leadingBlanks(String line, int max) {
    int n = 0;
    while (n < line.length() && n < max && line.charAt(n) == ' ') {
      n++;
    }
    return n == 0 && line.startsWith("\t") ? "\t" : line.substring(0, n);
  }

  private static String stripIndent(String line, int max) {
    if (line.startsWith("\t")) {
      return line.substring(1);
    }
    int n = 0;
    while (n < line.length() && n < max && line.charAt(n) == ' ') {
      n++;
    }
    return line.substring(n);
  }

  /** Commands with their outputs, files and the YAML blocks each command may take a file from. */
  private static void commandsAndFiles(
      List<String> lines,
      List<Block> blocks,
      List<Step> steps,
      List<TutorialDocument.Problem> problems,
      boolean outputsAfterProse) {
    List<Step.YamlBlock> yamlSoFar = new ArrayList<>();
    java.util.Set<Block> outputs = new java.util.HashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (outputs.contains(block)) {
        continue;
      }
      String fileName = fileOption(block.info());
      if (block.kind() == Kind.FENCE && fileName != null) {
        String content = String.join("\n", block.content()) + "\n";
        if (fileName.isEmpty() || fileName.startsWith("/") || fileName.contains("..")) {
          problems.add(
              new TutorialDocument.Problem(
                  block.start() + 1,
                  "file=\""
                      + fileName
                      + "\": a file name relative to the tutorial, without \"..\""));
        } else {
          steps.add(new Step.WriteFile(block.start() + 1, fileName, content));
        }
        yamlSoFar.add(new Step.YamlBlock(block.start() + 1, content, fileName));
        continue;
      }
      List<Integer> commandAt = new ArrayList<>();
      for (int k = 0; k < block.content().size(); k++) {
        if (COMMAND.matcher(block.content().get(k)).matches()) {
          commandAt.add(k);
        }
      }
      if (commandAt.isEmpty()) {
        if (isYaml(block)) {
          yamlSoFar.add(yamlBlock(block));
        }
        continue;
      }
      for (int k : commandAt) {
        Matcher m = COMMAND.matcher(block.content().get(k));
        m.matches();
        int lineNumber = block.contentLines().get(k) + 1;
        String commandText = m.group(1).strip();
        List<List<String>> pipeline;
        try {
          pipeline = ShellPipeline.split(commandText);
        } catch (IllegalArgumentException e) {
          problems.add(
              new TutorialDocument.Problem(lineNumber, e.getMessage() + ": " + commandText));
          continue;
        }
        List<String> words = pipeline.get(0).subList(1, pipeline.get(0).size());
        Step.PrintedOutput printed = outputInBlock(block, k);
        if (printed == null && k == commandAt.get(commandAt.size() - 1) && b + 1 < blocks.size()) {
          Block next = blocks.get(b + 1);
          boolean near =
              directlyAfter(lines, block, next)
                  || outputsAfterProse && onlyProseBetween(lines, block, next) && !isYaml(next);
          if (near && standsAsOutput(next)) {
            printed = whole(next);
            outputs.add(next);
          }
        }
        steps.add(
            new Step.Command(
                lineNumber,
                commandText,
                words,
                pipeline.subList(1, pipeline.size()),
                printed,
                yamlSoFar));
      }
    }
  }

  /** The lines after command {@code k} up to the next prompt or the block's end; null if none. */
  private static Step.PrintedOutput outputInBlock(Block block, int k) {
    int first = k + 1;
    int end = first;
    while (end < block.content().size()
        && !COMMAND.matcher(block.content().get(end)).matches()
        && !OTHER_PROMPT.matcher(block.content().get(end)).find()) {
      end++;
    }
    return span(block, first, end);
  }

  private static Step.PrintedOutput whole(Block block) {
    return span(block, 0, block.content().size());
  }

  /** Content lines {@code [from, to)} without blank lines at either end; null when all blank. */
  private static Step.PrintedOutput span(Block block, int from, int to) {
    while (from < to && block.content().get(from).isBlank()) {
      from++;
    }
    while (to > from && block.content().get(to - 1).isBlank()) {
      to--;
    }
    if (from == to) {
      return null;
    }
    return new Step.PrintedOutput(
        block.contentLines().get(from) + 1,
        block.contentLines().get(to - 1) + 1,
        block.prefix(),
        block.content().subList(from, to));
  }

  /** Only blank lines between the end of {@code a} and the start of {@code b}. */
  private static boolean directlyAfter(List<String> lines, Block a, Block b) {
    int from = a.kind() == Kind.FENCE ? a.end() + 1 : a.end() + 1;
    for (int i = from; i < b.start(); i++) {
      if (!lines.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * With {@code outputs=after-prose}: only paragraphs (no heading, no marker) between the end of
   * {@code a} and the start of {@code b}, as tutorials that say "the output is:" before it write.
   */
  private static boolean onlyProseBetween(List<String> lines, Block a, Block b) {
    for (int i = a.end() + 1; i < b.start(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("#") || l.startsWith("<!--")) {
        return false;
      }
    }
    return true;
  }

  /** A fenced or indented block with no command and no file to write. */
  private static boolean standsAsOutput(Block b) {
    return b.kind() != Kind.QUOTE
        && fileOption(b.info()) == null
        && b.content().stream().noneMatch(l -> COMMAND.matcher(l).matches())
        && b.content().stream().anyMatch(l -> !l.isBlank());
  }

  private static boolean isYaml(Block b) {
    if (b.kind() != Kind.FENCE) {
      return false;
    }
    String lang = b.info().isEmpty() ? "" : b.info().split("\\s+")[0];
    if (lang.equals("yaml") || lang.equals("yml")) {
      return true;
    }
    return lang.isEmpty()
        && b.content().stream().anyMatch(l -> l.startsWith("apiVersion:"))
        && b.content().stream().anyMatch(l -> l.startsWith("kind:"));
  }

  private static Step.YamlBlock yamlBlock(Block b) {
    String name = null;
    for (String l : b.content()) {
      if (!l.isBlank()) {
        Matcher m = COMMENT_NAME.matcher(l.strip());
        name = m.matches() ? m.group(1) : null;
        break;
      }
    }
    return new Step.YamlBlock(b.start() + 1, String.join("\n", b.content()) + "\n", name);
  }

  /** {@code NAME} of an info string {@code yaml file=NAME} (or yml); null when it has none. */
  private static String fileOption(String info) {
    String[] words = info.split("\\s+");
    if (words.length < 2 || !(words[0].equals("yaml") || words[0].equals("yml"))) {
      return null;
    }
    for (String w : words) {
      if (w.startsWith("file=")) {
        return w.substring("file=".length());
      }
    }
    return null;
  }

  /** One {@code <!-- dslab: ... -->} marker. */
  private static void marker(
      int line,
      String body,
      List<Step> steps,
      Setup setup,
      List<TutorialDocument.Problem> problems) {
    List<String> words = List.of(body.split("\\s+"));
    try {
      switch (words.get(0)) {
        case "advance" -> {
          if (words.size() != 2) {
            throw new IllegalArgumentException("advance takes one duration, e.g. \"advance 40s\"");
          }
          steps.add(new Step.Advance(line, duration(words.get(1))));
        }
        case "figure" -> steps.add(figure(line, words));
        case "animation" -> steps.add(animation(line, words));
        default -> setup(words, setup);
      }
    } catch (IllegalArgumentException e) {
      problems.add(new TutorialDocument.Problem(line, "dslab marker: " + e.getMessage()));
    }
  }

  private static void setup(List<String> words, Setup setup) {
    for (String w : words) {
      if (w.startsWith("preset=")) {
        String name = w.substring("preset=".length());
        if (!ClusterPresets.NAMES.contains(name)) {
          throw new IllegalArgumentException(
              "unknown preset \""
                  + name
                  + "\" (known: "
                  + String.join(", ", ClusterPresets.NAMES)
                  + ")");
        }
        setup.preset = name;
      } else if (w.equals("outputs=after-prose") || w.equals("outputs=direct")) {
        setup.outputsAfterProse = w.equals("outputs=after-prose");
      } else if (w.startsWith("seed=")) {
        try {
          setup.seed = Long.parseLong(w.substring("seed=".length()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("seed must be a whole number: \"" + w + "\"");
        }
      } else {
        throw new IllegalArgumentException(
            "unknown \""
                + w
                + "\" (known: preset=NAME seed=N outputs=after-prose|direct, advance D, figure NAME.png, animation NAME.gif)");
      }
    }
  }

  private static Step.Figure figure(int line, List<String> words) {
    if (words.size() < 2
        || !words.get(1).matches("[\\w./-]+\\.(png|svg)")
        || words.get(1).contains("..")) {
      throw new IllegalArgumentException(
          "figure needs a file NAME.png or NAME.svg, e.g. \"figure cluster.png\"");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String w : words.subList(2, words.size())) {
      String key = w.contains("=") ? w.substring(0, w.indexOf('=') + 1) : w;
      if (!FIGURE_OPTIONS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown figure option \""
                + w
                + "\" (known: ds=NAME group-by=KEY width=N theme=light|dark table events)");
      }
      String value = w.contains("=") ? w.substring(w.indexOf('=') + 1) : "";
      if (key.endsWith("=") && value.isEmpty()) {
        throw new IllegalArgumentException("figure option \"" + w + "\" needs a value");
      }
      if (key.equals("width=") && !value.matches("[1-9]\\d{0,4}")) {
        throw new IllegalArgumentException(
            "figure width must be a number of pixels, not \"" + value + "\"");
      }
      if (key.equals("theme=") && !value.equals("light") && !value.equals("dark")) {
        throw new IllegalArgumentException("figure theme is light or dark, not \"" + value + "\"");
      }
      options.put(key.endsWith("=") ? key.substring(0, key.length() - 1) : key, value);
    }
    return new Step.Figure(line, words.get(1), options);
  }

  private static Step.Animation animation(int line, List<String> words) {
    if (words.size() != 6
        || !words.get(1).matches("[\\w./-]+\\.gif")
        || words.get(1).contains("..")
        || !words.get(2).equals("for")
        || !words.get(4).equals("every")) {
      throw new IllegalArgumentException(
          "animation is written \"animation NAME.gif for 2m every 5s\"");
    }
    Duration span = duration(words.get(3));
    Duration every = duration(words.get(5));
    if (every.isZero() || every.compareTo(span) > 0) {
      throw new IllegalArgumentException(
          "animation: \"every\" must be more than 0 and at most \"for\"");
    }
    if (span.dividedBy(every) > MAX_FRAMES) {
      throw new IllegalArgumentException(
          "animation: at most " + MAX_FRAMES + " frames (\"for\" divided by \"every\")");
    }
    return new Step.Animation(line, words.get(1), span, every);
  }

  private static Duration duration(String text) {
    try {
      Duration d = GoDuration.parse(text);
      if (d.isNegative()) {
        throw new IllegalArgumentException("a duration may not be negative: \"" + text + "\"");
      }
      return d;
    } catch (CommandException e) {
      throw new IllegalArgumentException("bad duration \"" + text + "\" (e.g. 500ms, 40s, 2m, 1h)");
    }
  }

  /** The document's lines, each with its line end as written. */
  static List<String> rawLines(String text) {
    List<String> raw = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        raw.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      raw.add(text.substring(start));
    }
    return raw;
  }

  static String withoutLineEnd(String raw) {
    String s = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
