package dev.dslab.bench.serve;

import dev.dslab.bench.BenchCluster;
import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.yaml.Trees;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Listing every pod of the bench cluster (5,000 nodes, 10 DaemonSets: 50,000 pods) through the
 * endpoint in one list and in pages ({@code limit} and {@code continue}, as kubectl's {@code
 * --chunk-size}, 500 by default, asks), as JSON and as the server-side Table kubectl prints. Each
 * way is timed over whole lists after warm-up rounds; the run also checks that the pages add up to
 * the one list (same names, same order). A command, not a test: the figures go to the README;
 * {@code PagingBenchTest} runs a small one and checks the pages.
 *
 * <p>Run: {@code java -cp 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*'
 * dev.dslab.bench.serve.PagingBench [NODES] [DAEMONSETS] [PAGE] [ROUNDS]}
 */
public final class PagingBench {
  private PagingBench() {}

  static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";

  /**
   * One way of listing: its name, what each round took, and when its first response had come (what
   * kubectl can print first).
   */
  public record Way(String name, int requests, long bytes, long[] roundNanos, long[] firstNanos) {
    @Override
    public String toString() {
      long[] sorted = roundNanos.clone();
      Arrays.sort(sorted);
      long[] first = firstNanos.clone();
      Arrays.sort(first);
      return String.format(
          Locale.ROOT,
          "%-22s %4d requests, %6.1f MB: whole list median %7.1f ms (min %7.1f, max %7.1f);"
              + " first response median %7.1f ms",
          name,
          requests,
          bytes / 1e6,
          sorted[sorted.length / 2] / 1e6,
          sorted[0] / 1e6,
          sorted[sorted.length - 1] / 1e6,
          first[first.length / 2] / 1e6);
    }
  }

  /** What a run measured, and whether the pages were the list. */
  public record Report(int pods, List<Way> ways, List<String> problems) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(pods + " pods\n");
      ways.forEach(w -> s.append(w).append('\n'));
      problems.forEach(p -> s.append("problem: ").append(p).append('\n'));
      return s.toString();
    }
  }

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : BenchCluster.NODES;
    int daemonSets = args.length > 1 ? Integer.parseInt(args[1]) : BenchCluster.DAEMON_SETS;
    int page = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    Report r = run(nodes, daemonSets, page, rounds);
    System.out.print(r);
    System.exit(r.problems().isEmpty() ? 0 : 1);
  }

  public static Report run(int nodes, int daemonSets, int page, int rounds) throws Exception {
    Cluster cluster = BenchCluster.create(1, nodes, daemonSets);
    cluster.settle(Duration.ofHours(1));
    List<String> problems = new ArrayList<>();
    try (ApiEndpoint endpoint =
        ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null)) {
      String pods = "http://127.0.0.1:" + endpoint.port() + "/api/v1/pods";
      HttpClient http = HttpClient.newHttpClient();
      List<String> whole = names(get(http, pods, "application/json").body());
      List<String> paged = new ArrayList<>();
      for (String body : pages(http, pods, "application/json", page, new long[1])) {
        paged.addAll(names(body));
      }
      if (!paged.equals(whole)) {
        problems.add(
            "the pages hold "
                + paged.size()
                + " pods, the list "
                + whole.size()
                + " (or another order)");
      }
      List<Way> ways = new ArrayList<>();
      ways.add(
          time(
              "JSON, one list", rounds, firstAt -> whole(http, pods, "application/json", firstAt)));
      ways.add(
          time(
              "JSON, pages of " + page,
              rounds,
              firstAt -> pages(http, pods, "application/json", page, firstAt)));
      ways.add(time("Table, one list", rounds, firstAt -> whole(http, pods, TABLE, firstAt)));
      ways.add(
          time(
              "Table, pages of " + page,
              rounds,
              firstAt -> pages(http, pods, TABLE, page, firstAt)));
      return new Report(whole.size(), ways, problems);
    }
  }

  private interface Listing {
    /** The bodies of one whole list; {@code firstAt[0]} set to when the first one had come. */
    List<String> bodies(long[] firstAt) throws Exception;
  }

  private static Way time(String name, int rounds, Listing listing) throws Exception {
    long[] firstAt = new long[1];
    for (int i = 0; i < 3; i++) {
      listing.bodies(firstAt);
    }
    long[] nanos = new long[rounds];
    long[] first = new long[rounds];
    int requests = 0;
    long bytes = 0;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      List<String> bodies = listing.bodies(firstAt);
      nanos[i] = System.nanoTime() - start;
      first[i] = firstAt[0] - start;
      requests = bodies.size();
      bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
    }
    return new Way(name, requests, bytes, nanos, first);
  }

  /** The list in one response. */
  private static List<String> whole(HttpClient http, String url, String accept, long[] firstAt)
      throws Exception {
    String body = get(http, url, accept).body();
    firstAt[0] = System.nanoTime();
    return List.of(body);
  }

  /** Every page of the list, following {@code metadata.continue} as kubectl does. */
  static List<String> pages(HttpClient http, String url, String accept, int limit, long[] firstAt)
      throws Exception {
    List<String> bodies = new ArrayList<>();
    String next = null;
    do {
      String query =
          "?limit="
              + limit
              + (next == null
                  ? ""
                  : "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      HttpResponse<String> response = get(http, url + query, accept);
      if (bodies.isEmpty()) {
        firstAt[0] = System.nanoTime();
      }
      bodies.add(response.body());
      next = continueOf(response.body());
    } while (next != null && !next.isEmpty());
    return bodies;
  }

  /**
   * The list's {@code metadata.continue}, found without parsing the page (no object holds that key)
   * so that the timed rounds measure the server and the transfer, not this client.
   */
  static String continueOf(String body) {
    java.util.regex.Matcher m = CONTINUE.matcher(body);
    return m.find() ? m.group(1) : null;
  }

  private static final java.util.regex.Pattern CONTINUE =
      java.util.regex.Pattern.compile("\"continue\"\\s*:\\s*\"([^\"]*)\"");

  @SuppressWarnings("unchecked")
  static List<String> names(String body) {
    Map<String, Object> list = (Map<String, Object>) Trees.parseAny("list", body);
    List<String> names = new ArrayList<>();
    for (Object o : (List<Object>) list.get("items")) {
      Map<String, Object> meta = (Map<String, Object>) ((Map<String, Object>) o).get("metadata");
      names.add(meta.get("namespace") + "/" + meta.get("name"));
    }
    return names;
  }

  private static HttpResponse<String> get(HttpClient http, String url, String accept)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
    }
    return response;
  }
}
