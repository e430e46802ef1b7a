/** The session: the typed requests every front end takes, the recorder and dsctl's state file. */
module dev.dslab.session {
  requires transitive dev.dslab.engine;

  exports dev.dslab.session;
}
