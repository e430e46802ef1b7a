package dev.dslab.session.tutorial;

import java.util.List;

/**
 * A tutorial read into steps: the preset and seed its setup marker names (null when it names none),
 * its steps in document order, the problems found reading it (each naming its line), and its lines
 * as written (with their line ends), so that a rewrite keeps everything else byte for byte.
 */
public record TutorialDocument(
    String preset, Long seed, List<Step> steps, List<Problem> problems, List<String> rawLines) {
  public TutorialDocument {
    steps = List.copyOf(steps);
    problems = List.copyOf(problems);
    rawLines = List.copyOf(rawLines);
  }

  /** Something wrong in the tutorial at a line; the rest of it is still read and run. */
  public record Problem(int line, String message) {}

  public List<Step.Command> commands() {
    return steps.stream()
        .filter(Step.Command.class::isInstance)
        .map(Step.Command.class::cast)
        .toList();
  }
}
