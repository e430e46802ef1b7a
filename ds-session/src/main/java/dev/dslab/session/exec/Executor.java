package dev.dslab.session.exec;

import dev.dslab.session.CommandException;
import dev.dslab.session.Session;
import dev.dslab.session.request.Request;
import java.util.Map;

/**
 * The one entry point that carries out a {@link Request} on a session's cluster: what it prints
 * goes to the session's output and error streams in kubectl's words, and a refusal is a {@link
 * CommandException} with kubectl's message (an empty message when the reasons were printed already,
 * as apply prints one line per refused document and goes on with the others).
 */
public final class Executor {
  /** How one type of request is carried out. */
  @FunctionalInterface
  private interface Handler<R extends Request> {
    void run(Session session, R request) throws CommandException;
  }

  private record Entry<R extends Request>(Class<R> type, Handler<R> handler) {
    void run(Session session, Request request) throws CommandException {
      handler.run(session, type.cast(request));
    }
  }

  private static <R extends Request> Map.Entry<Class<?>, Entry<?>> on(
      Class<R> type, Handler<R> handler) {
    return Map.entry(type, new Entry<>(type, handler));
  }

  /** One handler per record of the sealed {@link Request} (a test checks that none is missing). */
  private static final Map<Class<?>, Entry<?>> HANDLERS =
      Map.ofEntries(
          on(Request.Apply.class, Applies::apply),
          on(Request.Delete.class, Deletes::delete),
          on(Request.Label.class, Labels::label),
          on(Request.TaintNodes.class, Taints::taint),
          on(Request.Cordon.class, NodeRequests::cordon),
          on(Request.Drain.class, NodeRequests::drain),
          on(Request.Kubelets.class, NodeRequests::kubelets),
          on(Request.SetImage.class, RolloutRequests::setImage),
          on(Request.RolloutUndo.class, RolloutRequests::undo),
          on(Request.RolloutRestart.class, RolloutRequests::restart),
          on(Request.RolloutStatus.class, RolloutRequests::status),
          on(Request.Advance.class, (s, r) -> s.cluster().advance(r.duration())),
          on(Request.Settle.class, SimRequests::settle),
          on(Request.UsePreset.class, (s, r) -> s.usePreset(r.name())),
          on(Request.AddNodes.class, SimRequests::addNodes),
          on(Request.GenerateNodes.class, SimRequests::generateNodes),
          on(Request.SetImageBehaviour.class, SimRequests::imageBehaviour),
          on(Request.Scale.class, WorkloadRequests::scale),
          on(Request.DeploymentSetImage.class, WorkloadRequests::setImage),
          on(Request.DeploymentRolloutUndo.class, WorkloadRequests::undo),
          on(Request.DeploymentRolloutRestart.class, WorkloadRequests::restart),
          on(Request.DeploymentRolloutStatus.class, WorkloadRequests::status));

  private Executor() {}

  public static void execute(Session session, Request request) throws CommandException {
    Entry<?> entry = HANDLERS.get(request.getClass());
    if (entry == null) {
      throw new IllegalArgumentException("no handler for " + request.getClass().getSimpleName());
    }
    entry.run(session, request);
  }

  /** Whether every kind of request has a handler. */
  static boolean handles(Class<?> type) {
    return HANDLERS.containsKey(type);
  }

  /** The namespace a request names, or {@code default}. */
  static String namespace(String requested) {
    return requested == null ? "default" : requested;
  }
}
