/** The simulation: API store, virtual clock, controllers, scheduler and kubelets. */
module dev.dslab.engine {
  requires transitive dev.dslab.model;

  exports dev.dslab.engine;
  exports dev.dslab.engine.api;
  exports dev.dslab.engine.clock;
  exports dev.dslab.engine.crd;
  exports dev.dslab.engine.daemon;
  exports dev.dslab.engine.deployment;
  exports dev.dslab.engine.drain;
  exports dev.dslab.engine.kubelet;
  exports dev.dslab.engine.log;
  exports dev.dslab.engine.nodelifecycle;
  exports dev.dslab.engine.placement;
  exports dev.dslab.engine.presets;
  exports dev.dslab.engine.priority;
  exports dev.dslab.engine.replicaset;
  exports dev.dslab.engine.rollout;
  exports dev.dslab.engine.scheduler;
  exports dev.dslab.engine.why;
}
