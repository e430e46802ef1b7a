package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.kubelet.ContainerLogs;
import dev.dslab.engine.kubelet.LogLine;
import dev.dslab.engine.kubelet.LogOptions;
import dev.dslab.engine.kubelet.PodLogs;
import dev.dslab.model.core.Pod;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/v1/namespaces/NS/pods/NAME/log}: a container's log as text/plain, as the API
 * server's LogREST (pkg/registry/core/pod/rest/log.go) passes on what the kubelet reads. With
 * {@code follow=true} the response is streamed in chunks as the engine's clock runs and the
 * container writes; it ends when the instance ends (its crash, its pod's deletion) or the client
 * goes.
 *
 * <p>A follower whose client has gone is noticed at the next line it is sent (the JDK's server
 * tells no earlier); its thread and subscription end then, or when the container ends.
 */
final class PodLogStream {
  /** How long a follower waits for a line before it looks again whether it should stop. */
  private static final long POLL_MILLIS = 500;

  private PodLogStream() {}

  /** What a follower is told: a line, or the end of the instance it follows. */
  private record Item(LogLine line) {
    static final Item END = new Item(null);
  }

  /** The answer worked out on the engine's thread: the bytes so far, and the follow if any. */
  private record Start(byte[] bytes, Runnable unsubscribe, LinkedBlockingQueue<Item> queue) {}

  static void serve(ResourceRequest r, EngineLoop engine)
      throws ApiException, BadRequest, IOException {
    if (!"GET".equals(r.exchange().getRequestMethod())) {
      throw VerbDispatch.notAllowed();
    }
    LogOptions o = options(r.query());
    Start start =
        engine.call(
            cluster -> {
              Pod pod = (Pod) r.existing(cluster);
              if (!o.follow()) {
                return new Start(PodLogs.read(cluster.logs(), pod, o, cluster.now()), null, null);
              }
              PodLogs.validate(pod.metadata().name(), o);
              String container = PodLogs.container(pod, o.container());
              Optional<PodLogs.Source> source = PodLogs.source(pod, container, o.previous());
              if (source.isEmpty()) {
                return new Start(new byte[0], null, null);
              }
              PodLogs.Source s = source.get();
              byte[] sofar =
                  PodLogs.render(
                      PodLogs.select(cluster.logs().lines(s.key(), s.instance()), o, cluster.now()),
                      o);
              if (!s.live()) {
                return new Start(sofar, null, null);
              }
              LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
              Runnable unsubscribe = cluster.logs().follow(follower(s, queue));
              return new Start(sofar, unsubscribe, queue);
            });
    HttpExchange ex = r.exchange();
    ex.getResponseHeaders().set("Content-Type", "text/plain");
    if (start.queue() == null) {
      ex.sendResponseHeaders(200, start.bytes().length == 0 ? -1 : start.bytes().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(start.bytes());
      }
      return;
    }
    try {
      stream(ex, start, o);
    } finally {
      start.unsubscribe().run();
    }
  }

  private static ContainerLogs.Listener follower(
      PodLogs.Source source, LinkedBlockingQueue<Item> queue) {
    return new ContainerLogs.Listener() {
      @Override
      public void written(ContainerLogs.Key key, int instance, LogLine line) {
        if (key.equals(source.key()) && instance == source.instance()) {
          queue.add(new Item(line));
        }
      }

      @Override
      public void ended(ContainerLogs.Key key, int instance) {
        if (key.equals(source.key()) && instance == source.instance()) {
          queue.add(Item.END);
        }
      }
    };
  }

  /** Chunked: what there is, then each line as it comes, until the end or the byte limit. */
  private static void stream(HttpExchange ex, Start start, LogOptions o) throws IOException {
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      long left = o.limitBytes() == null ? Long.MAX_VALUE : o.limitBytes();
      left -= start.bytes().length;
      out.write(start.bytes());
      out.flush();
      while (left > 0) {
        Item item;
        try {
          item = start.queue().poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (item == null) {
          continue;
        }
        if (item == Item.END) {
          return;
        }
        byte[] bytes = item.line().render(o.timestamps()).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > left) {
          bytes = Arrays.copyOf(bytes, (int) left);
        }
        out.write(bytes);
        out.flush();
        left -= bytes.length;
      }
    }
  }

  /** v1.PodLogOptions from the query, as the API server's parameter codec reads it. */
  static LogOptions options(Map<String, String> q) throws BadRequest {
    return new LogOptions(
        q.get("container"),
        Exchanges.isTrue(q.get("previous")),
        number(q, "tailLines"),
        Exchanges.isTrue(q.get("timestamps")),
        number(q, "sinceSeconds"),
        number(q, "limitBytes"),
        Exchanges.isTrue(q.get("follow")),
        time(q, "sinceTime"));
  }

  /** An RFC 3339 time (metav1.Time's query form), or null when the parameter is not given. */
  private static java.time.Instant time(Map<String, String> q, String name) throws BadRequest {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw BadRequest.of(
          "parsing time \""
              + value
              + "\" as \"2006-01-02T15:04:05Z07:00\": cannot parse ("
              + name
              + ")");
    }
  }

  private static Long number(Map<String, String> q, String name) throws BadRequest {
    String value = q.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw BadRequest.of(
          "strconv.ParseInt: parsing " + "\"" + value + "\": invalid syntax (" + name + ")");
    }
  }
}
