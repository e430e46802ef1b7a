/**
 * The session: the typed requests every front end takes (dsctl's commands, the desktop's gestures,
 * the API server's write log), the one place that carries them out, the recorder and dsctl's state
 * file. It knows dsctl's words, never its command line library.
 */
module dev.dslab.session {
  requires transitive dev.dslab.engine;
  requires transitive dev.dslab.yaml;

  exports dev.dslab.session;
  exports dev.dslab.session.exec;
  exports dev.dslab.session.presets;
  exports dev.dslab.session.request;
  exports dev.dslab.session.tutorial;
}
