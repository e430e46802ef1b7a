package dev.dslab.bench.serve;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The endpoint under load on loopback: W watchers of the nodes and a writer patching node labels at
 * R requests a second for S seconds (each write numbered in its label value). Every watcher must
 * see every write, in order; the run reports write throughput and latency, and the delay from
 * sending a write to each watcher reading its event (percentiles). A command, not a test: the
 * figures go to the README; {@code ServeLoadTest} runs a short version and checks that nothing is
 * lost.
 *
 * <p>Run: {@code java -cp 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*'
 * dev.dslab.bench.serve.LoadBench [WATCHERS] [WRITES_PER_SECOND] [SECONDS]}
 */
public final class LoadBench {
  private LoadBench() {}

  /** What a run measured. */
  public record Report(
      int watchers,
      int writes,
      double seconds,
      long[] writeNanos,
      long[] deliveryNanos,
      long eventsDelivered,
      long eventsExpected,
      List<String> problems) {
    public boolean nothingLost() {
      return problems.isEmpty() && eventsDelivered == eventsExpected;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d watchers, %d writes in %.1f s (%.0f writes/s): write latency %s; "
              + "delivery to each watcher %s; %d of %d events delivered%s",
          watchers,
          writes,
          seconds,
          writes / seconds,
          percentiles(writeNanos),
          percentiles(deliveryNanos),
          eventsDelivered,
          eventsExpected,
          problems.isEmpty() ? "" : "; problems: " + problems);
    }
  }

  public static void main(String[] args) throws Exception {
    int watchers = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Report r = run(watchers, rate, seconds);
    System.out.println(r);
    System.exit(r.nothingLost() ? 0 : 1);
  }

  public static Report run(int watcherCount, int writesPerSecond, int seconds) throws Exception {
    Cluster cluster = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    int writes = writesPerSecond * seconds;
    long[] sentAt = new long[writes];
    long[] writeNanos = new long[writes];
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ApiEndpoint endpoint =
        ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 1, null)) {
      String base = "http://127.0.0.1:" + endpoint.port();
      List<String> nodes =
          endpoint
              .engine()
              .call(
                  c ->
                      c.store().<Node>list(Kind.NODE, null).stream()
                          .map(n -> n.metadata().name())
                          .toList());
      String version = endpoint.engine().call(c -> Long.toString(c.store().resourceVersion()));
      HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
      ExecutorService readers = Executors.newFixedThreadPool(watcherCount);
      long[][] delivered = new long[watcherCount][writes];
      AtomicLong events = new AtomicLong();
      CountDownLatch connected = new CountDownLatch(watcherCount);
      CountDownLatch finished = new CountDownLatch(watcherCount);
      for (int w = 0; w < watcherCount; w++) {
        int watcher = w;
        readers.execute(
            () -> {
              try {
                HttpRequest watch =
                    HttpRequest.newBuilder(
                            URI.create(
                                base
                                    + "/api/v1/nodes?watch=1&resourceVersion="
                                    + version
                                    + "&timeoutSeconds="
                                    + (seconds + 60)))
                        .build();
                HttpResponse<java.io.InputStream> response =
                    http.send(watch, HttpResponse.BodyHandlers.ofInputStream());
                connected.countDown();
                int expected = 0;
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                  String line;
                  while (expected < writes && (line = lines.readLine()) != null) {
                    long now = System.nanoTime();
                    int seq = sequence(line);
                    if (seq < 0) {
                      continue;
                    }
                    if (seq != expected) {
                      problems.add(
                          "watcher "
                              + watcher
                              + " got write "
                              + seq
                              + " where "
                              + expected
                              + " was due");
                      return;
                    }
                    delivered[watcher][seq] = now - sentAt[seq];
                    events.incrementAndGet();
                    expected++;
                  }
                }
                if (expected < writes) {
                  problems.add(
                      "watcher "
                          + watcher
                          + " stopped after "
                          + expected
                          + " of "
                          + writes
                          + " writes");
                }
              } catch (IOException | InterruptedException | RuntimeException e) {
                problems.add("watcher " + watcher + ": " + e);
              } finally {
                connected.countDown();
                finished.countDown();
              }
            });
      }
      connected.await(30, TimeUnit.SECONDS);
      long start = System.nanoTime();
      long interval = 1_000_000_000L / writesPerSecond;
      for (int i = 0; i < writes; i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        String node = nodes.get(i % nodes.size());
        HttpRequest patch =
            HttpRequest.newBuilder(URI.create(base + "/api/v1/nodes/" + node))
                .header("Content-Type", "application/merge-patch+json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"metadata\":{\"labels\":{\"load-seq\":\"" + i + "\"}}}"))
                .build();
        sentAt[i] = System.nanoTime();
        HttpResponse<String> r = http.send(patch, HttpResponse.BodyHandlers.ofString());
        writeNanos[i] = System.nanoTime() - sentAt[i];
        if (r.statusCode() != 200) {
          problems.add("write " + i + ": HTTP " + r.statusCode() + " " + r.body());
        }
      }
      double took = (System.nanoTime() - start) / 1e9;
      finished.await(60, TimeUnit.SECONDS);
      readers.shutdownNow();
      long[] all =
          Arrays.stream(delivered).flatMapToLong(Arrays::stream).filter(n -> n > 0).toArray();
      return new Report(
          watcherCount,
          writes,
          took,
          writeNanos,
          all,
          events.get(),
          (long) watcherCount * writes,
          List.copyOf(problems));
    }
  }

  /** The write number a node event carries in its load-seq label, or -1 for another change. */
  @SuppressWarnings("unchecked")
  static int sequence(String line) {
    Map<String, Object> event = Trees.parse("event", line);
    Object object = event.get("object");
    if (!(object instanceof Map<?, ?> o)
        || !(o.get("metadata") instanceof Map<?, ?> meta)
        || !(meta.get("labels") instanceof Map<?, ?> labels)
        || labels.get("load-seq") == null) {
      return -1;
    }
    return Integer.parseInt(String.valueOf(labels.get("load-seq")));
  }

  static String percentiles(long[] nanos) {
    if (nanos.length == 0) {
      return "none";
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
        sorted[sorted.length / 2] / 1e6,
        sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }
}
