/** Kubernetes manifests in and out: the only module that knows Jackson. */
module dev.dslab.yaml {
  requires transitive dev.dslab.model;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports dev.dslab.yaml;
}
