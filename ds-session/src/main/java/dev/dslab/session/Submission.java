package dev.dslab.session;

import dev.dslab.session.SavedState.Line;
import dev.dslab.session.SavedState.Manifest;
import dev.dslab.session.request.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request and, for its {@code -f} arguments, the manifests they stand for: written by the app (an
 * object to restore, a DaemonSet as edited, an object a client wrote), or as a replayed line read
 * them. Without inputs, {@code -f} reads the files when the request runs.
 */
public record Submission(Request request, Map<String, List<Manifest>> inputs) {
  public Submission {
    Map<String, List<Manifest>> copy = new LinkedHashMap<>();
    inputs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    inputs = java.util.Collections.unmodifiableMap(copy);
  }

  public static Submission of(Request request) {
    return new Submission(request, Map.of());
  }

  /** The state file's line that repeats it. */
  public Line line() {
    return new Line(request.words(), inputs);
  }
}
