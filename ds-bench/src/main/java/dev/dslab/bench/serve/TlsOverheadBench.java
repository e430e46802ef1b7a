package dev.dslab.bench.serve;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.server.tls.ClientTrust;
import dev.dslab.server.tls.ServingCertificates;
import dev.dslab.server.tls.SubjectAltNames;
import dev.dslab.session.presets.ClusterPresets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * What TLS costs a client of {@code dsctl serve}: the same requests over plain HTTP and over TLS
 * (the serving certificate, the client trusting the kubeconfig's CA), one at a time on a kept-alive
 * connection as kubectl sends them: {@code get} a node, {@code list} the kube-system pods, {@code
 * create} a ConfigMap; and {@code connect}, a new client per request ({@code GET /version}), which
 * pays the handshake as each kubectl command does. The two modes alternate round by round so that
 * whatever else the machine does falls on both alike. Latency percentiles per kind and mode; a
 * command, the figures go to the README ({@code ServeLoadTest} runs a short version).
 *
 * <p>Run: {@code java -cp 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*'
 * dev.dslab.bench.serve.TlsOverheadBench [ROUNDS] [REQUESTS_PER_ROUND]}
 */
public final class TlsOverheadBench {
  private TlsOverheadBench() {}

  static final List<String> KINDS = List.of("get", "list", "create", "connect");

  /** Latencies (ns) per mode ("http", "https") and kind of request; failures, if any. */
  public record Report(Map<String, Map<String, long[]>> nanos, List<String> problems) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (String kind : KINDS) {
        for (String mode : nanos.keySet()) {
          long[] n = nanos.get(mode).get(kind);
          s.append(
              String.format(
                  Locale.ROOT,
                  "%-8s %-5s %6d requests: %s%n",
                  kind,
                  mode,
                  n.length,
                  LoadBench.percentiles(n)));
        }
      }
      return s + (problems.isEmpty() ? "" : "problems: " + problems + "\n");
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Report r = run(rounds, perRound);
    System.out.print(r);
    System.exit(r.problems().isEmpty() ? 0 : 1);
  }

  /** One served cluster and the client that reaches it. */
  private record Target(ApiEndpoint endpoint, HttpClient client, SSLContext trust) {
    HttpClient newClient() {
      HttpClient.Builder b = HttpClient.newBuilder();
      return (trust == null ? b : b.sslContext(trust)).build();
    }
  }

  public static Report run(int rounds, int perRound) throws Exception {
    Path folder = Files.createTempDirectory("dslab-tls-bench");
    ServingCertificates certificates =
        ServingCertificates.ensure(
            folder.resolve("tls"), SubjectAltNames.forAddress("127.0.0.1"), Instant.now());
    // the client trusts what the kubeconfig carries, as kubectl does
    SSLContext trust =
        ClientTrust.trusting(certificates.kubeconfigData().certificateAuthorityData());
    Map<String, Map<String, List<Long>>> samples = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (ApiEndpoint plain = start(null);
        ApiEndpoint tls = start(certificates.sslContext())) {
      Map<String, Target> targets = new LinkedHashMap<>();
      targets.put("http", new Target(plain, HttpClient.newHttpClient(), null));
      targets.put(
          "https", new Target(tls, HttpClient.newBuilder().sslContext(trust).build(), trust));
      for (String mode : targets.keySet()) {
        samples.put(mode, new LinkedHashMap<>());
        KINDS.forEach(k -> samples.get(mode).put(k, new ArrayList<>()));
        // warm up: classes loaded, code compiled, connection open
        round(targets.get(mode), mode + "-warm", Math.min(perRound, 200), null, problems);
      }
      for (int round = 0; round < rounds; round++) {
        for (String mode : targets.keySet()) {
          round(targets.get(mode), mode + "-" + round, perRound, samples.get(mode), problems);
        }
      }
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Map<String, Map<String, long[]>> nanos = new LinkedHashMap<>();
    samples.forEach(
        (mode, kinds) -> {
          Map<String, long[]> m = new LinkedHashMap<>();
          kinds.forEach((k, v) -> m.put(k, v.stream().mapToLong(Long::longValue).toArray()));
          nanos.put(mode, m);
        });
    return new Report(nanos, List.copyOf(problems));
  }

  private static ApiEndpoint start(SSLContext tls) throws IOException {
    Cluster cluster = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    // the clock stands still: the cluster is the same for every request of both modes
    return ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null, tls);
  }

  private static void round(
      Target t, String label, int count, Map<String, List<Long>> into, List<String> problems)
      throws Exception {
    String base = t.endpoint().loopbackUrl();
    for (int i = 0; i < count; i++) {
      time(t.client(), get(base + "/api/v1/nodes/kind-multinodes-worker"), "get", into, problems);
      time(t.client(), get(base + "/api/v1/namespaces/kube-system/pods"), "list", into, problems);
      String name = "bench-" + label + "-" + i;
      time(
          t.client(),
          HttpRequest.newBuilder(URI.create(base + "/api/v1/namespaces/default/configmaps"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\""
                          + name
                          + "\"},\"data\":{\"k\":\"v\"}}"))
              .build(),
          "create",
          into,
          problems);
      if (i % 10 == 0) {
        // a new client, a new connection: the handshake is in the time (one in ten: it is slow)
        time(t.newClient(), get(base + "/version"), "connect", into, problems);
      }
    }
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).build();
  }

  private static void time(
      HttpClient client,
      HttpRequest request,
      String kind,
      Map<String, List<Long>> into,
      List<String> problems)
      throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (r.statusCode() / 100 != 2) {
      problems.add(kind + " " + request.uri().getPath() + ": HTTP " + r.statusCode());
    }
    if (into != null) {
      into.get(kind).add(took);
    }
  }
}
