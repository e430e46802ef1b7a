package dev.dslab.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.dslab.engine.Cluster;
import dev.dslab.model.meta.KubeObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The simulated cluster over the Kubernetes REST API, for kubectl and any other client: discovery,
 * get and list (JSON, or the server-side Table kubectl prints), watch, create, update, patch
 * (merge, JSON and strategic merge), delete, the status and eviction subresources, and the API
 * server's Status objects for whatever is refused. Served by the JDK's HTTP server; every request
 * runs on the {@link EngineLoop}'s thread.
 *
 * <p>This class starts and stops the server. A request goes through the {@link Router} (token,
 * discovery, node leases) to the {@link VerbDispatch}, which hands it to {@link ReadVerbs}, {@link
 * WriteVerbs} or {@link DeleteVerbs}.
 */
public final class ApiEndpoint implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "api");
            t.setDaemon(true);
            return t;
          });
  private final EngineLoop engine;
  private final Watches watches;
  private final boolean tls;

  private ApiEndpoint(HttpServer server, EngineLoop engine, Watches watches, boolean tls) {
    this.server = server;
    this.engine = engine;
    this.watches = watches;
    this.tls = tls;
  }

  /**
   * Serves {@code cluster} on {@code address} (port 0: any free port), its clock following the wall
   * clock times {@code speed}. With a {@code token}, every request must carry it as a bearer token.
   */
  public static ApiEndpoint start(
      Cluster cluster, InetSocketAddress address, double speed, String token) throws IOException {
    return start(cluster, address, speed, token, null);
  }

  /** The same over TLS with {@code tls} (plain HTTP when null). */
  public static ApiEndpoint start(
      Cluster cluster, InetSocketAddress address, double speed, String token, SSLContext tls)
      throws IOException {
    EngineLoop engine = new EngineLoop(cluster, speed);
    ApiEndpoint endpoint = start(cluster, address, engine, token, WriteListener.NONE, tls);
    engine.start();
    return endpoint;
  }

  /**
   * A write the endpoint made: the desktop app records it in its session, as the dsctl line that
   * repeats it.
   */
  public interface WriteListener {
    /**
     * On the engine's thread, after a write went through.
     *
     * @param verb create, update, patch, delete or evict
     * @param object the object as stored (for delete and evict: as it was)
     * @param status whether only the status subresource was written
     */
    void written(String verb, KubeObject object, boolean status);

    WriteListener NONE = (verb, object, status) -> {};
  }

  /**
   * Serves on an engine loop that someone else runs (the desktop app's), telling {@code listener}
   * of each write.
   */
  public static ApiEndpoint start(
      Cluster cluster,
      InetSocketAddress address,
      EngineLoop engine,
      String token,
      WriteListener listener)
      throws IOException {
    return start(cluster, address, engine, token, listener, null);
  }

  /**
   * The same over TLS when {@code tls} is given (the serving certificate's context, see {@link
   * dev.dslab.server.tls.ServingCertificates}), plain HTTP when it is null. Beyond loopback a token
   * is required: nothing is served to other machines without one.
   */
  public static ApiEndpoint start(
      Cluster cluster,
      InetSocketAddress address,
      EngineLoop engine,
      String token,
      WriteListener listener,
      SSLContext tls)
      throws IOException {
    if (token == null && !address.isUnresolved() && !address.getAddress().isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "serving on " + address.getAddress().getHostAddress() + " needs a bearer token");
    }
    // The JDK server writes headers and body apart; with Nagle's algorithm and delayed ACKs every
    // small response then waits 40 ms. Read once, when the server classes load: set it first.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    Watches watches = new Watches(cluster, engine);
    HttpServer server;
    if (tls == null) {
      server = HttpServer.create(address, 128);
    } else {
      HttpsServer https = HttpsServer.create(address, 128);
      https.setHttpsConfigurator(
          new HttpsConfigurator(tls) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters params) {
              // a client certificate is asked for, not required (curl and the bench send none);
              // one that is sent must chain to the context's trusted CA
              javax.net.ssl.SSLParameters p = getSSLContext().getDefaultSSLParameters();
              p.setWantClientAuth(true);
              params.setSSLParameters(p);
            }
          });
      server = https;
    }
    FieldOwnership ownership = new FieldOwnership();
    VerbDispatch verbs =
        new VerbDispatch(
            new ReadVerbs(engine, watches, ownership),
            new WriteVerbs(engine, listener, ownership),
            new DeleteVerbs(engine, listener),
            new ScaleSubresource(engine, listener));
    // the registry is read off the engine's thread: it hands out whole immutable snapshots
    java.util.function.Supplier<java.util.List<Resource>> served =
        () -> Resource.served(cluster.api().kinds());
    Router router =
        new Router(
            token,
            new DiscoveryResponder("127.0.0.1:" + server.getAddress().getPort(), served),
            new OpenApiResponder(() -> OpenApiResponder.served(cluster.api().kinds())),
            engine,
            verbs,
            served);
    ApiEndpoint endpoint = new ApiEndpoint(server, engine, watches, tls != null);
    server.createContext("/", router::handle);
    server.setExecutor(endpoint.workers);
    server.start();
    return endpoint;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code https} over TLS, else {@code http}. */
  public String scheme() {
    return tls ? "https" : "http";
  }

  /** The URL clients reach on loopback: {@code https://127.0.0.1:PORT} (or http). */
  public String loopbackUrl() {
    return scheme() + "://127.0.0.1:" + port();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The engine's thread: the desktop app reads the cluster through it while it is served. */
  public EngineLoop engine() {
    return engine;
  }

  @Override
  public void close() {
    watches.close();
    server.stop(0);
    workers.shutdownNow();
    engine.close();
  }
}
