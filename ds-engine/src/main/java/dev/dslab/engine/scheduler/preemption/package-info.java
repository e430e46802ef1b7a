/**
 * The scheduler's DefaultPreemption plugin (pkg/scheduler/framework/plugins/defaultpreemption) and
 * the evaluator it uses (pkg/scheduler/framework/preemption): when a pod fits no node, find the
 * nodes where removing lower-priority pods makes it fit, keep as many of them as still lets it fit
 * (PodDisruptionBudgets respected where possible), pick one node by upstream's candidate order and
 * name the victims. Pure functions over the scheduler's snapshot; the scheduler carries the
 * decision out.
 */
package dev.dslab.engine.scheduler.preemption;
