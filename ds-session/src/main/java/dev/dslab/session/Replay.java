package dev.dslab.session;

import dev.dslab.engine.Applier;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Node;
import dev.dslab.session.SavedState.Line;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.LoadedObject;
import dev.dslab.yaml.ManifestProblem;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved state made a cluster again: the preset (or an empty cluster) from the seed, the nodes of
 * its {@code --cluster} files, then every line of its history read back into a request and carried
 * out silently, with the manifests each read then. The engine is deterministic, so the store, the
 * clock and everything scheduled on it are exactly as they were. A line that failed when it was
 * first run (it was recorded all the same: it may have done part of its work) fails the same way
 * again.
 */
public final class Replay {
  private Replay() {}

  /** The session the state describes, printing to nothing. */
  public static Session session(SavedState state, Path workingDirectory) throws CommandException {
    PrintStream silent =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Cluster cluster =
        state.preset() == null
            ? new Cluster(state.seed(), state.startOrDefault())
            : ClusterPresets.create(state.preset(), state.seed(), state.startOrDefault())
                .orElseThrow(
                    () ->
                        new CommandException(
                            "error: the state file names an unknown preset \""
                                + state.preset()
                                + "\""));
    Session session =
        new Session(
            cluster, state.seed(), silent, silent, workingDirectory, InputStream.nullInputStream());
    if (!state.cluster().isEmpty()) {
      session.beginCommand(Map.of(CLUSTER_FILES, state.cluster()));
      loadClusterFiles(session, List.of(CLUSTER_FILES));
    }
    for (Line line : state.history()) {
      replay(session, line);
    }
    return session;
  }

  /** The cluster the state describes. */
  public static Cluster cluster(SavedState state) throws CommandException {
    return session(state, Path.of("").toAbsolutePath()).cluster();
  }

  private static void replay(Session session, Line line) {
    try {
      Optional<Request> request =
          RequestParser.parse(line.words(), session.cluster().api().kinds());
      if (request.isPresent()) {
        session.beginCommand(line.inputs());
        Executor.execute(session, request.get());
      }
    } catch (CommandException e) {
      // refused now as it was refused then: the state file keeps such lines, since a refused
      // command may have done part of its work before it stopped
    }
  }

  /** The name under which a state keeps what its {@code --cluster} files held. */
  static final String CLUSTER_FILES = "--cluster";

  /**
   * {@code --cluster FILE}: the nodes of node manifests or dumps join the cluster; other kinds are
   * named and skipped.
   */
  public static void loadClusterFiles(Session session, List<String> files) throws CommandException {
    if (files.isEmpty()) {
      return;
    }
    LoadResult loaded = Manifests.load(session, files);
    for (ManifestProblem p : loaded.problems()) {
      session.err().println("error: " + p.render());
    }
    Cluster cluster = session.cluster();
    for (LoadedObject lo : loaded.objects()) {
      if (!(lo.object() instanceof Node node)) {
        session
            .err()
            .println(
                "error: "
                    + lo.source()
                    + ": document "
                    + lo.document()
                    + ": --cluster takes Node "
                    + "objects, not "
                    + lo.object().kind()
                    + "; skipped");
        continue;
      }
      try {
        Applier.apply(cluster, node, null, true);
      } catch (ApiException e) {
        session.err().println(e.kubectlMessage("creating", lo.source()));
      }
    }
    cluster.reconcile();
  }
}
