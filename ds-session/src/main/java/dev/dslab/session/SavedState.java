package dev.dslab.session;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.ManifestWriter;
import dev.dslab.yaml.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state file of one-shot commands. The simulation is deterministic, so the state is its
 * history: the seed, the preset, the node files it started from and every command that changed
 * something, each with the manifest text it read. Loading replays them, which restores everything —
 * objects, the virtual clock, work still scheduled on it, generated names — exactly. The file also
 * holds a readable snapshot of the objects and the time; that part is for people and is not read.
 *
 * <p>{@code start} is the instant the session began (the preset's history lies before it); null for
 * a session that was never anchored to the wall clock, which starts at {@link
 * Cluster#DEFAULT_START} as every state file written before the field existed does.
 */
public record SavedState(
    long seed, String preset, List<Manifest> cluster, List<Line> history, Instant start) {
  /** A manifest as a command read it: the name the user gave it and its text. */
  public record Manifest(String name, String text) {}

  /**
   * One dsctl command line that changed the cluster, and the manifests each of its {@code -f}
   * arguments read (replayed instead of the files, which may have changed or gone since).
   */
  public record Line(List<String> words, Map<String, List<Manifest>> inputs) {
    public Line {
      words = List.copyOf(words);
      // in the order the arguments came: Map.copyOf's order changes from one JVM to the next
      Map<String, List<Manifest>> copy = new LinkedHashMap<>();
      inputs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      inputs = java.util.Collections.unmodifiableMap(copy);
    }

    public static Line of(String... words) {
      return new Line(List.of(words), Map.of());
    }

    public static Line of(List<String> words) {
      return new Line(words, Map.of());
    }

    /**
     * {@code sim advance 1500000000ns} for the virtual time between two instants, in nanoseconds so
     * that a replay reaches exactly the same instant; empty when no time passed.
     */
    public static java.util.Optional<Line> advance(java.time.Instant from, java.time.Instant to) {
      java.time.Duration d = java.time.Duration.between(from, to);
      return d.isZero() || d.isNegative()
          ? java.util.Optional.empty()
          : java.util.Optional.of(of("sim", "advance", d.toNanos() + "ns"));
    }

    @Override
    public String toString() {
      return String.join(" ", words);
    }
  }

  /**
   * A session that starts from a preset (or an empty cluster when null) and a seed, with nothing
   * done yet.
   */
  /** The seed of a session that names none. */
  public static final long DEFAULT_SEED = 1;

  public static SavedState start(long seed, String preset) {
    return new SavedState(seed, preset, List.of(), List.of());
  }

  public SavedState {
    cluster = List.copyOf(cluster);
    history = List.copyOf(history);
  }

  /** A session that starts at {@link Cluster#DEFAULT_START}. */
  public SavedState(long seed, String preset, List<Manifest> cluster, List<Line> history) {
    this(seed, preset, cluster, history, null);
  }

  /** When the session began: its start, or {@link Cluster#DEFAULT_START} when it has none. */
  public Instant startOrDefault() {
    return start != null ? start : Cluster.DEFAULT_START;
  }

  /**
   * The same history begun at {@code newStart}: every command is relative to the clock (time passes
   * as {@code sim advance DURATION}), so the replay is the same cluster with every time shifted.
   */
  public SavedState startingAt(Instant newStart) {
    return new SavedState(seed, preset, cluster, history, newStart);
  }

  public SavedState with(Line line) {
    return with(List.of(line));
  }

  public SavedState with(List<Line> lines) {
    List<Line> more = new ArrayList<>(history);
    more.addAll(lines);
    return new SavedState(seed, preset, cluster, more, start);
  }

  /** Commands that only read: they are not kept in the history. */
  public static boolean readsOnly(List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String verb = words.get(0);
    if (List.of("get", "describe", "logs", "why", "help").contains(verb)
        || words.contains("--help")
        || words.contains("-h")) {
      return true;
    }
    if (verb.equals("rollout") && words.size() > 1 && words.get(1).equals("history")) {
      return true;
    }
    return verb.equals("sim")
        && words.size() > 1
        && (words.get(1).equals("now") || words.get(1).equals("log"));
  }

  // ------------------------------------------------------------------ file

  /**
   * Reads a state file.
   *
   * @throws CommandException when it cannot be read or is not a state file; the file is left as it
   *     is
   */
  @SuppressWarnings("unchecked")
  public static SavedState load(Path file) throws CommandException {
    try {
      Map<String, Object> tree =
          Trees.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      Object version = tree.get("dsctlState");
      if (!"v1".equals(version)) {
        throw new CommandException(
            "error: "
                + file
                + " is not a dsctl state file (no \"dsctlState: v1\"); it was left as"
                + " it is");
      }
      long seed = ((Number) tree.getOrDefault("seed", DEFAULT_SEED)).longValue();
      String preset = (String) tree.get("preset");
      List<Manifest> cluster = inputs((List<Object>) tree.getOrDefault("cluster", List.of()));
      List<Line> history = new ArrayList<>();
      for (Object o : (List<Object>) tree.getOrDefault("history", List.of())) {
        Map<String, Object> c = (Map<String, Object>) o;
        Map<String, List<Manifest>> in = new LinkedHashMap<>();
        ((Map<String, Object>) c.getOrDefault("inputs", Map.of()))
            .forEach((k, v) -> in.put(k, inputs((List<Object>) v)));
        history.add(
            new Line(((List<Object>) c.get("command")).stream().map(String::valueOf).toList(), in));
      }
      Object startText = tree.get("start");
      Instant start = startText == null ? null : Instant.parse(String.valueOf(startText));
      return new SavedState(seed, preset, cluster, history, start);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandException(
          "error: the state file "
              + file
              + " cannot be read (start: \""
              + e.getParsedString()
              + "\" is not an RFC 3339 time); it was left as it is");
    } catch (IOException e) {
      throw new CommandException(
          "error: cannot read the state file " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      throw new CommandException(
          "error: the state file "
              + file
              + " cannot be read ("
              + e.getMessage()
              + "); it was left as it is");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Manifest> inputs(List<Object> list) {
    return list.stream()
        .map(o -> (Map<String, Object>) o)
        .map(m -> new Manifest((String) m.get("name"), (String) m.get("text")))
        .toList();
  }

  /**
   * Writes the state atomically: a temporary file in the same directory, flushed to disk, then
   * moved over the old one, so a crash leaves either the old or the new state.
   */
  public void save(Path file, Cluster cluster) throws CommandException {
    // cluster null: the history only, without the readable snapshot (the desktop's autosave, which
    // runs after every change and must stay cheap at 5,000 nodes)
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("dsctlState", "v1");
    tree.put("seed", seed);
    if (preset != null) {
      tree.put("preset", preset);
    }
    if (start != null) {
      tree.put("start", java.time.format.DateTimeFormatter.ISO_INSTANT.format(start));
    }
    tree.put("cluster", cluster().stream().map(SavedState::tree).toList());
    List<Object> commands = new ArrayList<>();
    for (Line c : history) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("command", c.words());
      Map<String, Object> in = new LinkedHashMap<>();
      c.inputs().forEach((k, v) -> in.put(k, v.stream().map(SavedState::tree).toList()));
      if (!in.isEmpty()) {
        m.put("inputs", in);
      }
      commands.add(m);
    }
    tree.put("history", commands);
    if (cluster != null) {
      tree.put("snapshot", snapshot(cluster));
    }
    String text =
        "# dsctl state: the history below is replayed on every command; the snapshot is for reading.\n"
            + Trees.yaml(tree);
    try {
      AtomicFiles.replace(file, text);
    } catch (IOException e) {
      throw new CommandException(
          "error: cannot write the state file "
              + file
              + ": "
              + e.getMessage()
              + " (the previous state is unchanged)");
    }
  }

  private static Map<String, Object> tree(Manifest input) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", input.name());
    m.put("text", input.text());
    return m;
  }

  private static Map<String, Object> snapshot(Cluster cluster) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("now", java.time.format.DateTimeFormatter.ISO_INSTANT.format(cluster.now()));
    List<KubeObject> objects = new ArrayList<>();
    for (Kind kind : List.of(Kind.NODE, Kind.DAEMON_SET, Kind.POD, Kind.SERVICE)) {
      objects.addAll(cluster.<KubeObject>list(kind, null));
    }
    m.put("objects", ManifestWriter.toTree(objects).get("items"));
    return m;
  }
}
