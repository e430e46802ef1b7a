package dev.dslab.cli;

import dev.dslab.session.tutorial.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a tutorial's commands read, in a scratch folder: nothing beside the tutorial is ever
 * written. A {@code yaml file=NAME} block writes NAME; a {@code -f NAME} no block wrote takes the
 * YAML block the command names or the closest one above it, else a file beside the tutorial.
 */
final class TutorialFiles {
  private final Path scratch;
  private final Path tutorialFolder;
  private final Set<String> written = new HashSet<>();
  private final Set<String> named = new HashSet<>();
  private final Set<Integer> standingIn = new HashSet<>();

  TutorialFiles(Path scratch, Path tutorialFolder) {
    this.scratch = scratch;
    this.tutorialFolder = tutorialFolder;
  }

  void write(String name, String content) throws IOException {
    Path p = scratch.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    written.add(name);
  }

  /** Makes the command's {@code -f} files exist; returns what the report should say about them. */
  List<String> provide(Step.Command c) throws IOException {
    List<String> notes = new ArrayList<>();
    for (String name : fileArguments(c.words())) {
      named.add(name);
      if (written.contains(name)
          || name.equals("-")
          || name.contains("..")
          || Path.of(name).isAbsolute()
          || name.contains("://")) {
        continue;
      }
      Step.YamlBlock block = c.implicitFile(name);
      Path target = scratch.resolve(name);
      Files.createDirectories(target.getParent());
      if (block != null) {
        standingIn.add(block.line());
        Files.writeString(target, block.content());
        notes.add(
            name
                + ": no block wrote it; the "
                + (name.equals(block.commentName())
                    ? "YAML block naming it"
                    : "closest YAML block above")
                + " (line "
                + block.line()
                + ") stands for it");
      } else if (Files.isRegularFile(tutorialFolder.resolve(name))) {
        Files.copy(
            tutorialFolder.resolve(name),
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        notes.add(name + ": read from beside the tutorial");
      } else {
        Files.deleteIfExists(target);
        notes.add(name + ": no block wrote it and no YAML block stands above the command");
      }
    }
    return notes;
  }

  /**
   * Whether a command read the block so far: it stood in for a {@code -f} file, or it wrote a file
   * ({@code yaml file=NAME}) that a command named.
   */
  boolean read(Step.YamlBlock block) {
    return standingIn.contains(block.line())
        || block.commentName() != null
            && written.contains(block.commentName())
            && named.contains(block.commentName());
  }

  /** The values of {@code -f}, {@code --filename} and their {@code =} forms. */
  static List<String> fileArguments(List<String> words) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if ((w.equals("-f") || w.equals("--filename")) && i + 1 < words.size()) {
        names.add(words.get(++i));
      } else if (w.startsWith("--filename=")) {
        names.add(w.substring("--filename=".length()));
      } else if (w.startsWith("-f") && w.length() > 2 && !w.startsWith("-f=")) {
        names.add(w.substring(2));
      } else if (w.startsWith("-f=")) {
        names.add(w.substring(3));
      }
    }
    return names;
  }

  static void delete(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
