/**
 * dsctl: kubectl's commands and output over the simulation. Its commands are adapters over the
 * session's requests; nothing requires this module.
 */
module dev.dslab.cli {
  requires dev.dslab.engine;
  requires dev.dslab.yaml;
  requires dev.dslab.print;
  requires dev.dslab.session;
  requires dev.dslab.server;
  requires info.picocli;
  requires org.jline;

  exports dev.dslab.cli;

  opens dev.dslab.cli to
      info.picocli;
}
