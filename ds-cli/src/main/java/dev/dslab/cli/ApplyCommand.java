package dev.dslab.cli;

import dev.dslab.engine.Applier;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import java.util.List;
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
      KubeObject object = lo.object();
      String generateName = object.metadata().generateName();
      if (!createOnly && isEmpty(object.metadata().name()) && !isEmpty(generateName)) {
        // kubectl refuses this on the client: apply needs a name to find the object next time
        session.err().println("error: from " + generateName + ": cannot use generate name with apply");
        failed = true;
        continue;
      }
      try {
        Applier.Applied applied = Applier.applied(cluster, object, common.defaultNamespace(), createOnly);
        session.out().println(ResourceType.qualifiedName(Kind.of(object), applied.object().metadata().name()) + " "
            + applied.outcome());
      } catch (ApiException e) {
        session.err().println(e.kubectlMessage(createOnly ? "creating" : "applying", lo.source()));
        failed = true;
      }
    }
    if (failed) {
      throw new CliException("");
    }
    return 0;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
