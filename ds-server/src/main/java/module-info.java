/**
 * The Kubernetes API endpoint: the simulated cluster over the REST API that the real kubectl and
 * any client drive, served by the JDK's HTTP server (which streams watches as chunked responses),
 * over TLS with certificates made by Bouncy Castle.
 */
module dev.dslab.server {
  requires transitive dev.dslab.engine;
  requires dev.dslab.yaml;
  requires dev.dslab.print;
  requires dev.dslab.session;
  requires com.google.protobuf;
  requires com.fasterxml.jackson.databind;
  requires io.kubernetes.client.java.proto;
  requires transitive jdk.httpserver;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;

  exports dev.dslab.server;
  exports dev.dslab.server.tls;
}
