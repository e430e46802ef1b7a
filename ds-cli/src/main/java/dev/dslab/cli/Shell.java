package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.SavedState;
import dev.dslab.session.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code dsctl shell}: one command per line. Blank lines and {@code #} comments are skipped, a
 * leading {@code kubectl } or {@code dsctl } is ignored so tutorial lines paste as they are. Errors
 * go to standard error and the next line goes on; the exit status says whether any command failed.
 */
final class Shell {
  private final Session session;

  /**
   * How a line's command (its words, and running it) is run: at once, or (while serving) on the
   * engine's thread.
   */
  private final java.util.function.BiFunction<List<String>, java.util.function.IntSupplier, Integer>
      runner;

  Shell(Session session) {
    this(session, (words, command) -> command.getAsInt());
  }

  Shell(
      Session session,
      java.util.function.BiFunction<List<String>, java.util.function.IntSupplier, Integer> runner) {
    this.session = session;
    this.runner = runner;
  }

  /**
   * On a terminal: a prompt with history (kept in ~/.dsctl_history) and tab completion of commands,
   * types, object names and flags, through JLine. Ctrl+D ends the session.
   */
  int runInteractive() throws IOException {
    boolean anyFailed = false;
    try (org.jline.terminal.Terminal terminal =
        org.jline.terminal.TerminalBuilder.builder().system(true).build()) {
      CommandLine completionModel = commandLine();
      org.jline.reader.LineReader reader =
          org.jline.reader.LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("dsctl")
              .variable(
                  org.jline.reader.LineReader.HISTORY_FILE,
                  java.nio.file.Path.of(System.getProperty("user.home"), ".dsctl_history"))
              .completer(
                  (r, line, candidates) ->
                      Completions.candidates(
                              completionModel,
                              session.cluster(),
                              line.words().subList(0, line.wordIndex()),
                              line.word().substring(0, line.wordCursor()))
                          .forEach(c -> candidates.add(new org.jline.reader.Candidate(c))))
              .build();
      while (true) {
        String line;
        try {
          line = reader.readLine("dsctl> ");
        } catch (org.jline.reader.UserInterruptException e) {
          continue;
        } catch (org.jline.reader.EndOfFileException e) {
          break;
        }
        anyFailed |= runLine(line);
      }
    }
    return anyFailed ? 1 : 0;
  }

  int run(BufferedReader input) throws IOException {
    boolean anyFailed = false;
    String line;
    while ((line = input.readLine()) != null) {
      anyFailed |= runLine(line);
    }
    return anyFailed ? 1 : 0;
  }

  /** One input line: skipped when blank or a comment, else run; true when it failed. */
  private boolean runLine(String line) {
    List<String> words;
    try {
      words = Words.split(line);
    } catch (CommandException e) {
      session.err().println(e.getMessage());
      return true;
    }
    if (words.isEmpty() || words.get(0).startsWith("#")) {
      return false;
    }
    if (words.get(0).equals("kubectl") || words.get(0).equals("dsctl")) {
      words = words.subList(1, words.size());
      if (words.isEmpty()) {
        return false;
      }
    }
    List<String> command = words;
    boolean failed = runner.apply(command, () -> execute(command)) != 0;
    session.out().flush();
    return failed;
  }

  /** Runs one command line; returns its exit status. */
  int execute(List<String> words) {
    return execute(words, null);
  }

  /** Runs one command line, reading manifests as recorded in {@code replay} when it is not null. */
  int execute(List<String> words, java.util.Map<String, List<SavedState.Manifest>> replay) {
    session.beginCommand(replay);
    CommandLine cli = commands();
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CommandException c) {
            if (!c.getMessage().isEmpty()) {
              session.err().println(c.getMessage());
            }
            return 1;
          }
          throw ex;
        });
    cli.setParameterExceptionHandler(this::parameterError);
    return cli.execute(words.toArray(String[]::new));
  }

  private int parameterError(ParameterException ex, String[] args) {
    String path = qualifiedName(ex.getCommandLine());
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (arg.startsWith("--")) {
        session.err().println("error: unknown flag: " + arg.split("=", 2)[0]);
      } else if (arg.startsWith("-") && arg.length() > 1) {
        session.err().println("error: unknown shorthand flag: '" + arg.charAt(1) + "' in " + arg);
      } else if (ex.getCommandLine().getParent() == null
          || !ex.getCommandLine().getSubcommands().isEmpty()) {
        session.err().println("error: unknown command \"" + arg + "\" for \"" + path + "\"");
        return 1;
      } else {
        session.err().println("error: unexpected argument \"" + arg + "\" for \"" + path + "\"");
      }
    } else {
      session.err().println("error: " + ex.getMessage());
    }
    session.err().println("See '" + path + " --help' for usage.");
    return 1;
  }

  /** {@code --help} and {@code -h} on every command, as kubectl has. */
  private static void withHelp(CommandLine c) {
    if (!c.getCommandSpec().optionsMap().containsKey("--help")) {
      c.getCommandSpec()
          .addOption(
              CommandLine.Model.OptionSpec.builder("-h", "--help")
                  .usageHelp(true)
                  .description("help for " + c.getCommandName())
                  .build());
    }
    c.getSubcommands().values().forEach(Shell::withHelp);
  }

  private static String qualifiedName(CommandLine c) {
    List<String> names = new ArrayList<>();
    for (CommandLine x = c; x != null; x = x.getParent()) {
      names.add(0, x.getCommandName());
    }
    return String.join(" ", names);
  }

  @Command(name = "set", description = "Set specific features on objects.")
  static final class SetGroup {
    private SetGroup() {}
  }

  @Command(name = "dsctl", mixinStandardHelpOptions = false)
  static final class Root implements Runnable {
    private final Session session;

    Root(Session session) {
      this.session = session;
    }

    @Override
    public void run() {
      session.out().print(Dsctl.usage());
    }
  }

  /** The command tree, built once: picocli resets every option to its default before each parse. */
  private CommandLine commands;

  private CommandLine commands() {
    if (commands == null) {
      commands = commandLine();
    }
    return commands;
  }

  CommandLine commandLine() {
    CommandLine root = new CommandLine(new Root(session));
    root.addSubcommand("apply", new CommandLine(new ApplyCommand(session, false)));
    root.addSubcommand("create", new CommandLine(new ApplyCommand(session, true)));
    root.addSubcommand("get", new CommandLine(new GetCommand(session)));
    root.addSubcommand("delete", new CommandLine(new DeleteCommand(session)));
    root.addSubcommand("label", new CommandLine(new LabelCommand(session, false)));
    root.addSubcommand("annotate", new CommandLine(new LabelCommand(session, true)));
    root.addSubcommand("taint", new CommandLine(new TaintCommand(session)));
    root.addSubcommand("cordon", new CommandLine(new NodeCommands.Cordon(session, true)));
    root.addSubcommand("uncordon", new CommandLine(new NodeCommands.Cordon(session, false)));
    root.addSubcommand("why", new CommandLine(new WhyCommand(session)));
    root.addSubcommand("describe", new CommandLine(new DescribeCommand(session)));
    root.addSubcommand("logs", new CommandLine(new LogsCommand(session)));
    root.addSubcommand("drain", new CommandLine(new DrainCommand(session)));
    root.addSubcommand("scale", new CommandLine(new ScaleCommand(session)));
    root.addSubcommand(
        "rollout",
        new CommandLine(RolloutCommands.Group.class)
            .addSubcommand("status", new CommandLine(new RolloutCommands.Status(session)))
            .addSubcommand("history", new CommandLine(new RolloutCommands.History(session)))
            .addSubcommand("undo", new CommandLine(new RolloutCommands.Undo(session)))
            .addSubcommand("restart", new CommandLine(new RolloutCommands.Restart(session))));
    root.addSubcommand(
        "set",
        new CommandLine(SetGroup.class)
            .addSubcommand("image", new CommandLine(new RolloutCommands.SetImage(session))));
    CommandLine nodes =
        new CommandLine(SimCommand.Nodes.class)
            .addSubcommand("add", new CommandLine(new SimCommand.NodesAdd(session)))
            .addSubcommand("generate", new CommandLine(new SimCommand.NodesGenerate(session)));
    CommandLine sim =
        new CommandLine(SimCommand.class)
            .addSubcommand(
                "advance",
                new CommandLine(new SimCommand.Advance(session))
                    .setUnmatchedOptionsArePositionalParams(true))
            .addSubcommand("settle", new CommandLine(new SimCommand.Settle(session)))
            .addSubcommand("now", new CommandLine(new SimCommand.Now(session)))
            .addSubcommand("log", new CommandLine(new SimCommand.Log(session)))
            .addSubcommand("preset", new CommandLine(new SimCommand.Preset(session)))
            .addSubcommand("image", new CommandLine(new SimCommand.Image(session)))
            .addSubcommand("nodes", nodes)
            .addSubcommand(
                "node",
                new CommandLine(NodeCommands.Group.class)
                    .addSubcommand(
                        "down", new CommandLine(new NodeCommands.Kubelet(session, false)))
                    .addSubcommand("up", new CommandLine(new NodeCommands.Kubelet(session, true))));
    root.addSubcommand("sim", sim);
    root.setCaseInsensitiveEnumValuesAllowed(true);
    withHelp(root);
    root.setOut(new java.io.PrintWriter(session.out(), true));
    root.setErr(new java.io.PrintWriter(session.err(), true));
    return root;
  }
}
