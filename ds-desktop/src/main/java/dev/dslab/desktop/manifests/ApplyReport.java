package dev.dslab.desktop.manifests;

import java.util.List;

/**
 * What applying manifests did: kubectl's lines for what was applied, and every problem, one line
 * each.
 */
public record ApplyReport(List<String> applied, List<String> problems) {
  public ApplyReport {
    applied = List.copyOf(applied);
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
