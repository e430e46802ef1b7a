/** Kubernetes manifests in and out: the only module that knows Jackson. */
module dev.dslab.yaml {
  requires transitive dev.dslab.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  // SnakeYAML's LoaderOptions (the parser's own limits) and the marks of its syntax errors.
  requires org.yaml.snakeyaml;

  exports dev.dslab.yaml;
}
