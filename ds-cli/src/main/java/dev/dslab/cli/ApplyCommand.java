package dev.dslab.cli;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apply -f} and {@code create -f}: each object of the manifests is created, or (apply)
 * replaced when it exists; a bad document or a refused object is reported and the others go on.
 */
@Command(name = "apply", description = "Apply a configuration to a resource by file name or stdin.")
final class ApplyCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = {"-f", "--filename"}, required = true, description = "file, directory or - for stdin")
  List<String> files;

  private final Session session;
  private final boolean createOnly;

  ApplyCommand(Session session, boolean createOnly) {
    this.session = session;
    this.createOnly = createOnly;
  }

  @Override
  public Integer call() throws CliException {
    LoadResult loaded = Manifests.load(session, files);
    boolean failed = false;
    for (ManifestProblem p : loaded.problems()) {
      session.err().println("error: " + p.render());
      failed = true;
    }
    Cluster cluster = session.cluster();
    for (LoadedObject lo : loaded.objects()) {
      KubeObject object = inNamespace(lo.object());
      try {
        String verb = applyOne(cluster, object);
        session.out().println(ResourceType.qualifiedName(Kind.of(object), object.metadata().name()) + " " + verb);
      } catch (ApiException e) {
        session.err().println(e.kubectlMessage(createOnly ? "creating" : "applying", lo.source()));
        failed = true;
      } finally {
        cluster.reconcile();
      }
    }
    if (failed) {
      throw new CliException("");
    }
    return 0;
  }

  private KubeObject inNamespace(KubeObject o) {
    Kind kind = Kind.of(o);
    if (kind.namespaced() && (o.metadata().namespace() == null || o.metadata().namespace().isEmpty())) {
      return o.withMetadata(o.metadata().withNamespace(common.defaultNamespace()));
    }
    return o;
  }

  private String applyOne(Cluster cluster, KubeObject object) throws ApiException {
    Optional<KubeObject> existing = cluster.store().get(ObjectKey.of(object));
    if (existing.isEmpty()) {
      KubeObject toCreate = object instanceof Node node ? NodeRegistration.complete(cluster, node) : object;
      cluster.api().create(toCreate.withMetadata(toCreate.metadata().withResourceVersion(null)));
      return "created";
    }
    if (createOnly) {
      throw ApiException.alreadyExists(Kind.of(object), object.metadata().name());
    }
    KubeObject before = existing.get();
    KubeObject after = cluster.api().update(object.withMetadata(object.metadata().withResourceVersion(null)));
    return after.metadata().resourceVersion().equals(before.metadata().resourceVersion()) ? "unchanged"
        : "configured";
  }
}
