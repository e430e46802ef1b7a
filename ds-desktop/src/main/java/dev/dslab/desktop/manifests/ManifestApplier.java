package dev.dslab.desktop.manifests;

import dev.dslab.engine.Applier;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import dev.dslab.yaml.ManifestReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl apply -f} for the desktop, as dsctl does it: each good document is created, or
 * replaced when it exists; a bare Node manifest is completed as a kubelet registration would; a bad
 * document or a refused object is reported and the others go on. Controllers run after each object.
 */
public final class ManifestApplier {
  static final String DEFAULT_NAMESPACE = "default";
  private final Cluster cluster;

  public ManifestApplier(Cluster cluster) {
    this.cluster = cluster;
  }

  public ApplyReport apply(Path file) {
    return apply(ManifestReader.read(file));
  }

  public ApplyReport apply(LoadResult loaded) {
    List<String> applied = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ManifestProblem p : loaded.problems()) {
      problems.add("error: " + p.render());
    }
    for (LoadedObject lo : loaded.objects()) {
      KubeObject object = lo.object();
      try {
        Applier.Outcome outcome = Applier.apply(cluster, object, DEFAULT_NAMESPACE, false);
        applied.add(Kind.of(object).qualifiedName(object.metadata().name()) + " " + outcome);
      } catch (ApiException e) {
        problems.add(e.kubectlMessage("applying", lo.source()));
      }
    }
    return new ApplyReport(applied, problems);
  }
}
