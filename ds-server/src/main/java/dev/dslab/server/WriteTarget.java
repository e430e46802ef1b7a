package dev.dslab.server;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.model.meta.KubeObject;

/**
 * Where one request's write goes: the cluster's API server, or for {@code dryRun=All} its dry-run
 * door, which answers what the write would return and stores nothing. Only a real write is told to
 * the listener.
 */
record WriteTarget(boolean dryRun, ApiEndpoint.WriteListener listener) {
  /** The API server's door for this request. */
  ApiServer api(Cluster cluster) {
    return dryRun ? cluster.api().dryRun() : cluster.api();
  }

  /** Tells the listener of a write that went through; a dry run wrote nothing and is not told. */
  KubeObject told(String verb, KubeObject object, boolean status) {
    if (!dryRun) {
      listener.written(verb, object, status);
    }
    return object;
  }
}
