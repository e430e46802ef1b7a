package dev.dslab.server;

import dev.dslab.engine.api.DeleteOptions;
import java.util.List;
import java.util.Map;

/**
 * metav1.DeleteOptions of a DELETE or an eviction: propagationPolicy, gracePeriodSeconds and dryRun
 * from the body's options, the query filling in what they leave out. kubectl delete {@code
 * --dry-run=server} and drain's evictions say dryRun in the body.
 */
final class DeleteOptionsDecoder {
  private static final String OPTIONS = "DeleteOptions";

  /** The options, and whether they ask for a dry run. */
  record Decoded(DeleteOptions options, boolean dryRun) {}

  private DeleteOptionsDecoder() {}

  /** A DELETE's: the body's DeleteOptions when it has a body, else the query's parameters. */
  static Decoded ofDelete(byte[] body, Map<String, String> query) throws BadRequest {
    if (body.length == 0) {
      boolean dryRun = DryRun.requested(query, OPTIONS);
      return new Decoded(
          options(query.get("propagationPolicy"), query.get("gracePeriodSeconds")), dryRun);
    }
    Object tree = RequestBodies.parseJson(body);
    return of(tree instanceof Map<?, ?> m ? m : Map.of(), query, false);
  }

  /**
   * A DeleteOptions object, the query filling in what it leaves out.
   *
   * @param dryRunAlready a dry run the request asked for already (an eviction's query): then the
   *     options' dryRun is not checked again
   */
  static Decoded of(Map<?, ?> m, Map<String, String> query, boolean dryRunAlready)
      throws BadRequest {
    List<String> bodyDryRun =
        m.get("dryRun") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    boolean dryRun =
        dryRunAlready
            || DryRun.requested(
                bodyDryRun.isEmpty() ? DryRun.fromQuery(query) : bodyDryRun, OPTIONS);
    Object policy = m.get("propagationPolicy");
    Object grace = m.get("gracePeriodSeconds");
    return new Decoded(
        options(
            policy == null ? query.get("propagationPolicy") : policy.toString(),
            grace == null ? query.get("gracePeriodSeconds") : grace.toString()),
        dryRun);
  }

  private static DeleteOptions options(String policy, String grace) throws BadRequest {
    try {
      DeleteOptions.Propagation p =
          policy == null || policy.isEmpty() ? null : DeleteOptions.Propagation.valueOf(policy);
      Long g = grace == null || grace.isEmpty() ? null : Long.parseLong(grace);
      return new DeleteOptions(p, g);
    } catch (IllegalArgumentException e) {
      throw BadRequest.of(
          "invalid delete options: propagationPolicy " + policy + ", gracePeriodSeconds " + grace);
    }
  }
}
