package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import java.util.List;

/**
 * What a manifest yielded: the objects of built-in kinds that loaded, in file order, the problems
 * with the rest, and {@code all}: every object read, in file order, those of kinds only a CRD can
 * define too ({@link LoadedObject#unmapped}; their "no matches" error is among the problems). Both
 * can be non-empty: one bad document does not keep the others from loading.
 */
public record LoadResult(
    List<LoadedObject> objects, List<ManifestProblem> problems, List<LoadedObject> all) {
  public LoadResult {
    objects = List.copyOf(objects);
    problems = List.copyOf(problems);
    all = List.copyOf(all);
  }

  /** Objects of built-in kinds only. */
  public LoadResult(List<LoadedObject> objects, List<ManifestProblem> problems) {
    this(objects, problems, objects);
  }

  /**
   * The problems but the "no matches for kind" ones of {@link LoadedObject#unmapped} objects: a
   * reader that maps those against a cluster reports them itself.
   */
  public List<ManifestProblem> problemsButUnmapped() {
    List<ManifestProblem> unmapped =
        all.stream().filter(LoadedObject::unmapped).map(LoadedObject::noMatch).toList();
    return problems.stream().filter(p -> !unmapped.contains(p)).toList();
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Just the records, in file order. */
  public List<KubeObject> kubeObjects() {
    return objects.stream().map(LoadedObject::object).toList();
  }
}
