package dev.dslab.desktop.manifests;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.model.core.Node;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import dev.dslab.yaml.ManifestReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
      KubeObject object = inNamespace(lo.object());
      try {
        String verb = applyOne(object);
        Kind kind = Kind.of(object);
        String type = kind.group().isEmpty() ? kind.kindName().toLowerCase(Locale.ROOT)
            : kind.kindName().toLowerCase(Locale.ROOT) + "." + kind.group();
        applied.add(type + "/" + object.metadata().name() + " " + verb);
      } catch (ApiException e) {
        problems.add(e.kubectlMessage("applying", lo.source()));
      } finally {
        cluster.reconcile();
      }
    }
    return new ApplyReport(applied, problems);
  }

  private static KubeObject inNamespace(KubeObject o) {
    Kind kind = Kind.of(o);
    if (kind.namespaced() && (o.metadata().namespace() == null || o.metadata().namespace().isEmpty())) {
      return o.withMetadata(o.metadata().withNamespace(DEFAULT_NAMESPACE));
    }
    return o;
  }

  private String applyOne(KubeObject object) throws ApiException {
    Optional<KubeObject> existing = cluster.store().get(ObjectKey.of(object));
    if (existing.isEmpty()) {
      KubeObject toCreate = object instanceof Node node ? NodeRegistration.complete(cluster, node) : object;
      cluster.api().create(toCreate.withMetadata(toCreate.metadata().withResourceVersion(null)));
      return "created";
    }
    KubeObject before = existing.get();
    KubeObject after = cluster.api().update(object.withMetadata(object.metadata().withResourceVersion(null)));
    return after.metadata().resourceVersion().equals(before.metadata().resourceVersion()) ? "unchanged"
        : "configured";
  }
}
