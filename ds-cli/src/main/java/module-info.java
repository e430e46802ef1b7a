/** dsctl: kubectl's commands and output over the simulation. */
module dev.dslab.cli {
  requires dev.dslab.engine;
  requires dev.dslab.yaml;
  requires info.picocli;
  requires org.jline;
  // dsctl serve: the JDK's HTTP server streams watches as chunked responses
  requires jdk.httpserver;
  // the endpoint's load bench is a client too
  requires java.net.http;

  // StateFiles: the desktop app saves and opens sessions in dsctl's state file
  exports dev.dslab.cli;
  exports dev.dslab.cli.serve;
  opens dev.dslab.cli to info.picocli;
}
