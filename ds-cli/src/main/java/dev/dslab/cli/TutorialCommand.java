package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.session.AtomicFiles;
import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.session.tutorial.FigureRenderer;
import dev.dslab.session.tutorial.OutputComparison;
import dev.dslab.session.tutorial.ShellFilters;
import dev.dslab.session.tutorial.Step;
import dev.dslab.session.tutorial.TutorialDocument;
import dev.dslab.session.tutorial.TutorialParser;
import dev.dslab.session.tutorial.TutorialRewriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dsctl tutorial check FILE.md} and {@code dsctl tutorial run FILE.md [--write OUT.md]}:
 * every kubectl/dsctl command of a Markdown tutorial run on one simulated cluster, each output
 * compared with the one the tutorial printed (masked), or written in its place.
 *
 * <p>Exit status: 0 when every command matched or (with no printed output) succeeded; 1 when a
 * command differs or failed ({@code check}), failed ({@code run}), or the tutorial has a problem (a
 * bad marker, no command); 2 when the tutorial could not be read or the command line is wrong.
 */
final class TutorialCommand {
  /** A reader's pause after each command: the cluster settles, for at most this long. */
  static final Duration READER_PAUSE = Duration.ofMinutes(5);

  static final int DIFFERENT = 1;
  static final int UNUSABLE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;
  private final FigureRenderer renderer;

  TutorialCommand(
      PrintStream out, PrintStream err, Path workingDirectory, FigureRenderer renderer) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
    this.renderer = renderer;
  }

  /** What became of one command. */
  enum Status {
    MATCHED("matched"),
    DIFFERS("differs"),
    FAILED("failed"),
    RAN("ran");

    final String word;

    Status(String word) {
      this.word = word;
    }
  }

  /** One command's outcome: its output as simulated, the differences, notes for the report. */
  record Outcome(
      Step.Command command,
      Status status,
      String output,
      List<OutputComparison.Difference> differences,
      String error) {}

  /** The whole run: outcomes in document order and the report's other lines, by line. */
  record Report(List<Outcome> outcomes, List<Note> notes) {
    long count(Status s) {
      return outcomes.stream().filter(o -> o.status() == s).count();
    }
  }

  record Note(int line, String text) {}

  /** {@code args}: the words after {@code tutorial}. */
  int run(List<String> args, String preset, Long seed) {
    if (args.isEmpty() || !List.of("check", "run").contains(args.get(0))) {
      err.println(
          args.isEmpty()
              ? "error: tutorial needs a verb: check or run"
              : "error: unknown command \"" + args.get(0) + "\" for \"dsctl tutorial\"");
      err.println("Usage: dsctl tutorial check FILE.md [--preset P] [--seed N]");
      err.println("       dsctl tutorial run FILE.md [--write OUT.md] [--preset P] [--seed N]");
      return UNUSABLE;
    }
    boolean check = args.get(0).equals("check");
    String file = null;
    String write = null;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (!check && (a.equals("--write") || a.startsWith("--write="))) {
        if (a.contains("=")) {
          write = a.substring("--write=".length());
        } else if (i + 1 < args.size()) {
          write = args.get(++i);
        } else {
          err.println("error: flag needs an argument: --write");
          return UNUSABLE;
        }
      } else if (a.startsWith("-")) {
        err.println("error: unknown flag: " + a.split("=", 2)[0]);
        return UNUSABLE;
      } else if (file == null) {
        file = a;
      } else {
        err.println("error: one tutorial at a time (got \"" + file + "\" and \"" + a + "\")");
        return UNUSABLE;
      }
    }
    if (file == null) {
      err.println("error: which tutorial? dsctl tutorial " + args.get(0) + " FILE.md");
      return UNUSABLE;
    }
    Path path = workingDirectory.resolve(file);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("error: tutorial \"" + file + "\" does not exist");
      return UNUSABLE;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("error: tutorial \"" + file + "\" cannot be read: " + e.getMessage());
      return UNUSABLE;
    }
    Path sidecarPath = sidecarOf(path);
    TutorialDocument document;
    try {
      document =
          TutorialParser.parse(
              text,
              Files.isRegularFile(sidecarPath)
                  ? Files.readString(sidecarPath, StandardCharsets.UTF_8)
                  : "");
    } catch (IllegalArgumentException | IOException e) {
      err.println("error: " + sidecarPath.getFileName() + ": " + e.getMessage());
      return UNUSABLE;
    }
    String usedPreset = first(preset, document.preset());
    long usedSeed = first(seed, document.seed(), Dsctl.DEFAULT_SEED);
    Path outPath = write == null ? null : workingDirectory.resolve(write);
    Path figures = (outPath != null ? outPath : path).toAbsolutePath().getParent();
    Report report;
    try {
      report = execute(document, usedPreset, usedSeed, path.toAbsolutePath().getParent(), figures);
    } catch (CommandException e) {
      err.println(e.getMessage());
      return UNUSABLE;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return UNUSABLE;
    }
    String name = Path.of(file).getFileName().toString();
    out.print(format(name, usedPreset, usedSeed, document, report));
    if (outPath != null) {
      Map<Integer, String> outputs = new LinkedHashMap<>();
      report.outcomes().forEach(o -> outputs.put(o.command().line(), o.output()));
      try {
        AtomicFiles.replace(outPath, TutorialRewriter.rewrite(document, outputs));
      } catch (IOException e) {
        err.println("error: cannot write \"" + write + "\": " + e.getMessage());
        return UNUSABLE;
      }
      out.println("wrote " + write);
    }
    boolean failed = report.count(Status.FAILED) > 0 || !document.problems().isEmpty();
    return failed || check && report.count(Status.DIFFERS) > 0 ? DIFFERENT : 0;
  }

  /**
   * {@code FILE.dslab} beside {@code FILE.md}: the setup of a tutorial that is not to be edited
   * (the seeds, shipped as they are), {@code preset=NAME seed=N} as its marker would say.
   */
  static Path sidecarOf(Path tutorial) {
    String name = tutorial.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return tutorial.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".dslab");
  }

  /**
   * The command line's value, else the tutorial's marker's, else the sidecar's, else the default.
   */
  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Runs the steps in order on one cluster, in a scratch folder holding the tutorial's files. */
  Report execute(
      TutorialDocument document, String preset, long seed, Path tutorialFolder, Path figures)
      throws CommandException, IOException {
    Cluster cluster =
        preset == null
            ? new Cluster(seed)
            : ClusterPresets.create(preset, seed, Cluster.DEFAULT_START)
                .orElseThrow(
                    () ->
                        new CommandException(
                            "error: unknown preset \""
                                + preset
                                + "\" (known: "
                                + String.join(", ", ClusterPresets.NAMES)
                                + ")"));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Path scratch = Files.createTempDirectory("dsctl-tutorial");
    try {
      Session session =
          new Session(
              cluster,
              seed,
              new PrintStream(stdout, true, StandardCharsets.UTF_8),
              new PrintStream(stderr, true, StandardCharsets.UTF_8),
              scratch,
              InputStream.nullInputStream());
      Shell shell = new Shell(session);
      TutorialFiles files = new TutorialFiles(scratch, tutorialFolder);
      List<Outcome> outcomes = new ArrayList<>();
      List<Note> notes = new ArrayList<>();
      for (Step step : document.steps()) {
        if (step instanceof Step.WriteFile w) {
          files.write(w.name(), w.content());
        } else if (step instanceof Step.Advance a) {
          session.cluster().advance(a.duration());
        } else if (step instanceof Step.Figure f) {
          notes.add(new Note(f.line(), renderer.figure(session.cluster(), f, figures).message()));
        } else if (step instanceof Step.Animation a) {
          notes.add(new Note(a.line(), animate(session, a, figures)));
        } else if (step instanceof Step.Command c) {
          files.provide(c).forEach(n -> notes.add(new Note(c.line(), n)));
          stdout.reset();
          stderr.reset();
          int code = shell.execute(c.words());
          session.out().flush();
          Outcome outcome =
              outcome(
                  c,
                  code,
                  stdout.toString(StandardCharsets.UTF_8),
                  stderr.toString(StandardCharsets.UTF_8));
          outcomes.add(outcome);
          if (outcome.status() == Status.DIFFERS || outcome.status() == Status.FAILED) {
            unappliedObjects(c, files).forEach(n -> notes.add(new Note(c.line(), n)));
          }
          session.cluster().settle(READER_PAUSE);
        }
      }
      return new Report(outcomes, notes);
    } finally {
      TutorialFiles.delete(scratch);
    }
  }

  /**
   * Why an output may differ that is the tutorial's doing: it names an object that only a YAML
   * block above defines, and no command read that block (a tutorial that shows a manifest and
   * leaves its {@code kubectl apply} out).
   */
  static List<String> unappliedObjects(Step.Command c, TutorialFiles files) {
    if (c.printed() == null) {
      return List.of();
    }
    String printed = String.join("\n", c.printed().lines());
    List<String> notes = new ArrayList<>();
    for (Step.YamlBlock block : c.yamlAbove()) {
      java.util.regex.Matcher name = OBJECT_NAME.matcher(block.content());
      if (!files.read(block) && name.find() && printed.contains(name.group(1))) {
        notes.add(
            "the output names \""
                + name.group(1)
                + "\", which the YAML block at line "
                + block.line()
                + " defines, and no command applied that block (the tutorial leaves it out)");
      }
    }
    return notes;
  }

  /** The first {@code metadata.name} of a manifest block. */
  private static final java.util.regex.Pattern OBJECT_NAME =
      java.util.regex.Pattern.compile(
          "(?m)^metadata:\\s*\\n(?:[ \\t]+.*\\n)*?[ \\t]+name:[ \\t]*[\"']?([a-z0-9.-]+)");

  /** The animation's frames, every step through its span; the clock ends at its end. */
  private String animate(Session session, Step.Animation a, Path figures) {
    FigureRenderer.AnimationRecorder recorder = renderer.animation(a, figures);
    recorder.frame(session.cluster());
    for (Duration t = Duration.ZERO; t.compareTo(a.span()) < 0; t = t.plus(a.every())) {
      Duration step = a.every().compareTo(a.span().minus(t)) > 0 ? a.span().minus(t) : a.every();
      session.cluster().advance(step);
      recorder.frame(session.cluster());
    }
    return recorder.finish().message();
  }

  /**
   * What a command printed, piped through its filters (standard output only, as a shell pipes it),
   * then its errors; compared with the printed output when the tutorial has one.
   */
  private static Outcome outcome(Step.Command c, int code, String stdout, String stderr) {
    String output;
    String error = code == 0 ? null : stderr.strip();
    try {
      output = ShellFilters.apply(c.filters(), stdout) + stderr;
    } catch (ShellFilters.FilterException e) {
      output = e.getMessage() + "\n";
      error = e.getMessage();
    }
    if (c.printed() == null) {
      return new Outcome(c, error == null ? Status.RAN : Status.FAILED, output, List.of(), error);
    }
    List<OutputComparison.Difference> differences =
        OutputComparison.compare(c.printed().lines(), c.printed().firstLine(), output);
    Status status =
        differences.isEmpty() ? Status.MATCHED : error == null ? Status.DIFFERS : Status.FAILED;
    return new Outcome(c, status, output, differences, error);
  }

  /** The report: one line per command (and note, problem) in document order, then the counts. */
  static String format(
      String name, String preset, long seed, TutorialDocument document, Report report) {
    Map<Integer, List<String>> byLine = new java.util.TreeMap<>();
    for (TutorialDocument.Problem p : document.problems()) {
      byLine
          .computeIfAbsent(p.line(), k -> new ArrayList<>())
          .add(name + ":" + p.line() + ": problem: " + p.message());
    }
    for (Note n : report.notes()) {
      byLine
          .computeIfAbsent(n.line(), k -> new ArrayList<>())
          .add(name + ":" + n.line() + ": note: " + n.text());
    }
    for (Outcome o : report.outcomes()) {
      List<String> lines = byLine.computeIfAbsent(o.command().line(), k -> new ArrayList<>());
      lines.add(
          name + ":" + o.command().line() + ": " + o.status().word + ": " + o.command().text());
      if (o.error() != null) {
        o.error().lines().forEach(l -> lines.add("    " + l));
      }
      for (OutputComparison.Difference d : o.differences()) {
        lines.add("    " + difference(d));
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(name)
        .append(": preset ")
        .append(preset == null ? "(none: an empty cluster)" : preset)
        .append(", seed ")
        .append(seed)
        .append('\n');
    byLine.values().forEach(l -> l.forEach(x -> s.append(x).append('\n')));
    s.append(report.outcomes().size())
        .append(" commands: ")
        .append(report.count(Status.MATCHED))
        .append(" matched, ")
        .append(report.count(Status.DIFFERS))
        .append(" differ, ")
        .append(report.count(Status.FAILED))
        .append(" failed, ")
        .append(report.count(Status.RAN))
        .append(" ran with no printed output to compare");
    if (!document.problems().isEmpty()) {
      s.append("; ").append(document.problems().size()).append(" problem(s) in the tutorial");
    }
    return s.append('\n').toString();
  }

  private static String difference(OutputComparison.Difference d) {
    if (d.expected().isEmpty()) {
      return "line " + d.line() + ": the simulation printed an extra line: " + d.actual();
    }
    if (d.actual().isEmpty()) {
      return "line " + d.line() + ": the simulation did not print: " + d.expected();
    }
    return "line " + d.line() + ": expected \"" + d.expected() + "\", got \"" + d.actual() + "\"";
  }
}
