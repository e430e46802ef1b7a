/** The immutable domain: Kubernetes objects as records, their defaults and their validation. */
module dev.dslab.model {
  exports dev.dslab.model.meta;
  exports dev.dslab.model.core;
  exports dev.dslab.model.apps;
  exports dev.dslab.model.validation;
  exports dev.dslab.model.defaults;
  exports dev.dslab.model.apiextensions;
}
