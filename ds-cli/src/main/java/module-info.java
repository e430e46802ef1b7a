/** dsctl: kubectl's commands and output over the simulation. */
module dev.dslab.cli {
  requires dev.dslab.engine;
  requires dev.dslab.yaml;
  requires dev.dslab.print;
  requires dev.dslab.session;
  requires dev.dslab.server;
  requires info.picocli;
  requires org.jline;

  // StateFiles: the desktop app saves and opens sessions in dsctl's state file
  exports dev.dslab.cli;
  exports dev.dslab.cli.serve;
  opens dev.dslab.cli to info.picocli;
}
