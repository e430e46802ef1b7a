package dev.dslab.yaml;

import dev.dslab.model.meta.KubeObject;
import java.util.List;

/**
 * What a manifest yielded: the objects that loaded, in file order, and the problems with the rest.
 * Both can be non-empty: one bad document does not keep the others from loading.
 */
public record LoadResult(List<LoadedObject> objects, List<ManifestProblem> problems) {
  public LoadResult {
    objects = List.copyOf(objects);
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Just the records, in file order. */
  public List<KubeObject> kubeObjects() {
    return objects.stream().map(LoadedObject::object).toList();
  }
}
