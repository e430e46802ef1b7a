package dev.dslab.session;

import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import dev.dslab.yaml.ManifestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code -f} arguments of apply, create and delete: files, directories (their .yaml, .yml and
 * .json files in name order) and {@code -} for standard input, read into objects and problems.
 */
public final class Manifests {
  /** Larger files are refused before they are read, as the reader refuses them. */
  static final long MAX_BYTES = ManifestReader.MAX_FILE_BYTES;

  private Manifests() {}

  /**
   * Everything the arguments hold; a path that does not exist stops the command before anything
   * applies.
   */
  public static LoadResult load(Session session, List<String> arguments) throws CommandException {
    List<LoadedObject> objects = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    List<LoadedObject> all = new ArrayList<>();
    for (String argument : arguments) {
      List<SavedState.Manifest> inputs = session.replayed(argument);
      if (inputs == null) {
        inputs = readLive(session, argument);
        session.recordRead(argument, inputs);
      }
      for (SavedState.Manifest input : inputs) {
        LoadResult r = ManifestReader.read(input.name(), input.text());
        objects.addAll(r.objects());
        problems.addAll(r.problems());
        all.addAll(r.all());
      }
    }
    return new LoadResult(objects, problems, all);
  }

  /** The text of every file an argument names, as read now. */
  private static List<SavedState.Manifest> readLive(Session session, String argument)
      throws CommandException {
    List<SavedState.Manifest> inputs = new ArrayList<>();
    for (Source source : files(session, argument)) {
      try {
        byte[] bytes;
        if (source.file() == null) {
          // standard input has no size to look at first: read one byte past the limit and stop
          // there
          bytes = session.stdin().readNBytes((int) MAX_BYTES + 1);
          if (bytes.length > MAX_BYTES) {
            throw new CommandException(
                "error: "
                    + source.name()
                    + " is larger than "
                    + MAX_BYTES / (1024 * 1024)
                    + " MiB: refusing to read it");
          }
        } else if (Files.size(source.file()) > MAX_BYTES) {
          throw new CommandException(
              "error: "
                  + source.name()
                  + " is larger than "
                  + MAX_BYTES / (1024 * 1024)
                  + " MiB: refusing to read it");
        } else {
          bytes = Files.readAllBytes(source.file());
        }
        inputs.add(
            new SavedState.Manifest(source.name(), new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new CommandException("error: reading " + source.name() + ": " + e.getMessage());
      }
    }
    return inputs;
  }

  /**
   * A file to read and the name kubectl gives it: the path as typed (a directory's entries under
   * it).
   */
  private record Source(Path file, String name) {}

  /** The files of one argument; a null file stands for standard input. */
  private static List<Source> files(Session session, String argument) throws CommandException {
    if (argument.equals("-")) {
      return List.of(new Source(null, "STDIN"));
    }
    Path path = session.resolve(argument);
    if (!Files.exists(path)) {
      throw new CommandException("error: the path \"" + argument + "\" does not exist");
    }
    if (!Files.isDirectory(path)) {
      return List.of(new Source(path, argument));
    }
    String prefix = argument.endsWith("/") ? argument : argument + "/";
    try (Stream<Path> entries = Files.list(path)) {
      return entries
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p)
                    && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
              })
          .sorted()
          .map(p -> new Source(p, prefix + p.getFileName()))
          .toList();
    } catch (IOException e) {
      throw new CommandException(
          "error: reading directory \"" + argument + "\": " + e.getMessage());
    }
  }
}
